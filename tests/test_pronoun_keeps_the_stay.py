"""A sentence opening with a pronoun goes on at the stay its paragraph opened with (在北京期间,…会面。
他也将与X会面: 北京). Made-up sentences of the shapes a government's press release uses."""
from __future__ import annotations

import pytest

from kg.model import Document
from kg.pipeline import process_document


def places(text: str):
    doc = Document(id="t", text=text, date="2023-03-26", place="新加坡")
    return [(e.type, e.place.text if e.place else None)
            for r in process_document(doc, date="2023-03-26", place="新加坡") for e in r.events]


@pytest.mark.parametrize("text, expected", [
    ("在北京期间,陈总理将与青山省省长王刚会面。他也将与白水市市长李强会面。",
     [("Meeting", "北京"), ("Meeting", "北京")]),
])
def test_pronoun_keeps_the_stay(text, expected):
    assert places(text) == expected
