"""A place's youth league committee written with its level after 团 (海宁团市委, 浙江团省委) is the
committee's full name, as 红泉县团委 is (kg/rules/orgs/forms.tsv; every sentence made up)."""
import pytest

from tests.kgread import article_of


def _orgs(text: str) -> dict[tuple[str, str], str | None]:
    return {(m.person.text, m.role): m.organization for m in article_of(text, date="2015-07-22").memberships}


@pytest.mark.parametrize("text, post, org", [
    ("朱明1972年2月出生于浙江海宁，先后任海宁团市委副书记、书记，郭店镇镇长。", ("朱明", "副书记"),
     "中国共产主义青年团海宁市委员会"),
    ("王刚曾任宜昌团市委书记、猇亭区区长。", ("王刚", "书记"), "中国共产主义青年团宜昌市委员会"),
    ("李华任浙江团省委副书记。", ("李华", "副书记"), "中国共产主义青年团浙江省委员会"),
    ("赵强曾任磐安团县委书记。", ("赵强", "书记"), "中国共产主义青年团磐安县委员会"),
])
def test_a_youth_league_committee_by_its_level(text, post, org):
    assert _orgs(text)[post] == org
