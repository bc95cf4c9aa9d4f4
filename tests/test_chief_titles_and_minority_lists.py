"""Made-up texts: a chief's post (总教练, 副总建筑师, 副总队长, 首席交易员) is its own role, of the body
written before it, and a list of names right after a post's title keeps its Tibetan, Mongolian and Uyghur
names written without a dot (副主席王明、次仁卓嘎、洛桑丹增: 洛桑 is a city's name too)."""
from __future__ import annotations

import pytest

from tests.kgread import posts_of

CHIEFS = [
    ("青山游泳队总教练王大明说，队员状态很好。", ("王大明", "总教练", "青山游泳队")),
    ("青山游泳队副总教练王大明说，队员状态很好。", ("王大明", "副总教练", "青山游泳队")),
    ("青山市规划委员会副总建筑师李小红介绍说，小区将有绿地。", ("李小红", "副总建筑师", "青山市规划委员会")),
    ("青山航空公司飞行总队副总队长刘芳说，安全第一。", ("刘芳", "副总队长", "青山航空公司飞行总队")),
    ("青山银行首席交易员张强说，市场平稳。", ("张强", "首席交易员", "青山银行")),
]


@pytest.mark.parametrize(("text", "post"), CHIEFS)
def test_a_chiefs_post_is_its_own(text, post):
    assert post in posts_of(text, date="1998-01-10")


LISTS = [
    ("自治区副主席王明、次仁卓嘎、洛桑丹增出席了会议。", ["王明", "次仁卓嘎", "洛桑丹增"]),
    ("自治区副主席次仁卓嘎、洛桑丹增出席了会议。", ["次仁卓嘎", "洛桑丹增"]),
    ("副主席王大明、次仁、刘小红出席了会议。", ["王大明", "次仁", "刘小红"]),
]


@pytest.mark.parametrize(("text", "names"), LISTS)
def test_each_name_of_a_titled_list_holds_the_post(text, names):
    assert [person for person, role, _ in posts_of(text, date="1998-01-10") if role == "副主席"] == names


def test_a_list_of_states_is_no_list_of_names():
    assert posts_of("这些产品出口到巴西、智利、阿根廷等国。", date="1998-01-10") == []
