"""A unit's head word written alone before a party body's post (支队党委书记, 这个矿的党委书记) points back
at the one body of that kind the article named before, in any paragraph; a parliament's party group (党团)
ends a body's name written before a post (made-up texts)."""
from __future__ import annotations

import pytest

from tests.kgread import posts_of


@pytest.mark.parametrize("text, post", [
    ("记青山市公安局巡警支队\n青山市公安局巡警支队被评为先进单位。\n支队党委书记、支队长王大明说，要从严治警。",
     ("王大明", "书记", "青山市公安局巡警支队党委")),
    ("青山煤矿去年产煤百万吨。这个矿的党委书记李小平说，安全是第一位的。",
     ("李小平", "书记", "青山煤矿党委")),
    ("青山钢铁厂是全国重点企业。厂党委书记王刚、厂长李明介绍了情况。", ("王刚", "书记", "青山钢铁厂党委")),
])
def test_a_unit_word_alone_is_the_body_named_before(text, post):
    assert post in posts_of(text, date="1998-01-12")


def test_two_bodies_of_the_kind_give_none():
    posts = posts_of("青山钢铁厂和红星化肥厂签订了合作协议。厂党委书记王刚介绍了情况。", date="1998-01-12")
    assert all(org is None or not org.endswith("厂党委") for _, _, org in posts)


@pytest.mark.parametrize("text, post", [
    ("尉健行今天会见了奥地利国民议会人民党议会党团主席安德雷斯·科尔一行。",
     ("安德雷斯·科尔", "主席", "奥地利国民议会人民党议会党团")),
])
def test_party_groups_are_bodies(text, post):
    assert post in posts_of(text, date="1998-01-12")
