"""A headline's event happened on the day its lead tells, not on its dateline's day when the lead tells
another (青山网6月12日电 …,6月8日,…代表团…到访…: the headline's visit is that one). Made-up articles."""
from __future__ import annotations

import pytest
from kgread import events_of


def events(text: str):
    return [(e.type, e.date) for e in events_of(text, date="2025-06-14")]


@pytest.mark.parametrize("text, expected", [
    ("白水市代表团访问新西兰侨界 共话发展\n青山网6月12日电 据白水市侨办消息,6月8日,"
     "白水市代表团在副市长王刚带领下,到访新西兰奥克兰,与当地侨界代表举行座谈。",
     [("Visit", "2025-06-08"), ("Conference", "2025-06-08")]),
    # a dateline naming its place between the day and 讯 (青山网6月12日白水讯 …)
    ("白水市医院赴青山考察\n青山网6月12日白水讯 6月8日至10日,白水市医院院长王刚带领专家一行赴青山考察。",
     [("Inspection", "2025-06-08")]),
    # a lead with no day of its own: the dateline's
    ("王刚会见白水大学代表团\n青山网6月12日电 市长王刚会见了白水大学校长李明一行。",
     [("Reception", "2025-06-12")]),
])
def test_headline_on_the_lead_day(text, expected):
    assert events(text) == expected
