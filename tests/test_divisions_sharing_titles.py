"""A division whose head word its head's post shares (政务司 + 长 written 政务司长, as 外交部长) is the post's
body; a Japanese party's 干事长 is a post (made-up texts)."""
from __future__ import annotations

import pytest

from tests.kgread import posts_of


@pytest.mark.parametrize("text, expected", [
    ("香港特别行政区政府律政司长梁美芬说。", [("梁美芬", "司长", "香港特别行政区政府律政司")]),
    ("财政司长曾大明说。", [("曾大明", "司长", "财政司")]),
    # the division written whole before its deputy's post, as before
    ("外交部亚洲司副司长王大明说。", [("王大明", "副司长", "外交部亚洲司")]),
    ("日本社民党干事长伊藤茂抵达北京。", [("伊藤茂", "干事长", "日本社民党")]),
])
def test_a_division_sharing_its_heads_title(text, expected):
    assert posts_of(text, date="1998-01-06", publisher="人民日报") == expected
