"""An autonomous prefecture or county written by its name and unit, the nationalities left out (伊犁州 for
伊犁哈萨克自治州, 长阳县 for 长阳土家族自治县): a head's post is of its people's government, as with the
full name (made-up sentences)."""
from __future__ import annotations

import pytest
from kgread import posts_of

from kg.rules import load_rules
from kg.rules.places import gazetteer


@pytest.mark.parametrize("text, expected", [
    ("伊犁州州长克里木江昨天会见了客人。", ("克里木江", "州长", "伊犁哈萨克自治州人民政府")),
    ("凉山州州长王大明主持会议。", ("王大明", "州长", "凉山彝族自治州人民政府")),
    ("湘西州副州长李小红出席仪式。", ("李小红", "副州长", "湘西土家族苗族自治州人民政府")),
    ("延边州副州长金明哲在会上讲话。", ("金明哲", "副州长", "延边朝鲜族自治州人民政府")),
])
def test_a_prefecture_head_by_its_short_name(text, expected):
    assert expected in posts_of(text)


@pytest.mark.parametrize("short, full", [
    ("伊犁州", "伊犁哈萨克自治州"), ("黔东南州", "黔东南苗族侗族自治州"), ("长阳县", "长阳土家族自治县"),
])
def test_the_gazetteer_knows_the_short_name(short, full):
    found = gazetteer(load_rules()).lookup(short)
    assert found is not None and found.name == full


def test_a_region_keeps_no_unit():
    """广西 is 广西壮族自治区; 广西区 is no name the gazetteer gives it."""
    assert gazetteer(load_rules()).lookup("广西区") is None
