"""A local body written with no place or level inside a chain (县委副书记兼政协主席, 市委副书记、
人大常委会主任) is the body of the place the chain's body before it opens with (posts/orgs {同级}); with
no such body before it, none is known."""
from __future__ import annotations

import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, expected", [
    ("阜平县委副书记兼政协主席王明出席。", [
        ("王明", "副书记", "中共阜平县委员会"), ("王明", "主席", "中国人民政治协商会议阜平县委员会")]),
    ("保定市委副书记、人大常委会主任王明出席。", [
        ("王明", "副书记", "中共保定市委员会"), ("王明", "主任", "保定市人民代表大会常务委员会")]),
    # the last place the body's name opens with (河北 + 阜平县)
    ("河北阜平县委常委、政协副主席王明出席。", [
        ("王明", "常委", "中共河北省阜平县委员会"), ("王明", "副主席", "中国人民政治协商会议阜平县委员会")]),
    ("政协主席王明出席。", []),  # no place's body before it
])
def test_a_level_less_body_in_a_chain_is_of_the_chains_place(text, expected):
    assert [p for p in posts_of(text, date="1998-01-10") if p[2]] == expected
