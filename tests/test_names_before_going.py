"""A two-character name after a title, then the one-character verb of going 赴 (made-up texts): the verb
starts the next word (people/next_word_chars), it is no third character of the name."""
from __future__ import annotations

import pytest

from tests.kgread import article_of


@pytest.mark.parametrize("text, name", [
    ("5月8日，市委书记张华赴北京出席会议。", "张华"),
    ("5月8日，市长王明赴上海考察。", "王明"),
])
def test_name_before_the_next_word(text, name):
    r = article_of(text, date="2024-05-09")
    assert [m.text for m in r.mentions if m.type == "PER"][0] == name
