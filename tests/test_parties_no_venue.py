"""Two bodies holding an event together (青山大学与龙湖集团举行签约仪式) are its parties, not its venue: the
first of them, named like a site, is no place held at. Made-up sentences of the shapes news uses."""
from __future__ import annotations

import pytest
from kgread import events_of


def events(text: str):
    return [(e.type, e.date, e.place.text if e.place else None) for e in events_of(text, date="2025-06-14")]


@pytest.mark.parametrize("text, expected", [
    ("3月21日上午，青山大学与龙湖集团举行战略合作签约仪式。", [("Signing", "2025-03-21", None)]),
    ("5月8日，白水县人民医院和青山医科大学举行签约仪式。", [("Signing", "2025-05-08", None)]),
    # one body holding it on its own premises keeps that place
    ("5月8日，白水县人民医院举行签约仪式。", [("Signing", "2025-05-08", "白水县人民医院")]),
])
def test_parties_are_no_venue(text, expected):
    assert events(text) == expected
