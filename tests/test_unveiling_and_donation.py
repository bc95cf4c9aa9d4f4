"""An unveiling told by its verb (市长A与B共同为…揭牌) and a donation ceremony (捐赠活动, 捐赠仪式) are
ceremonies; 揭牌 inside 揭牌仪式 stays the ceremony's name. Made-up sentences of the shapes local news
uses."""
from __future__ import annotations

import pytest
from kgread import events_of


def events(text: str):
    return [(e.type, e.date, sorted(a.text for a in e.attendees))
            for e in events_of(text, date="2024-06-05", place="青山市")]


@pytest.mark.parametrize("text, expected", [
    ("6月3日,市长李明与白水集团董事长王刚共同为青山产业园揭牌。",
     [("Ceremony", "2024-06-03", ["李明", "王刚"])]),
    ("6月3日,青山产业园揭牌仪式举行。市长李明与白水集团董事长王刚共同为产业园揭牌。",
     [("Ceremony", "2024-06-03", ["李明", "王刚"])]),
    ("6月3日,青山商会向区红十字会捐赠100万元。副区长高翔主持捐赠仪式。",
     [("Ceremony", "2024-06-03", ["高翔"])]),
])
def test_unveiling_and_donation(text, expected):
    assert events(text) == expected
