"""A bare 开幕式 after a forum or a conference told as held (…高峰论坛在德州召开。…出席开幕式) is the opening
of that meeting, a part of it: one event, with the opening's people. Made-up sentences of the shapes news
uses."""
from __future__ import annotations

import pytest
from kgread import events_of


def events(text: str):
    return [(e.type, e.date, e.place.text if e.place else None, e.chair.text if e.chair else None)
            for e in events_of(text, date="2025-12-14")]


@pytest.mark.parametrize("text, expected", [
    ("7月29日,2025青山骨科高峰论坛在白水召开。省医学会秘书长王林出席开幕式并致辞。开幕式由副院长李东主持。",
     [("Conference", "2025-07-29", "白水", "李东")]),
    ("1月13日,白水市医学会2025年年会在青山举办。院士张明出席开幕式。",
     [("Conference", "2025-01-13", "青山", None)]),
])
def test_opening_of_meeting_told(text, expected):
    assert events(text) == expected
