"""指导 after a verb of going and the place gone to is an inspection (派出工作组赴X指导…工作, 到X县指导防汛
工作); elsewhere it is no event (在省委的指导下). Made-up sentences of the shapes news uses."""
from __future__ import annotations

import pytest
from kgread import events_of


def events(text: str):
    return [(e.type, e.date, e.place.text if e.place else None) for e in events_of(text, date="2025-06-14")]


@pytest.mark.parametrize("text, expected", [
    ("6月3日,国家防总派出工作组赴青海指导抗洪抢险工作。", [("Inspection", "2025-06-03", "青海")]),
    ("6月3日,副市长王刚到白水县指导防汛工作。", [("Inspection", "2025-06-03", "白水县")]),
    ("在省委的指导下,白水县各项工作稳步推进。", []),
    ("专家组对白水县防汛工作进行了指导。", []),
])
def test_guiding_after_going(text, expected):
    assert events(text) == expected
