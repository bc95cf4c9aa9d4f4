"""Made-up texts: a verb and its pronoun object before 当选 (祝贺他当选为总统: 祝 is a surname) are no name
opening the clause (rule per.elected): no person 祝贺他, and no post of one."""
from __future__ import annotations

import pytest

from tests.kgread import article_of, posts_of

CASES = [
    "李鹏总理致电希拉克，祝贺他当选为法国总统。",
    "江泽民主席致电金泳三，祝贺他当选为韩国总统。",
    "乔石委员长致电罗德里格斯，祝贺她当选为议会议长。",
    "中国外交部长钱其琛致电科尔，祝他当选为德国总理。",
]


@pytest.mark.parametrize("text", CASES)
def test_no_name_of_a_verb_and_pronoun(text):
    mentions = article_of(text, date="1998-01-10").mentions
    assert not any(m.type == "PER" and m.text[-1] in "他她" for m in mentions)
    assert not any(p[0][-1:] in "他她" for p in posts_of(text, date="1998-01-10"))


NAMES = [
    ("祝贺明当选为区人大常委会主任。", ("祝贺明", "主任")),
    ("祝他明当选为会长。", ("祝他明", "会长")),
]


@pytest.mark.parametrize("text,post", NAMES)
def test_names_of_the_surname_stay(text, post):
    assert any(p[:2] == post for p in posts_of(text, date="1998-01-10"))
