"""A preposition glued to a surname in the tagger's name of two (对王/nr, 由林/nr) and the word after it,
of one or two characters that are no function word nor title, make a name when a form of address or a title
follows (对王 + 永胜 + 先生, 对王 + 秀林 + 董事长); not a surname and a title (对王书记说: 王, a bare
surname) (made-up)."""
import pytest
from kgread import article_of


@pytest.mark.parametrize("text, expected", [
    ("董事会对王永胜先生表示感谢。", ["王永胜"]),
    ("大家对王秀英女士表示感谢。", ["王秀英"]),
    ("考察团对王秀林董事长的接待表示感谢。", ["王秀林"]),
    ("他对王书记说，工作很顺利。", ["王"]),
])
def test_given_name_after_glued_surname(text, expected):
    r = article_of(text, date="2024-01-05", publisher="人民日报")
    assert [m.text for m in r.mentions if m.type == "PER"] == expected
