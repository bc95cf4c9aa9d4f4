"""Days told relative to the publication day or to the lead (made-up text): how many days or weeks ago
(三天前, 一周前的…), the 今天 of a report whose lead opens with the day before the paper's, and a decision
made public that day (X今天公布，决定…。A升任…) dating the changes the next sentence lists."""
from __future__ import annotations

import pytest

from kg.extract.context import Context
from kg.extract.dates import extract_dates
from kg.nlp.normalize import View
from tests.kgread import events_of

_PAPER = "2024-05-10"


@pytest.mark.parametrize(("told", "day"), [
    ("三天前，市委书记王大明到青山区调研。", "2024-05-07"),
    ("10天前，市委书记王大明到青山区调研。", "2024-04-30"),
    ("一周前，市委书记王大明到青山区调研。", "2024-05-03"),
    ("两个星期前，市委书记王大明到青山区调研。", "2024-04-26"),
])
def test_days_ago(told: str, day: str) -> None:
    (e,) = events_of(told, date=_PAPER)
    assert e.date == day


@pytest.mark.parametrize("told", ["提前三天完成调研任务。", "第3天前往青山区。"])
def test_no_days_ago(told: str) -> None:
    assert not [m for m in extract_dates(View.of(told), Context(date=_PAPER)) if m.key]


@pytest.mark.parametrize("lead", [
    "青山日报讯 5月9日上午，青山市第十届人民代表大会第三次会议举行第三次全体会议。大会应到代表500人，"
    "今天上午实到代表480人。经选举，王大明当选为青山市人民政府市长。",
    "本报讯(记者 李明) 5月9日，青山市第十届人民代表大会第三次会议举行第三次全体会议。本次会议今天上午"
    "到会代表480人。经选举，王大明当选为青山市人民政府市长，李小军当选为青山市人民政府副市长。",
])
def test_today_of_a_lead_of_the_day_before(lead: str) -> None:
    elected = [e for e in events_of(lead, date=_PAPER) if e.type == "Appointment"]
    assert elected and all(e.date == "2024-05-09" for e in elected)


@pytest.mark.parametrize(("lead", "day"), [
    ("5月10日，青山市召开全市干部大会。今天，王大明到青山区调研。", "2024-05-10"),  # the paper's own day
    ("5月8日，青山市召开全市干部大会。今天，王大明到青山区调研。", "2024-05-10"),  # not the day before
])
def test_today_of_other_leads(lead: str, day: str) -> None:
    (e,) = [e for e in events_of(lead, date=_PAPER) if e.type == "Inspection"]
    assert e.date == day


def test_changes_made_public_today() -> None:
    text = "省委今天公布，决定多个职务调整。王大明由青山市长升任青山市委书记；李小军不再担任青山市委书记。"
    changes = [e for e in events_of(text, date=_PAPER) if e.type in ("Appointment", "Removal")]
    assert {e.type for e in changes} == {"Appointment", "Removal"}
    assert all(e.date == _PAPER for e in changes)
