"""Who makes a state visit told after the arrival (X抵达Y,开始对Z进行国事访问: 开始 opens a clause going on
with the subject before it, ``continuing`` of kg/rules/events/words.tsv), and a second act joined to the first
inside a clause by 并 (X抵达Y,出席…峰会并对Z进行国事访问: who attends the summit visits). Made-up sentences of
the shapes news uses."""
from __future__ import annotations

import pytest
from kgread import events_of


def events(text: str):
    return [(e.type, e.date, sorted(a.text for a in e.attendees)) for e in events_of(text, date="2025-06-14")]


@pytest.mark.parametrize("text, expected", [
    ("6月5日,青山国总统张伟抵达北京,开始对中国进行国事访问。", [("Visit", "2025-06-05", ["张伟"])]),
    ("当地时间6月5日,国家主席王明抵达青山国首都青山市,开始对青山国进行国事访问。",
     [("Visit", "2025-06-05", ["王明"])]),
    # the day is the arrival's and the visit's; the summit arrived for is held on a day the text does not
    # tell (eval/modern/README.md: null when the text gives no day; the read gold of such wire copy says so)
    ("6月5日,国家主席王明抵达青山市,出席青山峰会并对青山国进行国事访问。",
     [("Conference", None, ["王明"]), ("Visit", "2025-06-05", ["王明"])]),
])
def test_state_visit_arrivals(text, expected):
    assert events(text) == expected


# Flying in (乘机抵达, as 专机抵达) is the visit's arrival: the visitor, the place, the day.
def test_arrival_by_plane():
    text = "6月5日5点25分,青山国首相张伟乘机抵达北京,他将出席青山论坛峰会。"
    assert [e for e in events(text) if e[0] == "Visit"] == [("Visit", "2025-06-05", ["张伟"])]
