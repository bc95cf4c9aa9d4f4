"""A premier's or vice premier's post on the page of a publisher abroad (session 39, made-up sentences): a
bare 总理 or 副总理 (我国副总理X in a Singapore paper) is the home state's, not China's State Council; one
written with China's name or its State Council's is China's, and on a page at home 我国总理 stays China's."""
import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, place, expected", [
    ("东方会馆举行就职典礼，我国副总理兼财政部长黄明达见证宣誓。", "新加坡",
     [("黄明达", "副总理", "新加坡"), ("黄明达", "部长", "财政部")]),
    ("新加坡东方会馆举行就职典礼，副总理黄明达见证宣誓。", "新加坡", [("黄明达", "副总理", "新加坡")]),
    ("东方会馆举行典礼，总理黄明达致辞。", "新加坡", [("黄明达", "总理", "新加坡")]),
    ("东方会馆举行典礼，副总理黄明达致辞。", "吉隆坡", [("黄明达", "副总理", "马来西亚")]),
    ("东方会馆举行典礼，中国国务院副总理黄明达致辞。", "新加坡",
     [("黄明达", "副总理", "中华人民共和国国务院")]),
    ("东方会馆举行典礼，副总理黄明达致辞。", "澳门", [("黄明达", "副总理", "中华人民共和国国务院")]),
    ("东方会馆举行典礼，我国总理黄明达致辞。", "北京市", [("黄明达", "总理", "中华人民共和国国务院")]),
])
def test_premiers_of_publishers_abroad(text, place, expected):
    assert posts_of(text, place=place) == expected
