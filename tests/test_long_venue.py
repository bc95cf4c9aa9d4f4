"""A venue's long name that the tagger reads as a body, a part's word and a hall one after another
(青山大学附属第一医院总院A区门诊五楼学术报告厅) is one place where the meeting is held. Made-up sentences of
the shapes news uses."""
from __future__ import annotations

import pytest
from kgread import events_of


def events(text: str):
    return [(e.type, e.date, e.place.text if e.place else None) for e in events_of(text, date="2025-12-14")]


@pytest.mark.parametrize("text, expected", [
    ("11月26日,青山大学附属医院发展大会在青山大学附属第一医院总院A区门诊五楼学术报告厅召开。",
     [("Conference", "2025-11-26", "青山大学附属第一医院总院A区门诊五楼学术报告厅")]),
    ("11月26日,青山大学附属医院发展大会在青山大学附属第一医院A区门诊五楼学术报告厅召开。",
     [("Conference", "2025-11-26", "青山大学附属第一医院A区门诊五楼学术报告厅")]),
])
def test_long_venue(text, expected):
    assert events(text) == expected
