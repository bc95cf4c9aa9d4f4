"""Events on institutions' own pages (made-up text): gifts of a visit (慰问金, 慰问品) are no visit; the
leaders of a unit named by their level (党政领导, 校领导, 院领导) act as a group does; a delegation coming to
a body to talk business (来我校交流洽谈, 到青山医院洽谈) is a Visit, a talk with no trip told (双方进行洽谈)
none."""
from __future__ import annotations

import pytest

from tests.kgread import events_of


def _visits(text: str) -> list[str | None]:
    return [e.date for e in events_of(text, date="2025-06-03") if e.type == "Visit"]


@pytest.mark.parametrize("text", [
    "张强向困难党员送上慰问品和慰问金。",
    "5月8日,王明代表学校向退休教师送上慰问金。",
    "李华代表公司向一线职工送去慰问款和慰问信。",
])
def test_gifts_are_no_visit(text: str) -> None:
    assert _visits(text) == []


@pytest.mark.parametrize(("text", "day"), [
    ("1月25日,医院党政领导带领慰问组开展走访慰问活动。", "2025-01-25"),  # leaders by level
    ("3月2日,校领导走访慰问退休教职工。", "2025-03-02"),
    ("5月18日,院领导分头看望慰问困难职工。", "2025-05-18"),
    ("4月25日下午,青山区副区长王明一行来我校交流洽谈。", "2025-04-25"),  # coming to talk business
    ("3月2日,东山县卫健局负责人到青山医院洽谈合作事宜。", "2025-03-02"),
    ("5月9日,白水县副县长李强一行4人来我院洽谈校地合作事宜。", "2025-05-09"),
])
def test_one_visit(text: str, day: str) -> None:
    assert _visits(text) == [day]


@pytest.mark.parametrize("text", [
    "双方就合作事宜进行洽谈。",
    "近年来我院与多家企业洽谈合作。",
])
def test_talks_with_no_trip(text: str) -> None:
    assert _visits(text) == []
