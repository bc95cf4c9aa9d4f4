"""A clause opened by 其间, 此间 or 在此期间 after a clause telling where its subject went goes on with that
subject (王毅访问俄罗斯，其间会见普京: 王毅 meets 普京, a Reception of its own). Made-up sentences of the
shapes news on trips uses."""
from __future__ import annotations

import pytest
from kgread import events_of


def events(text: str):
    return [(e.type, [a.text for a in e.attendees])
            for e in events_of(text, date="2025-03-10", place="北京市")]


@pytest.mark.parametrize("text, expected", [
    ("外交部长王毅3月8日至9日访问俄罗斯，其间会见俄罗斯总统普京。",
     [("Visit", ["王毅"]), ("Reception", ["王毅", "普京"])]),
    ("省长刘峰3月5日至7日在日本访问，在此期间会见了东京都知事王芳。",
     [("Visit", ["刘峰"]), ("Reception", ["刘峰", "王芳"])]),
    ("市长张强3月5日至7日率团访问新加坡，此间会见了新加坡贸工部长李伟。",
     [("Visit", ["张强"]), ("Reception", ["张强", "李伟"])]),
])
def test_acts_during_a_trip(text, expected):
    assert events(text) == expected
