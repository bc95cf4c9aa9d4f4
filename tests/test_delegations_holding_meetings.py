"""A delegation holds a meeting (made-up text: 青山代表团举行全体会议; 出席…会议的青山代表团举行全体
会议): each day's plenary is an event of its own, held by the delegation named before the verb."""
from __future__ import annotations

from tests.kgread import article_of


def test_a_delegations_plenary_is_an_event():
    r = article_of("3月3日下午，青山代表团举行全体会议。", date="2024-03-06")
    assert [(e.type, e.date) for e in r.events] == [("Meeting", "2024-03-03")]


def test_each_days_plenary():
    text = ("3月3日下午，出席十四届全国人大一次会议的青山代表团举行全体会议，审议相关事项。\n"
            "3月4日下午，十四届全国人大一次会议青山代表团举行全体会议。代表团团长张大伟主持会议，"
            "代表团副团长李小明、王二红出席。")
    r = article_of(text, date="2024-03-06")
    plenaries = [e for e in r.events if e.trigger.text.endswith("全体会议")]
    assert [e.date for e in plenaries] == ["2024-03-03", "2024-03-04"]
    assert {"张大伟", "李小明", "王二红"} <= {a.text for a in plenaries[1].attendees}
