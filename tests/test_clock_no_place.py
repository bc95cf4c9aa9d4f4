"""A place's name before 时间 after 在 or 于 is the clock a time is told by (在台湾时间18日下午拜访X,
在北京时间…), not where the event is. Made-up sentences of the shapes news uses."""
from __future__ import annotations

import pytest
from kgread import events_of


def events(text: str):
    return [(e.type, e.date, e.place.text if e.place else None)
            for e in events_of(text, date="2025-06-14", place="鄂尔多斯市")]


@pytest.mark.parametrize("text, expected", [
    ("医疗团团长王立新在台湾时间12日下午拜访白水大学医学中心。",
     [("Visit", "2025-06-12", "白水大学医学中心")]),
    ("代表团团长王立新在北京时间12日上午拜访青山大学。", [("Visit", "2025-06-12", "青山大学")]),
    # a place after the clock is the place
    ("代表团团长王立新于当地时间12日在阿克拉拜访青山大学。", [("Visit", "2025-06-12", "阿克拉")]),
])
def test_clock_is_no_place(text, expected):
    assert events(text) == expected
