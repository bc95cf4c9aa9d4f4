"""A head of a region's or a province's government whose title the level word opens (自治区主席, 省长) is of
the place written right before it, whose name holds that level word (西藏自治区 + 副主席: 西藏自治区人民政府,
not the publisher's region's; 吉林省 + 长: 吉林省人民政府), made-up sentences."""
from __future__ import annotations

import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, expected", [
    ("西藏自治区副主席张文岳昨天会见了客人。", ("张文岳", "副主席", "西藏自治区人民政府")),
    ("广西壮族自治区主席成克杰会见客人。", ("成克杰", "主席", "广西壮族自治区人民政府")),
    ("新疆维吾尔自治区副主席阿合买提江昨天会见了客人。",
     ("阿合买提江", "副主席", "新疆维吾尔自治区人民政府")),
    ("吉林省长王云坤会见客人。", ("王云坤", "省长", "吉林省人民政府")),
])
def test_the_place_written_before_the_level_word(text, expected):
    assert expected in posts_of(text)


def test_no_place_written_keeps_the_level():
    assert ("张文岳", "副主席", "自治区政府") in posts_of("自治区副主席张文岳出席了会议。")
