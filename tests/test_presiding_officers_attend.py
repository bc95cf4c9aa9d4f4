"""The people a sentence names with a role presiding over a session's sitting (执行主席, 常务主席:
担任大会执行主席的有:A、B; 本次会议执行主席由A、B担任; 主席团常务主席为A、B) take part in the session told
before it, or in its opening; the one with someone taking part already, else the last dated (not a name
told in passing). Made-up texts of the shapes congress news uses."""
from __future__ import annotations

import pytest
from kgread import events_of


def attendees(text: str):
    return [(e.type, sorted(a.text for a in e.attendees))
            for e in events_of(text, date="2025-03-09", place="青山县")
            if e.type in ("Meeting", "Conference", "Opening")]


@pytest.mark.parametrize("text, expected", [
    ("3月8日，青山县第十八届人民代表大会第一次会议举行第三次全体会议。担任大会执行主席的有：张伟、李明、王刚。"
     "县人大常委会主任刘强主持会议。",
     [("Meeting", ["刘强", "张伟", "李明", "王刚"])]),
    ("3月8日上午，青山县第十八届人民代表大会第一次会议开幕。本次会议执行主席由张伟、李明、王刚担任。",
     [("Opening", ["张伟", "李明", "王刚"])]),
    ("3月8日下午，青山县十八届人大一次会议主席团举行第一次会议。县委书记刘强主持会议。\n会议表决通过了主席团常务"
     "主席名单。主席团常务主席为刘强、张伟、李明。",
     [("Meeting", ["刘强", "张伟", "李明"])]),
])
def test_presiding_officers_attend(text, expected):
    assert attendees(text) == expected
