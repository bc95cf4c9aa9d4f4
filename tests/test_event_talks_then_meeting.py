"""Talks told as an act, then a meeting of the same type named in a sentence a word of what came next opens
(made-up text: X与Y进行了座谈。随后，召开…座谈会): two happenings; with no such word, or after a headline
telling the act, the one meeting."""
from __future__ import annotations

import pytest

from tests.kgread import events_of


def _meetings(text: str) -> list[str]:
    return [e.trigger.text for e in events_of(text, date="2025-09-03") if e.type == "Conference"]


@pytest.mark.parametrize(("text", "named"), [
    ("6月5日上午,王明与青山县委书记李强进行了座谈。随后,青山县召开对口帮扶座谈会。", "对口帮扶座谈会"),
    ("3月2日,李华与白水镇党委书记张强进行了座谈。之后,白水镇召开企业家座谈会,李华出席。", "企业家座谈会"),
    ("8月9日下午,市长赵刚与东山集团董事长钱伟进行座谈。接着,双方举行企业家座谈会。", "企业家座谈会"),
])
def test_talks_then_meeting_are_two(text: str, named: str) -> None:
    assert _meetings(text) == ["座谈", named]


@pytest.mark.parametrize("text", [
    "6月5日上午,王明与青山县委书记李强进行了座谈。青山县召开对口帮扶座谈会。",
    "王明一行来青山县座谈\n6月5日上午,王明一行来到青山县。随后,青山县召开对口帮扶座谈会。",
])
def test_one_meeting(text: str) -> None:
    assert len(_meetings(text)) == 1
