"""A dash between two parts of a foreign name joins them as a middle dot does (卡洛斯—贝拉诺, 马里奥-罗西):
a transliteration on the far side of a long dash or a hyphen; two names the tagger's dictionary knows on
either side of a long dash stay two people (克林顿—叶利钦会晤, tests/test_dash_between_names.py)."""
import pytest
from kgread import article_of


@pytest.mark.parametrize("text, expected", [
    ("外交部任命斯韦勒—拉森为特使。", ["斯韦勒—拉森"]),
    ("外交部任命莫娜—朱尔为特使。", ["莫娜—朱尔"]),
    ("主帅阿尔贝托-马蒂内斯成为本赛季第二位下课的主教练。", ["阿尔贝托-马蒂内斯"]),
    ("克林顿—叶利钦会晤将在下月举行。", ["克林顿", "叶利钦"]),
])
def test_foreign_names_joined_by_dashes(text, expected):
    r = article_of(text, date="2024-01-05")
    assert [m.text for m in r.mentions if m.type == "PER"] == expected
