"""Guests named before a word of gathering (made-up text: A、B及各界友人300余人欢聚一堂) take part in the
event the article tells: 齐聚, 欢聚, 济济一堂, 共聚一堂 are attend verbs of any event."""
from __future__ import annotations

import pytest

from tests.kgread import article_of


@pytest.mark.parametrize("gather", ["欢聚一堂", "齐聚一堂", "济济一堂", "共聚一堂"])
def test_guests_gathered(gather: str) -> None:
    text = ("青山日报讯 驻白水国使馆5月3日举办新春招待会。大使王大明,白水国议会副议长李小军、"
            f"外交部副部长赵大海及各界友人300余人{gather},共庆新春。")
    r = article_of(text, date="2024-05-04")
    receptions = [e for e in r.events if e.type == "Reception"]
    assert receptions and {"王大明", "李小军", "赵大海"} <= {a.text for a in receptions[0].attendees}
