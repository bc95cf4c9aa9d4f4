"""Deputies or members a body brings together (组织部分代表, 组织委员) act as a person does before an act
verb: a body written without its place (区人大常委会组织部分代表视察…) names no one the tagger reads, and
its inspection is one all the same. Made-up sentences of the shapes news uses."""
from __future__ import annotations

import pytest
from kgread import events_of


def events(text: str):
    return [(e.type, e.date) for e in events_of(text, date="2025-06-14")]


@pytest.mark.parametrize("text, expected", [
    ("5月6日上午，区人大常委会组织部分代表视察城市更新项目。", [("Inspection", "2025-05-06")]),
    ("5月6日上午，区政协组织委员视察城市更新工作。", [("Inspection", "2025-05-06")]),
    ("6月2日，县人大常委会组织代表视察白水河治理工程。", [("Inspection", "2025-06-02")]),
    ("6月2日，部分委员调研了白水河治理工程。", [("Inspection", "2025-06-02")]),
])
def test_group_inspects(text, expected):
    assert events(text) == expected
