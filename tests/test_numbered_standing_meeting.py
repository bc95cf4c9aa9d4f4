"""A standing committee's meeting named by its session's number (区政协十届五次常委会, 第十次常委会) is a
meeting, not the body. Made-up sentences of the shapes news uses."""
from __future__ import annotations

import pytest
from kgread import events_of


def events(text: str):
    return [(e.type, e.date, sorted(a.text for a in e.attendees)) for e in events_of(text, date="2025-06-14")]


@pytest.mark.parametrize("text, expected", [
    ("6月3日,县政协九届六次常委会召开。县政协主席王刚,副主席李强、张伟参加。",
     [("Meeting", "2025-06-03", ["张伟", "李强", "王刚"])]),
    ("6月3日,镇人大召开第十二次常委会。", [("Meeting", "2025-06-03", [])]),
    # the body itself
    ("6月3日,县人大常委会主任王刚到青山镇调研。", [("Inspection", "2025-06-03", ["王刚"])]),
])
def test_numbered_standing_meeting(text, expected):
    assert events(text) == expected
