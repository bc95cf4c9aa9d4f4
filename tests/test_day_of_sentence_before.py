"""An event whose sentence opens with 当天 or 同日 with no event told before it is on the day the sentence
before names (12月9日是国际反腐败日。当天,…召开警示教育大会). Made-up sentences of the shapes news uses."""
from __future__ import annotations

import pytest
from kgread import events_of


def events(text: str):
    return [(e.type, e.date) for e in events_of(text, date="2025-12-14")]


@pytest.mark.parametrize("text, expected", [
    ("12月9日,是国际反腐败日。当天,青山县纪委召开警示教育大会。", [("Conference", "2025-12-09")]),
    ("3月12日是植树节。同日,白水区举行义务植树启动仪式。", [("Ceremony", "2025-03-12")]),
])
def test_day_of_sentence_before(text, expected):
    assert events(text) == expected
