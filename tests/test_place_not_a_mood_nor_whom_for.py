"""What 在 opens before an event's verb is not always where it was: the sound or mood it was held amid
(``amid`` of kg/rules/events/words.tsv: 在热烈的气氛中举行, 在热烈的掌声中揭牌) is no place, and a place ends
before 为 naming whom the event is for (在青山宾馆为青山博物馆揭牌: 青山宾馆). Made-up sentences of the shapes
news uses."""
from __future__ import annotations

import pytest
from kgread import events_of


def places(text: str) -> list[str | None]:
    return [e.place.text if e.place else None for e in events_of(text, date="2025-06-14")]


@pytest.mark.parametrize("text, expected", [
    ("5月17日,青山市与白水集团战略合作签约仪式在热烈的气氛中举行。", [None]),
    ("5月17日,签约仪式在热烈友好的氛围中举行。", [None]),
    ("5月17日,王明与李强举行会谈。会谈在友好的气氛中进行。", [None]),
    ("5月17日,王明在热烈的掌声中为青山博物馆揭牌。", [None]),
    # a venue still is one
    ("5月17日,青山市与白水集团战略合作签约仪式在青山宾馆举行。", ["青山宾馆"]),
])
def test_a_mood_is_no_place(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("5月17日,王明在青山宾馆为青山博物馆揭牌。", ["青山宾馆"]),
    ("5月17日,国务院总理李强在人民大会堂北大厅为王明举行欢迎仪式。", ["人民大会堂北大厅"]),
    ("5月17日,市长王明在市民中心为获奖代表颁奖。", ["市民中心"]),
])
def test_a_place_ends_before_whom_the_event_is_for(text, expected):
    assert places(text) == expected
