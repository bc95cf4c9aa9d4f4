"""A body named in full, then by a short name that takes its characters in their order and ends in its head
word (session 39, made-up sentences): the short name is the body named in full (宗乡总会 of 新加坡宗乡会馆联合
总会); not when what it leaves out holds a place's level (市人大常委会 of 市梁园区人大常委会) or a parent
body (北京医院 is no short name of 北京大学第一医院)."""
import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, expected", [
    ("新加坡宗乡会馆联合总会举行就职典礼。宗乡总会会长李志明致辞。",
     [("李志明", "会长", "新加坡宗乡会馆联合总会")]),
    ("马来西亚福建社团联合会举行典礼。福建联合会会长李志明致辞。",
     [("李志明", "会长", "马来西亚福建社团联合会")]),
    ("北京大学第一医院院长王大明、北京医院院长李志明出席。",
     [("王大明", "院长", "北京大学第一医院"), ("李志明", "院长", "北京医院")]),
    ("青山市梁园区人大常委会召开会议，市人大常委会主任李志明出席。",
     [("李志明", "主任", "上海市人民代表大会常务委员会")]),
])
def test_bodies_named_short_after_in_full(text, expected):
    assert posts_of(text, place="上海市") == expected
