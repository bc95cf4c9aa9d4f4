"""A renewed agreement is signed too: 续签 is a signing (双方续签有关合作安排). Made-up sentences of the
shapes news uses."""
from __future__ import annotations

import pytest

from kg.model import Document
from kg.pipeline import process_document


def events(text: str):
    doc = Document(id="t", text=text, date="2025-06-14")
    return [(e.type, e.date) for r in process_document(doc, date="2025-06-14") for e in r.events]


@pytest.mark.parametrize("text, expected", [
    ("3月5日,青山市与白水市续签友好城市合作协议。", [("Signing", "2025-03-05")]),
    ("3月5日,青山大学与白水医院续签了教学医院合作协议。", [("Signing", "2025-03-05")]),
])
def test_renewed_signing(text, expected):
    assert events(text) == expected
