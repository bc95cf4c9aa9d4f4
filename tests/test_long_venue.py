"""A venue's long name that the tagger reads as a body, a part's word and a hall one after another
(青山大学附属第一医院总院A区门诊五楼学术报告厅) is one place where the meeting is held. Made-up sentences of
the shapes news uses."""
from __future__ import annotations

import pytest

from kg.model import Document
from kg.pipeline import process_document


def events(text: str):
    doc = Document(id="t", text=text, date="2025-12-14")
    return [(e.type, e.date, e.place.text if e.place else None)
            for r in process_document(doc, date="2025-12-14") for e in r.events]


@pytest.mark.parametrize("text, expected", [
    ("11月26日,青山大学附属医院发展大会在青山大学附属第一医院总院A区门诊五楼学术报告厅召开。",
     [("Conference", "2025-11-26", "青山大学附属第一医院总院A区门诊五楼学术报告厅")]),
    ("11月26日,青山大学附属医院发展大会在青山大学附属第一医院A区门诊五楼学术报告厅召开。",
     [("Conference", "2025-11-26", "青山大学附属第一医院A区门诊五楼学术报告厅")]),
])
def test_long_venue(text, expected):
    assert events(text) == expected
