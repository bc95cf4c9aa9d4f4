"""Verbs of going back (回到, 返回) and going in (进入) lead to where the next act happens, as 来到 does:
考察团回到贵阳市,出席了欢迎座谈会 (in 贵阳市); 进入青山公司生产车间调研 (at the workshop). Made-up
sentences of the shapes news uses."""
from __future__ import annotations

import pytest
from kgread import events_of


def events(text: str):
    return [(e.type, e.date, e.place.text if e.place else None) for e in events_of(text, date="2025-06-14")]


@pytest.mark.parametrize("text, expected", [
    ("7月6日,考察团回到贵阳市,出席了欢迎座谈会。", [("Conference", "2025-07-06", "贵阳市")]),
    ("7月6日,代表团返回青山市,出席了项目推介会。", [("Conference", "2025-07-06", "青山市")]),
    ("7月6日,副市长王明一行进入青山公司生产车间调研。", [("Inspection", "2025-07-06", "青山公司生产车间")]),
])
def test_return_and_enter(text, expected):
    assert events(text) == expected
