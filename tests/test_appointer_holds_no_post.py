"""Made-up texts: a head who appoints (X任命Y为…) holds none of the posts he gives. The 任 of 任命 is no start
verb of the head's own post: when the NER misses the name after 任命, the post after 为 is no one's, not the
appointer's with a body run over the verb and the name (命Y为教务处)."""
from __future__ import annotations

import pytest

from tests.kgread import posts_of

CASES = [
    ("日本首相桥本龙太郎任命小里贞利为总务厅长官。", "桥本龙太郎"),
    ("校长王刚任命方圆为教务处处长。", "王刚"),
    ("院长李强任命方圆为医务处处长。", "李强"),
]


@pytest.mark.parametrize("text,appointer", CASES)
def test_appointer_holds_only_his_own_post(text, appointer):
    posts = posts_of(text, date="1998-01-10")
    assert [p for p in posts if p[0] == appointer and p[1] in ("长官", "处长")] == []
    assert len([p for p in posts if p[0] == appointer]) == 1


KEPT = [
    # 任命为 with no name between: the name's own post
    ("王五任命为公司总经理。", ("王五", "总经理")),
    # the appointee the NER reads: his post
    ("日本首相桥本龙太郎任命额贺福志郎为防卫厅长官。", ("额贺福志郎", "长官")),
]


@pytest.mark.parametrize("text,post", KEPT)
def test_posts_kept(text, post):
    assert post in [p[:2] for p in posts_of(text, date="1998-01-10")]
