"""进行 holding a named meeting (在X会议室进行Y座谈会): the meeting's name starts after it and the venue
before it is the meeting's place. Made-up sentences of the shapes news uses."""
from __future__ import annotations

import pytest
from kgread import events_of


def events(text: str):
    return [(e.type, e.date, e.place.text if e.place else None, e.trigger.text)
            for e in events_of(text, date="2025-06-14", place="鄂尔多斯市")]


@pytest.mark.parametrize("text, expected", [
    ("6月3日,调研组在青山镇人民政府会议室进行企业家代表座谈会。",
     [("Conference", "2025-06-03", "青山镇人民政府会议室", "企业家代表座谈会")]),
    ("6月3日,在镇政府二楼会议室进行党外人士座谈会。",
     [("Conference", "2025-06-03", "镇政府二楼会议室", "党外人士座谈会")]),
    # an act after 进行 keeps its reading
    ("6月3日,调研组在青山镇进行实地调研。", [("Inspection", "2025-06-03", "青山镇", "调研")]),
])
def test_held_by_jinxing(text, expected):
    assert events(text) == expected
