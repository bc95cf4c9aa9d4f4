"""Made-up texts: a county's CPPCC committee written in full, the county's level word read by the tagger as a
morpheme (青山 + 县/zg + 委员会), is one body; a name after a post's title that ends in a town's unit, a
surname and no village's mark before it (李建镇, not 王家镇), is a person."""
from __future__ import annotations

import pytest

from tests.kgread import article_of, posts_of


def test_county_cppcc_committee_in_full():
    posts = posts_of("中国人民政治协商会议青山县委员会主席王立群出席会议。", date="2024-05-01")
    assert ("王立群", "主席", "中国人民政治协商会议青山县委员会") in posts


@pytest.mark.parametrize("text, name", [
    ("青山市副市长李建镇出席活动。", "李建镇"),
    ("副市长李建村、副县长赵永乡出席。", "赵永乡"),
])
def test_name_ending_in_a_town_unit(text, name):
    r = article_of(text, date="2024-05-01")
    assert name in [m.text for m in r.mentions if m.type == "PER"]


def test_a_town_stays_a_town():
    r = article_of("县委书记到王家镇调研。", date="2024-05-01")
    assert "王家镇" in [m.text for m in r.mentions if m.type == "LOC"]


def test_forestry_abbreviation_is_no_name():
    r = article_of("国家林草局局长刘东明出席会议。", date="2024-05-01")
    assert [m.text for m in r.mentions if m.type == "PER"] == ["刘东明"]
    posts = [(m.person.text, m.role, m.organization) for m in r.memberships]
    assert ("刘东明", "局长", "国家林业和草原局") in posts
