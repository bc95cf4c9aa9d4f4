"""A member of a party body's standing committee written in full (中共中央顾问委员会常务委员会委员) is
the body's 常委, as its short form (中顾委常委, 政治局常委) is read; a congress's standing committee stays a
body of its own (made-up texts)."""
from __future__ import annotations

import pytest

from tests.kgread import posts_of


@pytest.mark.parametrize("text, expected", [
    ("原中共中央顾问委员会常务委员会委员周大年同志逝世。", [("周大年", "常委", "中国共产党中央顾问委员会")]),
    ("中共中央政治局常务委员会委员周大年出席。", [("周大年", "常委", "中国共产党中央委员会政治局")]),
    ("原中顾委常委周大年同志逝世。", [("周大年", "常委", "中国共产党中央顾问委员会")]),
    ("湖北省人大常务委员会委员周大年出席。", [("周大年", "委员", "湖北省人民代表大会常务委员会")]),
])
def test_a_member_of_a_party_bodys_standing_committee(text, expected):
    assert posts_of(text, date="1998-01-07", publisher="人民日报") == expected
