"""The mass bodies of the base areas and the early People's Republic in careers of the 1930s-50s, written
short after their county (kg/rules/orgs/suffixes.tsv, forms.tsv; every sentence made up): 延川县农会主任,
延川县青救会文教科长 (青年救国会), 环县抗救会主席 (抗日救国会), 红泉县团委书记 (the county's youth league
committee, 中国共产主义青年团红泉县委员会); a school's 团委 stays as written."""
import pytest

from tests.kgread import posts_of

_LIFE = ("马六，1919年出生于陕西延川。\n1936年，任延川县农会主任、延川县青救会主任，环县抗救会主席。\n"
         "1938年，任红泉县团委书记。")


@pytest.mark.parametrize("post", [
    ("马六", "主任", "延川县农会"),
    ("马六", "主任", "延川县青年救国会"),
    ("马六", "主席", "环县抗日救国会"),
    ("马六", "书记", "中国共产主义青年团红泉县委员会"),
])
def test_bodies_of_a_career_of_the_1930s(post):
    assert post in posts_of(_LIFE, date="2017-03-25")


def test_a_school_youth_league_committee_as_written():
    assert ("王五", "书记", "清华大学团委") in posts_of("清华大学团委书记王五出席。", date="2017-03-25")
