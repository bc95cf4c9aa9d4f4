"""Made-up texts: a party's 总书记 written after the party (越南共产党总书记, 越共总书记) is of its
central committee when orgs/national names one (越南共产党中央 -> 越南共产党中央委员会, as 中共中央总书记
is of 中国共产党中央委员会); of a party with none named there (西班牙工人社会党), of the party."""
from __future__ import annotations

import pytest

from tests.kgread import posts_of

CASES = [
    ("新华社河内１月６日电 越共总书记黎文山最近接受采访时说，要勤俭建国。",
     ("黎文山", "总书记", "越南共产党中央委员会")),
    ("越南共产党总书记黎文山会见了中国代表团。", ("黎文山", "总书记", "越南共产党中央委员会")),
    ("西班牙工人社会党总书记阿尔穆尼亚会见了代表团。", ("阿尔穆尼亚", "总书记", "西班牙工人社会党")),
    # a neighbour party's politburo is its own, not the CPC's 中央政治局
    ("越共中央政治局常委阮文明会见了代表团。", ("阮文明", "常委", "越南共产党中央委员会政治局")),
    ("中央政治局常委胡锦涛会见了代表团。", ("胡锦涛", "常委", "中国共产党中央委员会政治局")),
]


@pytest.mark.parametrize("text,post", CASES)
def test_the_party_leader(text, post):
    assert post in posts_of(text, date="1998-01-10")
