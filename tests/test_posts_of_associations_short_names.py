"""Posts of a place's associations written by their short names (session 39, made-up sentences):
writers', artists' and veteran scientists' associations (省作协, 市美协, 四川省老科协, 中国老科协) are
keyed by their full names; words holding the same characters (合作协议, 农民协会) are not read as them."""
import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, expected", [
    ("四川省作协主席张明远出席会议。", [("张明远", "主席", "四川省作家协会")]),
    ("贵州省老科协会长张明远、副会长李春华出席会议。",
     [("张明远", "会长", "贵州省老科技工作者协会"), ("李春华", "副会长", "贵州省老科技工作者协会")]),
    ("中国老科协会长张明远出席会议。", [("张明远", "会长", "中国老科技工作者协会")]),
    ("市美协副主席张明远出席会议。", [("张明远", "副主席", "成都市美术家协会")]),
    ("云南省书协主席张明远、省摄协主席李春华出席。",
     [("张明远", "主席", "云南省书法家协会"), ("李春华", "主席", "云南省摄影家协会")]),
    ("县音协主席张明远、县剧协副主席李春华出席。",
     [("张明远", "主席", "金堂县音乐家协会"), ("李春华", "副主席", "金堂县戏剧家协会")]),
    ("双方签订合作协议，张明远主任出席。", [("张明远", "主任", None)]),
    ("他是农民协会会长张明远。", [("张明远", "会长", "农民协会")]),
])
def test_posts_of_associations_short_names(text, expected):
    place = "金堂县" if "县" in text[:2] else "成都市"
    assert posts_of(text, place=place) == expected
