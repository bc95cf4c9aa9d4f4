"""A sentence opening with the end of an event's name told before and when it happened around it
(升旗仪式结束后, after a name read with its subject, 特区政府1日上午举行升旗仪式) is on that
event's day, not when that event was told over several days (会议期间 after 10日至13日). Made-up sentences
of the shapes news uses."""
from __future__ import annotations

import pytest
from kgread import events_of


def events(text: str):
    return [(e.type, e.date, e.trigger.text) for e in events_of(text, date="2024-07-02", place="香港")]


@pytest.mark.parametrize("text, expected", [
    ("青山特区政府1日上午举行升旗仪式。升旗仪式上午8时在金紫荆广场举行,行政长官李家超出席。\n"
     "升旗仪式结束后,嘉宾移步会议展览中心出席庆祝酒会。",
     [("Ceremony", "2024-07-01", "青山特区政府1日上午举行升旗仪式"), ("Ceremony", "2024-07-01", "庆祝酒会")]),
    ("秘书长李明率代表团于6月10日至13日出席了在首尔举行的国际会议。\n会议期间,代表团会见了首尔市副市长金正浩。",
     [("Meeting", "2024-06-10", "国际会议"), ("Reception", None, "会见")]),
])
def test_around_the_event_told(text, expected):
    assert events(text) == expected
