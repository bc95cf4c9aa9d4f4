"""Made-up texts: a Uyghur name whose first part is an opening the tagger reads as a function word
(阿不都/d + · + 热合曼) is read in a list an election gives a post, so the list's other names keep theirs; a
name glued by its one-character given name to a verb of saying (行长 + 张/q + 明说/v + ，) is read; and a
prefecture's 行署 in a chain after its party committee is the prefecture's 行政公署 (X地委副书记、行署专员Y:
the chain's first post was lost)."""
from __future__ import annotations

import pytest

from tests.kgread import posts_of


@pytest.mark.parametrize("names", [["李小红", "张志强", "阿不都·热合曼"], ["张志强", "阿不都·热合曼"]])
def test_each_name_of_an_elected_list_holds_the_post(names):
    text = f"会议选举王大明为省政协主席，{'、'.join(names)}为副主席。"
    assert [p for p, role, _ in posts_of(text, date="1998-01-10") if role == "副主席"] == names


@pytest.mark.parametrize(("text", "post"), [
    ("青山银行行长张明说，要支持农业。", ("张明", "行长", "青山银行")),
    ("青山医院院长刘明说：要方便群众。", ("刘明", "院长", "青山医院")),
])
def test_a_given_name_glued_to_saying(text, post):
    assert post in posts_of(text, date="1998-01-10")


def test_a_prefectures_office_after_its_party_committee():
    posts = posts_of("阿克苏地委副书记、行署专员王大明说，要加强团结。", date="1998-01-10")
    assert ("王大明", "副书记", "中共阿克苏地区委员会") in posts  # (orgs/forms: 地委 in full)
    assert ("王大明", "专员", "阿克苏地区行政公署") in posts
