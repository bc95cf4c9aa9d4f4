"""A dash between two names the tagger's dictionary knows (克林顿—普里马科夫会晤) joins two people, not one
name; 叶, a common surname, is no transliteration syllable (people/translit_chars): 叶华 is a
Chinese name the tagger tags (萧三同志的夫人叶华), not a foreign one that needs context."""
import pytest
from kgread import article_of


@pytest.mark.parametrize("text, expected", [
    ("克林顿—普里马科夫会晤将在下月举行。", ["克林顿", "普里马科夫"]),
    ("克林顿—叶利钦会晤将在下月举行。", ["克林顿", "叶利钦"]),
    ("萧三同志的夫人叶华把稿费捐出。", ["萧三", "叶华"]),
])
def test_names_around_a_dash_and_ye(text, expected):
    r = article_of(text, date="1998-01-05", publisher="人民日报")
    assert [m.text for m in r.mentions if m.type == "PER"] == expected
