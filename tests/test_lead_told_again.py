"""A happening a lead tells by its word with nobody and no place, told again on its day by the same word with
its people or its place, is one event (one signing read twice). Made-up sentences of the shapes news uses."""
from __future__ import annotations

import pytest

from kg.model import Document
from kg.pipeline import process_document


def events(text: str):
    doc = Document(id="t", text=text, date="2025-06-14")  # a page with no home place given
    return [(e.type, e.date, e.place.text if e.place else None, sorted(a.text for a in e.attendees))
            for r in process_document(doc, date="2025-06-14") for e in r.events]


@pytest.mark.parametrize("text, expected", [
    ("青山区人民医院与白水市中心医院今天签署合作意向书,将在人才培训等方面展开合作。\n"
     "青山区人民医院院长王刚、白水市中心医院院长李明今天在白水市中心医院行政楼共同签署「医疗合作意向书」。",
     [("Signing", "2025-06-14", "白水市中心医院行政楼", ["李明", "王刚"])]),
    # told by another word, or with nothing of its own: not merged so
    ("青山医院与白水医院今天签署合作意向书。\n青山医院院长王刚与白水大学校长李明今天签订了共建协议。",
     [("Signing", "2025-06-14", None, []), ("Signing", "2025-06-14", None, ["李明", "王刚"])]),
])
def test_lead_told_again(text, expected):
    assert events(text) == expected
