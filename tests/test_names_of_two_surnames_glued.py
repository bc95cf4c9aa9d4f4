"""A name of two surnames and a two-character given name (a married woman's in Hong Kong) that the tagger
cuts before its last character, glued to the 于 of a time word (陈方安/nr + 生于/v + 今日), is whole: 生于 + a
time word of the day is no birth; 生于 + a year is, and stays a verb."""
import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, expected", [
    ("政务司司长陈方安生于今日上午启程前往北京。", [("陈方安生", "司长", "政务司")]),
    ("副主席陈方安生于今日上午启程前往北京。", [("陈方安生", "副主席", None)]),
    ("行政总裁梁王培生于昨日宣布辞职。", [("梁王培生", "行政总裁", None)]),
    # a three-character name born in a year: 生于 is the verb
    ("董事长陈方明生于1950年。", [("陈方明", "董事长", None)]),
])
def test_name_of_two_surnames_glued_to_a_time(text, expected):
    assert posts_of(text, date="1998-01-05", publisher="人民日报") == expected
