"""A body named by its kind of unit (省直新闻单位, 市直机关各单位) after a verb of going is where a visit or
an inspection goes. Made-up sentences of the shapes news uses."""
from __future__ import annotations

import pytest
from kgread import events_of


def events(text: str):
    return [(e.type, e.date, e.place.text if e.place else None) for e in events_of(text, date="2025-06-14")]


@pytest.mark.parametrize("text, expected", [
    ("6月3日,市委常委、宣传部部长王刚到市直新闻单位调研。", [("Inspection", "2025-06-03", "市直新闻单位")]),
])
def test_unit_as_venue(text, expected):
    assert events(text) == expected
