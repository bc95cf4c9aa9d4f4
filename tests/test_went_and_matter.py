"""Two shapes of inspection news: a verb of going with 了 before the place gone to (来到了罗溪镇进行调研),
and an act whose clause opens with the matter it is about (就…进行了综合观摩), its subject the
sentence's: a body organising leaders, whose clause comes before. Made-up sentences of the shapes news
uses."""
from __future__ import annotations

import pytest
from kgread import events_of


def events(text: str):
    return [(e.type, e.date, e.place.text if e.place else None) for e in events_of(text, date="2025-06-14")]


@pytest.mark.parametrize("text, expected", [
    ("4月22日,副区长王明来到了白沙镇进行调研。", [("Inspection", "2025-04-22", "白沙镇")]),
    ("4月22日,县委书记李刚一行来到了青山县人民医院调研。", [("Inspection", "2025-04-22", "青山县人民医院")]),
    ("10月22日,白水县组织全体县级领导,就各镇街重点工作进行了综合观摩。",
     [("Inspection", "2025-10-22", None)]),
    # 就 as an adverb opens no such clause: a speech's words
    ("10月22日,白水县召开全县经济工作会议。县长王明指出,就要深入基层调研。",
     [("Meeting", "2025-10-22", "白水县")]),
])
def test_went_and_matter(text, expected):
    assert events(text) == expected
