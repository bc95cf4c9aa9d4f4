"""Councils of places abroad (session 43, made-up sentences): a council's post (议员, 议长) written right
after a city, a county or a province with its level written (西雅图市议员, 纳闽市议长) is of that place's
council, whether the gazetteer knows the place by its name without the level (西雅图) or not at all (纳闽市):
China's divisions have no 议员; so is one told after a name with a verb of holding (现为里昂市议员). A place
written without its level (列治文山, which the gazetteer reads as 文山州) names no council."""
import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, expected", [
    ("华人协会举办新春晚会,西雅图市议员张建国、李文华到场祝贺。",
     [("张建国", "议员", "西雅图市议会"), ("李文华", "议员", "西雅图市议会")]),
    ("華人協會舉辦新春晚會,西雅圖市議員張建國到場祝賀。", [("張建國", "议员", "西雅图市议会")]),
    ("纳闽市议长黄建明出席。", [("黄建明", "议长", "纳闽市议会")]),
    ("协会副会长李建华现为里昂市议员。", [("李建华", "副会长", None), ("李建华", "议员", "里昂市议会")]),
])
def test_councils_of_places_abroad(text, expected):
    assert posts_of(text, date="2021-05-01") == expected


def test_a_place_without_its_level_names_no_council():
    assert all(org is None or "文山" not in org for _, _, org in posts_of("列治文山议员陈志明出席。"))


@pytest.mark.parametrize("text, expected", [
    # a province abroad by its short name (places/world: 安省 is 安大略省)
    ("安省议员赵成明、安省省长韦恩出席晚会。",
     [("赵成明", "议员", "安大略省议会"), ("韦恩", "省长", "安大略省")]),
    ("卑诗省议员李文华出席晚会并致辞。", [("李文华", "议员", "不列颠哥伦比亚省议会")]),
    # a level alone after a council's post in the sentence (市议员 after 纳闽市议长): that council's
    ("纳闽市议长黄建明、市议员陈志强、吴建华出席。",
     [("黄建明", "议长", "纳闽市议会"), ("陈志强", "议员", "纳闽市议会"), ("吴建华", "议员", "纳闽市议会")]),
])
def test_councils_of_provinces_and_levels_abroad(text, expected):
    assert posts_of(text, date="2021-05-01") == expected
