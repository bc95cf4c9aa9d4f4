"""A member of a parliament's house (众议员, 参议员) holds a post of that house: of the state or legislature
written before the title, else of the state the article is about (a party written before it names no
house), else of the house alone. The modern gold's convention (People's Daily's gives 众议员 none: one
PD post more, unseen-37). Made-up sentences."""
from __future__ import annotations

import pytest
from kgread import article_of


@pytest.mark.parametrize("text, person, expected", [
    ("美国参议员桑德斯出席。", "桑德斯", [("参议员", "美国参议院")]),
    ("美国国会众议员赵美心发表演讲。", "赵美心", [("众议员", "美国国会众议院")]),
    ("驻日本大使吴江浩同日本国会议员座谈。立宪民主党众议员近藤昭一参加。", "近藤昭一",
     [("众议员", "日本众议院")]),
    ("众议员张三出席。", "张三", [("众议员", "众议院")]),
])
def test_a_member_of_a_parliaments_house(text, person, expected):
    r = article_of(text, date="2025-06-14")
    assert [(m.role, m.organization) for m in r.memberships if m.person.text == person] == expected
