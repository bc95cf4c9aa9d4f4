"""The bare noun of the first part of a joint name (X开馆仪式暨新书发布会 … 仪式由Y主持) refers to that
event, not to a new one of its own. Made-up sentences of the shapes news uses."""
from __future__ import annotations

import pytest
from kgread import events_of


def events(text: str):
    return [(e.type, e.date, e.chair.text if e.chair else None) for e in events_of(text, date="2025-06-14")]


@pytest.mark.parametrize("text, expected", [
    ("10月3日上午,白水大学校史馆开馆仪式暨新书发布会在图书馆举行。仪式由副校长王明主持。",
     [("Ceremony", "2025-10-03", "王明")]),
    ("5月8日,青山县城市书房揭牌仪式暨读书月启动会在县文化馆举行。仪式由副县长李刚主持。",
     [("Ceremony", "2025-05-08", "李刚")]),
])
def test_joint_name_referred(text, expected):
    assert events(text) == expected
