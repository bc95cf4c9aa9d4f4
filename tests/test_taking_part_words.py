"""Ways news names those who take part with no event named after the verb: 参加 or 出席 ending its clause
(…会见了X一行。县领导A、B等参加。: the event told last) and 致欢迎辞. Made-up sentences of the shapes news
uses."""
from __future__ import annotations

import pytest
from kgread import events_of


def events(text: str):
    return [(e.type, sorted(a.text for a in e.attendees)) for e in events_of(text, date="2025-12-14")]


@pytest.mark.parametrize("text, expected", [
    ("5月6日,县长王明会见了白水集团董事长李刚一行。县领导张华、刘强等参加。",
     [("Reception", ["刘强", "张华", "李刚", "王明"])]),
    ("5月6日,县长王明到青山镇调研。副县长张华参加。", [("Inspection", ["张华", "王明"])]),
    ("5月6日,青山论坛开幕。市长王明致欢迎辞。", [("Opening", ["王明"])]),
])
def test_taking_part_words(text, expected):
    assert events(text) == expected


# the hosts who receive a visit take part in it (受到X的热情接待, X热情接待了Y一行)
@pytest.mark.parametrize("text, expected", [
    ("5月6日,白水集团董事长张华一行来我县考察,受到县委书记王明的热情接待。", [("Visit", ["张华", "王明"])]),
    ("5月6日,白水集团董事长张华一行来我县考察。县委书记王明、县长李刚热情接待了张华一行。",
     [("Visit", ["张华", "李刚", "王明"])]),
])
def test_hosts_of_a_visit(text, expected):
    assert events(text) == expected
