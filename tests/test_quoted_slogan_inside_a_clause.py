"""A quoted slogan's comma is no clause's end (举行了以“结对共建,携手共进”为主题的签约仪式): the verb before
the quote and the event's name after it are of one clause, and so is the place written after 在 before the
verb. Made-up sentences of the shapes news uses."""
from __future__ import annotations

import pytest
from kgread import events_of


def places(text: str) -> list[tuple[str, str | None]]:
    return [(e.type, e.place.text if e.place else None) for e in events_of(text, date="2025-06-14")]


@pytest.mark.parametrize("text, expected", [
    ("5月17日下午,青山一中与白水中学在一中行政楼会议室举行了“结对共建,携手共进”为主题的结对合作签约仪式。",
     [("Signing", "一中行政楼会议室")]),
    ("6月3日,青山区在区政府会议室召开以“稳增长,促发展”为主题的座谈会。", [("Conference", "区政府会议室")]),
    ("9月8日,青山县在县文化中心举行“书香青山,全民阅读”启动仪式。", [("Ceremony", "县文化中心")]),
])
def test_a_slogan_s_comma_ends_no_clause(text, expected):
    assert places(text) == expected


def test_a_quote_closed_before_the_mark_still_ends_it():
    # the quote closes before the comma: the clause ends there as before
    assert places("6月3日,王明强调“要稳增长”,会议要求各地落实。") == []
