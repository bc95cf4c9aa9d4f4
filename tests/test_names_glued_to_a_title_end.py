"""Made-up texts: the tagger glues a title's or a body's last character (长, 局) to the name after it in a
word out of its dictionary (财务 + 长罗某某/nr, 支援 + 局梁某某/nr): the name is the rest; a dictionary
word (帝王将相) is no name."""
from __future__ import annotations

import pytest

from tests.kgread import article_of


def people(text: str) -> list[str]:
    return [m.text for m in article_of(text, date="2024-05-01").mentions if m.type == "PER"]


@pytest.mark.parametrize("text, name", [
    ("省长会见了美国加利福尼亚州财务长罗世云一行。", "罗世云"),
    ("工作组会见了市道协议会国际化支援局梁仲林局长。", "梁仲林"),
])
def test_name_after_a_glued_character(text, name):
    assert name in people(text)


def test_an_idiom_is_no_name():
    assert people("他们曾为帝王将相出谋划策。") == []
