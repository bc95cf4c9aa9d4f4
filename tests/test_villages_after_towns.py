"""A village the gazetteer does not hold, written right after its town (东峤镇铁炉村) or listed after such a
village (南峰村、望山村), whatever the tagger cut; no count or common word before 村. Made-up sentences."""
from __future__ import annotations

import pytest

from kg.extract.context import Context
from kg.extract.places import extract_places
from kg.nlp.normalize import View


def _villages(text: str) -> list[str]:
    return [m.text for m in extract_places(View.of(text), Context()) if m.text.endswith("村")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("县长一行来到东峤镇铁炉村，察看村级卫生所。", ["铁炉村"]),
        ("他先后到大河家镇四堡子村、周家村调研。", ["四堡子村", "周家村"]),
        ("调研组在金罗镇白草村查看灾情。", ["白草村"]),
        # a count, a common word, or 村 opening a word: no village
        ("青山镇各村都有卫生室。", []),
        ("青山镇新农村建设成效明显。", []),
        ("青山镇村民代表参加会议。", []),
    ],
)
def test_villages_after_towns(text, expected):
    assert _villages(text) == expected
