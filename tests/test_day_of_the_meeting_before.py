"""An undated event on the day of the meeting told before it: opening with 会前 (before the meeting just
told), or a bare 会议 someone chairs in a paragraph whose first sentence tells the day; a year in its
name (2022年…视察活动) is no day and does not keep it undated. Over a session of several days 会前 tells
no day. Made-up sentences of the shapes local news uses."""
from __future__ import annotations

import pytest
from kgread import events_of


def events(text: str):
    return [(e.type, e.date, e.trigger.text) for e in events_of(text, date="2025-07-05", place="青山市")]


@pytest.mark.parametrize("text, expected", [
    ("6月21日,区政协召开五届十二次主席会议。区政协主席王刚主持会议。\n会前,区政协组织了2024年部分提案办理视察活动,"
     "实地视察了提案落实情况。",
     [("Meeting", "2025-06-21", "五届十二次主席会议"), ("Inspection", "2025-06-21", "视察")]),
    ("6月12日,东湖街道人大代表联络站在新华社区开展接待选民活动。街道人大工委主任王丽华主持会议,"
     "街道党委副书记李志强参加会议。",
     [("Meeting", "2025-06-12", "会议")]),
    ("青山市第十届人民代表大会第三次会议于1月7日至10日召开。\n会前,市公安局局长张强主持召开安保工作调度会,部署警力。",
     [("Meeting", "2025-01-07", "青山市第十届人民代表大会第三次会议"), ("Meeting", None, "安保工作调度会")]),
])
def test_day_of_the_meeting_before(text, expected):
    assert events(text) == expected
