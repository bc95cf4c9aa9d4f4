"""Those seated on the rostrum (X、Y在主席台前排就座) or listed after a verb of taking part (出席会议的领导
有:X、Y) take part in the session told. Made-up sentences of the shapes news uses."""
from __future__ import annotations

import pytest
from kgread import events_of


def events(text: str):
    return [(e.type, e.date, e.place.text if e.place else None, sorted(a.text for a in e.attendees))
            for e in events_of(text, date="2025-06-14")]


@pytest.mark.parametrize("text, expected", [
    ("6月3日上午,县政协九届四次会议开幕。大会执行主席王刚、李强、张伟在主席台前排就座。",
     [("Opening", "2025-06-03", None, ["张伟", "李强", "王刚"])]),
    ("6月3日,青山镇第十届人民代表大会第一次会议在镇政府礼堂召开。王刚、李强在主席台就坐。",
     [("Meeting", "2025-06-03", "镇政府礼堂", ["李强", "王刚"])]),
])
def test_seated_on_the_rostrum(text, expected):
    assert events(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("6月3日上午,县政协九届四次会议开幕。在主席台前排就座的领导有:王刚、李强、张伟。",
     [("Opening", "2025-06-03", None, ["张伟", "李强", "王刚"])]),
    ("6月3日,县人大常委会召开第十次会议。出席会议的还有:王刚、李强。",
     [("Meeting", "2025-06-03", None, ["李强", "王刚"])]),
])
def test_listed_after_taking_part(text, expected):
    assert events(text) == expected
