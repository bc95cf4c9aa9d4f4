"""Made-up texts: 常委 written right after a people's congress (全国人大常委, 省人大常委) is a member of its
standing committee (人民代表大会常务委员会), as 主任 and 副委员长 written so are."""
from __future__ import annotations

import pytest

from tests.kgread import posts_of


@pytest.mark.parametrize("text, place, post", [
    ("全国人大常委，东山省侨联主席颜大珂女士一行到访。", None,
     ("颜大珂", "常委", "全国人民代表大会常务委员会")),
    ("省人大常委、省侨联主席张小三出席。", "广州市",
     ("张小三", "常委", "广东省人民代表大会常务委员会")),
])
def test_members(text, place, post):
    assert post in posts_of(text, date="2024-05-01", place=place)
