"""A meeting of foreign or other ministers named by 外长会 or 部长会 is a meeting (not the 外长会见 of a
minister who receives someone); a sentence opening with the bare noun of an event told before and 期间
(会议期间, 论坛期间) places its events where that event was held. Made-up sentences of the shapes news
uses."""
from __future__ import annotations

import pytest
from kgread import events_of


def events(text: str):
    return [(e.type, e.date, e.place.text if e.place else None, sorted(a.text for a in e.attendees))
            for e in events_of(text, date="2025-06-14")]


@pytest.mark.parametrize("text, expected", [
    ("当地时间6月5日,外交部长王明在吉隆坡出席东盟外长会。会议期间,王明会见了青山国外长张伟。",
     [("Meeting", "2025-06-05", "吉隆坡", ["王明"]),
      ("Reception", "2025-06-05", "吉隆坡", ["张伟", "王明"])]),
    ("6月5日,外交部长王明在北京出席第五届青山论坛。论坛期间,王明会见了青山国外长张伟。",
     [("Conference", "2025-06-05", "北京", ["王明"]), ("Reception", "2025-06-05", "北京", ["张伟", "王明"])]),
    ("6月5日,青山国外长会见了来访的白水国外长张伟。",
     [("Reception", "2025-06-05", None, ["张伟"])]),
])
def test_during_the_meeting_told(text, expected):
    assert events(text) == expected


# An event with no place of its own on one day of a trip of several days is where the trip went, not at a
# stop the trip made on another day.
def test_a_day_of_a_trip_past_a_stop():
    text = ("6月5日至6日,市委书记王明到青山县调研。\n5日,王明来到青山镇,实地察看乡村振兴项目。"
            "6日,王明主持召开座谈会,听取青山县工作汇报。")
    assert [e[:3] for e in events(text)] == [("Inspection", "2025-06-05", "青山县"),
                                            ("Conference", "2025-06-06", "青山县")]


# Events listed before another event's name that names an event before its noun (A会议、B会议新闻发布会) name
# whose press conference it is: no events of their own; two events listed stay two.
@pytest.mark.parametrize("text, expected", [
    ("3月6日,市八届人大四次会议、市政协八届三次会议新闻发布会召开。", [("Release", "2025-03-06")]),
    ("3月6日,青山论坛、白水博览会新闻发布会在青山举行。", [("Release", "2025-03-06")]),
    ("3月6日,青山论坛、白水新闻发布会在青山举行。",
     [("Conference", "2025-03-06"), ("Release", "2025-03-06")]),
])
def test_names_listed_before_a_press_conference(text, expected):
    assert [e[:2] for e in events(text)] == expected
