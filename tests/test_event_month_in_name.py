"""A month opening an event's name (made-up text: 2025年1月份…集中签约仪式, 7月份集中开工仪式) says which of a
series of happenings it is, not its day: the day told before it in its sentence dates it."""
from __future__ import annotations

import pytest

from tests.kgread import events_of


@pytest.mark.parametrize(("text", "day"), [
    ("1月10日下午,青山市2025年1月份招商引资重点项目集中签约仪式举行。市委书记王明出席。", "2025-01-10"),
    ("1月9日,白水县举行2025年1月份重点项目集中开工仪式,县长李强出席。", "2025-01-09"),
    ("1月8日,东山区举行全区项目建设年1月份集中开工仪式。区长赵刚出席。", "2025-01-08"),
])
def test_month_in_name_dated_by_the_day(text: str, day: str) -> None:
    assert [e.date for e in events_of(text, date="2025-01-11")] == [day]
