"""省会 (a province's capital) cut by the tagger after the province's name (贵州省/ns + 会/v): the province is
the name without 省. Made-up sentences."""
from __future__ import annotations

import pytest

from kg.extract.context import Context
from kg.extract.places import extract_places
from kg.nlp.normalize import View


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("代表团抵达贵州省会贵阳。", [("贵州", "贵州省"), ("贵阳", "贵阳市")]),
        ("四川省会成都的夜景。", [("四川", "四川省"), ("成都", "成都市")]),
        ("河南省会同有关部门开展检查。", [("河南省", "河南省")]),  # 会同: together with
    ],
)
def test_province_before_its_capital_word(text, expected):
    assert [(m.text, m.key) for m in extract_places(View.of(text), Context())] == expected
