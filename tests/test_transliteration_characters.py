"""Characters of transliterated names that people/translit_chars lacked (昌, 施, 琴, 济 ...): a foreign name
after a title is read whole, not cut before the first of them (made-up names)."""
import pytest
from kgread import article_of


@pytest.mark.parametrize("text, expected", [
    ("尼泊尔总理达普拉昌说，两国关系良好。", ["达普拉昌"]),
    ("外长施特莱曼表示，会谈富有成果。", ["施特莱曼"]),
    ("主教练舍甫琴纳在赛后说，球队发挥出色。", ["舍甫琴纳"]),
    ("总统米尔济诺夫会见了代表团。", ["米尔济诺夫"]),
])
def test_transliteration_characters(text, expected):
    r = article_of(text, date="2024-01-05")
    assert [m.text for m in r.mentions if m.type == "PER"] == expected
