"""After a post's title, a name of two the tagger reads, then a word of two it glued of a function word of a
name's clause (people/next_word_chars flag glued: 已, 曾, 将) and a verb it glues to names (任, 率, 为): the
function word is the clause's, no third of the name (原市长李军 + 已任); another character may be the name's
(王海 + 进说, 王国 + 中曾) (made-up)."""
import pytest
from kgread import article_of


@pytest.mark.parametrize("text, expected", [
    ("原市长李军已任省委常委。", ["李军"]),
    ("前任县长赵峰已任市委秘书长。", ["赵峰"]),
    ("副市长王海进说，要抓好落实。", ["王海进"]),
])
def test_adverb_after_name_not_glued(text, expected):
    r = article_of(text, date="2024-01-05")
    assert [m.text for m in r.mentions if m.type == "PER"] == expected
