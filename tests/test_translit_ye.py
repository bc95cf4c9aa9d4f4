"""A foreign name the tagger reads as a place, its characters all of a transliteration (乌叶海亚/ns: 叶 as in
叶利钦, people/translit_chars), right after a foreign leader's title is the name. A dash between two names
the tagger's dictionary knows (克林顿—叶利钦会晤) joins two people, not one name."""
import pytest
from kgread import article_of, posts_of


@pytest.mark.parametrize("text, expected", [
    ("阿尔及利亚总理乌叶海亚１１日在这里会见客人。", [("乌叶海亚", "总理", "阿尔及利亚")]),
    ("阿尔及利亚总理乌叶海亚今天在这里会见客人。", [("乌叶海亚", "总理", "阿尔及利亚")]),
])
def test_foreign_names_of_ye(text, expected):
    assert posts_of(text, date="1998-01-05", publisher="人民日报") == expected


@pytest.mark.parametrize("text, expected", [
    ("克林顿—普里马科夫会晤将在下月举行。", ["克林顿", "普里马科夫"]),
    ("克林顿—叶利钦会晤将在下月举行。", ["克林顿", "叶利钦"]),
])
def test_a_dash_between_two_known_names_joins_two_people(text, expected):
    r = article_of(text, date="1998-01-05", publisher="人民日报")
    assert [m.text for m in r.mentions if m.type == "PER"] == expected
