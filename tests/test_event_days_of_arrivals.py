"""The day of an arrival (made-up text): a gathering named after it that the arrival was for is not dated by
it (6日乘专机抵达X，出席…峰会: the text does not say when the summit was held), while what the arrival's own
subject does after it, told by a clause ending with 后, happened that day (8月12日抵达X后，Y会见了…)."""
from __future__ import annotations

import pytest

from tests.kgread import events_of

_PAPER = "2024-05-10"


@pytest.mark.parametrize(("told", "type_"), [
    ("5月6日上午，国家主席王大明乘专机抵达青山国际机场，出席第十届青山国际合作峰会。", "Conference"),
    ("外交部长李小军8日飞抵青山，出席青山论坛第五次年会。", "Conference"),
    ("5月7日下午，国家主席王大明乘专机离开北京，前往青山出席第二十届青山国际合作峰会。", "Conference"),
    ("中央代表团9日中午飞抵青山市，出席青山自治州成立50周年庆祝活动。", "Ceremony"),
])
def test_gathering_arrived_for_undated(told: str, type_: str) -> None:
    (e,) = [e for e in events_of(told, date=_PAPER) if e.type == type_]
    assert e.date is None


def test_gathering_arrived_for_kept_with_its_place() -> None:
    # no day, no one named: still a happening, one attended (出席) where the arrival went
    events = events_of("9日上午，代表团飞抵银川出席庆祝大会。", date=_PAPER)
    assert [(e.type, e.date, e.place.text if e.place else None) for e in events if e.type == "Conference"] \
        == [("Conference", None, "银川")]


@pytest.mark.parametrize("told", [
    "5月6日，国家主席王大明赴青山出席第十届青山国际合作峰会。",  # no arrival: the day of going
    "王大明5月6日抵达青山，5月8日出席第十届青山国际合作峰会。",  # a day of its own after the arrival
])
def test_gathering_dated_otherwise(told: str) -> None:
    (e,) = [e for e in events_of(told, date=_PAPER) if e.type == "Conference"]
    assert e.date is not None


@pytest.mark.parametrize(("told", "day"), [
    ("5月8日抵达青山后，外交部长李小军会见了青山国总统王大明。", "2024-05-08"),
    ("外交部长李小军5月8日抵达青山后，随即会见了青山国总统王大明。", "2024-05-08"),
    ("5月7日结束在青山的访问后，外交部长李小军会见了白水国总理王大明。", "2024-05-07"),
])
def test_act_after_a_dated_clause_ending_with_after(told: str, day: str) -> None:
    (e,) = [e for e in events_of(told, date=_PAPER) if e.type == "Reception"]
    assert e.date == day
