"""A session that opens or closes amid the anthem (在雄壮的国歌声中开幕) opens or closes there: the sound is
no place, so the session told before stays one event, and a session first told so is its opening. Made-up
sentences of the shapes news uses."""
from __future__ import annotations

import pytest
from kgread import events_of


def events(text: str):
    return [(e.type, e.date, e.trigger.text) for e in events_of(text, date="2025-12-14")]


@pytest.mark.parametrize("text, expected", [
    ("11月30日,青山镇第一届人民代表大会第一次会议在镇政府二楼会议室召开。上午9时,大会在雄壮的国歌声中开幕。",
     [("Meeting", "2025-11-30", "青山镇第一届人民代表大会第一次会议")]),
    ("8月17日,白水区第十九届人民代表大会第四次会议在雄壮的国歌声中开幕。",
     [("Opening", "2025-08-17", "开幕")]),
])
def test_session_amid_anthem(text, expected):
    assert events(text) == expected
