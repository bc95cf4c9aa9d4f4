"""Made-up texts: a one-character given name the tagger glues to the 副 of a deputy's title (韩 + 正副/b +
主席) after a surname is the name's end (韩正, 副主席); 正副 after a word of many (各级, 党委) names both
chairs and deputies, no person."""
from __future__ import annotations

import pytest

from tests.kgread import article_of


def _people(text: str) -> list[str]:
    return [m.text for m in article_of(text, date="2024-05-01").mentions if m.type == "PER"]


@pytest.mark.parametrize("text, name", [
    ("韩正副主席会见了客人。", "韩正"),
    ("李正副市长出席会议。", "李正"),
])
def test_name(text, name):
    assert name in _people(text)


@pytest.mark.parametrize("text", ["各级正副主席参加。", "党委正副书记出席。"])
def test_no_name(text):
    assert not _people(text)
