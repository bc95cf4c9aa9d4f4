"""An act verb written right before the noun of a meeting says what the meeting is for (made-up
text: 对口帮扶调研座谈会, 来区考察座谈会): part of its name, read whole, no inspection or visit of its
own; before a ceremony's noun the act keeps its type (项目移交仪式: a hand-over), and an act in a clause
of its own stays."""
from __future__ import annotations

import pytest

from tests.kgread import events_of


def _events(text: str) -> list[tuple[str, str]]:
    return [(e.type, e.trigger.text) for e in events_of(text, date="2025-09-03")]


@pytest.mark.parametrize(("text", "name"), [
    ("6月5日,青山县召开对口帮扶调研座谈会。", "对口帮扶调研座谈会"),
    ("4月3日,区政府召开乡友来区考察座谈会。", "乡友来区考察座谈会"),
    ("8月2日,东山市召开民营企业走访座谈会。", "民营企业走访座谈会"),
])
def test_meeting_named_by_its_purpose(text: str, name: str) -> None:
    assert _events(text) == [("Conference", name)]


def test_ceremony_keeps_the_act() -> None:
    assert [t for t, _ in _events("7月22日,两国元首出席青山竞技场项目移交仪式。")] == ["HandOver"]


def test_act_of_its_own_clause() -> None:
    assert [t for t, _ in _events("6月5日,王明到青山县调研,并召开座谈会。")] == ["Inspection", "Conference"]
