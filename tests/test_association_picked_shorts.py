"""Made-up texts: an association's short name of characters picked from the one association the text names
in full (全华联 of 全日本华侨华人联合会, 青山台协 of 青山台资企业协会) is that body, not a person, and the
posts written with it are its; 全 before a country's name opens the name; an association's officers
listed right after its head (名誉顾问, 常务理事) are its."""
from __future__ import annotations

import pytest

from tests.kgread import article_of, posts_of

_ALL = ("南山华侨总会会长陈大进，全日本华侨华人联合会会长何大伦出席。"
        "全华联理事长贺小和，全华联副理事长林小立、张大明出席。")
_TAIXIE = ("青山台资企业协会第十届会员大会召开。章大正连任青山台协会长。"
           "希望青山台协继续引导会员企业。")


@pytest.mark.parametrize("text, post", [
    (_ALL, ("何大伦", "会长", "全日本华侨华人联合会")),
    (_ALL, ("贺小和", "理事长", "全日本华侨华人联合会")),
    (_ALL, ("张大明", "副理事长", "全日本华侨华人联合会")),
    (_TAIXIE, ("章大正", "会长", "青山台资企业协会")),
    ("青山同乡联谊会永远荣誉会长张大山先生、名誉顾问赵大江先生、常务顾问钱小溪先生出席。",
     ("赵大江", "名誉顾问", "青山同乡联谊会")),
    ("东山商会会长张大山、副会长李小河、常务理事王小海、顾问孙小湖出席。", ("孙小湖", "顾问", "东山商会")),
])
def test_posts(text, post):
    assert post in posts_of(text, date="2024-05-01")


@pytest.mark.parametrize("text, span, key", [
    (_ALL, "全华联", "全日本华侨华人联合会"),
    (_ALL, "全日本华侨华人联合会", "全日本华侨华人联合会"),
    (_TAIXIE, "青山台协", "青山台资企业协会"),
])
def test_short_names(text, span, key):
    found = {(m.text, m.key) for m in article_of(text, date="2024-05-01").mentions if m.type == "ORG"}
    assert (span, key) in found


@pytest.mark.parametrize("text, word", [
    # a word of the dictionary, a head word, a place and a common word, a plenary session: no short name
    ("青山工商业联合会召开会议，工商联主席张大山讲话。", "工商联"),
    ("香港社会服务联会成立十周年。该会积极参与香港社会事务。", "香港社会"),
    ("中华全国青年联合会召开会议，传达学习二中全会精神。", "中全会"),
])
def test_no_short_name(text, word):
    assert all(m.text != word or m.rule != "orgs.picked-short"
               for m in article_of(text, date="2024-05-01").mentions if m.type == "ORG")


def test_all_before_no_country():
    """全 before no country's name is no part of a name (全力 + 支持)."""
    found = [m.text for m in article_of("全力支持日本华侨华人联合会的工作。", date="2024-05-01").mentions
             if m.type == "ORG"]
    assert found == ["日本华侨华人联合会"]
