"""A span of days the date reader leaves in two (明日(9月22日)至9月28日; 明日至9月28日) dates what happens
over it by its first day, not its last. Made-up sentences of the shapes a government's press release uses."""
from __future__ import annotations

import pytest
from kgread import events_of


def events(text: str):
    return [(e.type, e.date) for e in events_of(text, date="2021-09-21", place="香港")]


@pytest.mark.parametrize("text, expected", [
    ("行政长官陈建华明日(9月22日)至9月28日访问四川省成都市。", [("Visit", "2021-09-22")]),
    ("行政长官陈建华明日至9月28日访问四川省成都市。", [("Visit", "2021-09-22")]),
    ("行政长官陈建华于9月22日至28日访问四川省成都市。", [("Visit", "2021-09-22")]),
])
def test_span_from_its_first_day(text, expected):
    assert events(text) == expected
