"""Made-up texts: a career list after 曾任 whose body's name holds a join word (发展和改革委员会) is not cut
there, and a clause of bodies sharing the title after them (A、B副主任) goes on with the list."""
from __future__ import annotations

import pytest

from tests.kgread import posts_of

_CAREER = ("王大明曾任福建省发展和改革委员会主任,福建省副省长,国家能源局副局长,"
           "中共中央台办、国务院台办副主任,浙江省省长等职。")


@pytest.mark.parametrize("text, post", [
    ("李小明曾任福建省发展和改革委员会主任。", ("李小明", "主任", "福建省发展和改革委员会")),
    (_CAREER, ("王大明", "主任", "福建省发展和改革委员会")),
    (_CAREER, ("王大明", "副局长", "国家能源局")),
    (_CAREER, ("王大明", "副主任", "国务院台湾事务办公室")),
    (_CAREER, ("王大明", "省长", "浙江省人民政府")),
])
def test_career(text, post):
    assert post in posts_of(text, date="2023-01-17")
