"""The fact readers' word classes (kg/rules/events/fact_words.tsv) as patterns: a word inside a longer word
that says something else is not read (将军 is no 将 of the future, 集团 no group)."""
from __future__ import annotations

import pytest

from kg.extract.fact_words import fact_words
from kg.rules import load_rules


@pytest.mark.parametrize("text, found", [
    ("李明将会见客人", ["将"]),
    ("上将李明会见客人", []),
    ("李明将军会见客人", []),
    ("将近百人参加", []),
    ("将这部分数据上报", []),
    ("大将将出席会议", ["将"]),
])
def test_future(text, found):
    assert [m.group() for m in fact_words(load_rules()).future.finditer(text)] == found


@pytest.mark.parametrize("text, group", [
    ("视察团实地视察了工厂", True),
    ("代表团一行50余位领导深入企业调研", True),
    ("督查组到县里检查", True),
    ("集团到县里检查", False),
    ("市长实地视察了工厂", False),
])
def test_group_doer(text, group):
    assert (fact_words(load_rules()).group_doer.search(text) is not None) is group


def test_every_kind_has_words():
    fw = fact_words(load_rules())
    assert fw.airport and fw.two_ways
    assert fw.town_end.search("戴庙镇") and not fw.town_end.search("军区")
    assert fw.as_time.match("之后") and fw.as_time.match("以来") and not fw.as_time.match("时")
