"""A body named like an event between 由 and a verb of organising (由青山论坛、白水大学共同主办…)
organises the event, it is none; the event organised after the verb (由…联合主办的…大展开幕) stays;
今次 refers back like 此次. Made-up sentences of the shapes news uses."""
from __future__ import annotations

import pytest
from kgread import events_of


def events(text: str):
    return [(e.type, e.date, e.trigger.text) for e in events_of(text, date="2015-05-18", place="香港")]


@pytest.mark.parametrize("text, expected", [
    ("由青山论坛和白水大学共同主办「青山发展论坛」今日在白水会展中心举行开幕仪式。行政长官李明出席开幕仪式。\n"
     "李明在致辞中表示,参与今次论坛各国代表约800人。",
     [("Conference", "2015-05-18", "青山发展论坛")]),
    ("由青山传媒集团与白水文化公司联合主办的光影艺术大展今日开幕。",
     [("Opening", "2015-05-18", "开幕")]),
])
def test_organiser_named(text, expected):
    assert events(text) == expected
