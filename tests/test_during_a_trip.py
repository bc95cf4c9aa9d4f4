"""An event told in a clause opening with 期间 after a trip of several days is on one of its days, untold,
even when it names its own place (期间,两市在X召开…会议). Made-up sentences of the shapes news uses."""
from __future__ import annotations

import pytest
from kgread import events_of


def events(text: str):
    return [(e.type, e.date, e.place.text if e.place else None) for e in events_of(text, date="2025-06-14")]


@pytest.mark.parametrize("text, expected", [
    ("6月2日到6月3日,白水市党政代表团赴青山市考察学习。期间,两市在青山市召开东西部协作工作联席会议。",
     [("Visit", "2025-06-02", "青山市"), ("Meeting", None, "青山市")]),
    ("6月2日至3日,白水市党政代表团赴青山市考察学习。期间,代表团与青山市企业家举行座谈会。",
     [("Visit", "2025-06-02", "青山市"), ("Conference", None, "青山市")]),
])
def test_during_a_trip(text, expected):
    assert events(text) == expected
