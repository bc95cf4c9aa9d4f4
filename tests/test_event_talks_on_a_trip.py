"""Talks held on a visit or an inspection, told in a clause going on with the sentence's subject with only a
verb opening the act (made-up text: …参观了X,并进行了座谈交流; 并就…进行了座谈): a meeting of their own, the
people and the places of the sentence; a plan told so (会议要求…,并开展调研) none."""
from __future__ import annotations

import pytest

from tests.kgread import events_of


def _types(text: str) -> list[str]:
    return [e.type for e in events_of(text, date="2025-11-03")]


@pytest.mark.parametrize(("text", "first"), [
    ("10月20日,企业家一行参观了青山产业园,并进行了座谈交流。", "Visit"),
    ("5月3日,王明一行考察了白水镇,并就乡村振兴进行了座谈。", "Inspection"),
    ("9月1日,代表团参观了东山博物馆,并开展了座谈交流。", "Visit"),
])
def test_talks_on_a_trip(text: str, first: str) -> None:
    assert _types(text) == [first, "Conference"]


@pytest.mark.parametrize("text", [
    "会议要求,各部门要加强沟通,并开展调研。",
    "会议强调,要深化合作,并进行座谈。",
])
def test_plans_are_none(text: str) -> None:
    assert _types(text) == []
