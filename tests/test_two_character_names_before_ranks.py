"""A name of two characters after an army title and before a rank (副司令员朱启少将, 参谋长张黎少将): the
name ends before the rank (people/ranks), not with the rank's first character (朱启少 + 将: the tagger reads
将 as an adverb after a name of three); and a name of three whose last character may end a body's name
(堂, 村: people/not_name_endings) is a name before a rank (政委姜福堂中将);
made-up sentences of 1998 army news."""
import pytest
from kgread import article_of, posts_of


def _people(text: str) -> list[str]:
    return [m.text for m in article_of(text, date="1998-01-09").mentions if m.type == "PER"]


@pytest.mark.parametrize("text, expected", [
    ("北京军区副司令员朱启少将出席了会议。", ["朱启"]),
    ("广州军区参谋长张黎少将陪同参观。", ["张黎"]),
    ("兰州军区副司令员王强少将、副政委刘东中将等出席。", ["王强", "刘东"]),
    ("海军副政委李平上将讲话。", ["李平"]),
    # a name of three before a rank stays whole, one whose last character may end a body's name too (堂, 村)
    ("南京军区政委方祖岐中将讲话。", ["方祖岐"]),
    ("沈阳军区政委姜福堂中将出席。", ["姜福堂"]),
    ("济南军区司令员王国村少将出席。", ["王国村"]),
])
def test_name_ends_before_a_rank(text, expected):
    assert _people(text) == expected


def test_the_post_is_the_names():
    assert posts_of("成都军区副司令员刘东少将到部队视察。", date="1998-01-09") == [
        ("刘东", "副司令员", "成都军区")]
