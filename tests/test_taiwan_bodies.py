"""Taiwan's five 院 as Taiwanese and Hong Kong pages write them (made-up texts), in simplified and traditional
characters: bodies wherever they are written, and their heads' titles written with the body (行政院长)."""
from __future__ import annotations

import pytest

from tests.kgread import posts_of


@pytest.mark.parametrize("text, expected", [
    ("立法院長王大明出席典禮。", [("王大明", "院长", "立法院")]),
    ("行政院长陈小华今天视察灾区。", [("陈小华", "院长", "行政院")]),
    ("行政院院長陳小華、行政院副院長林大同出席。",
     [("陳小華", "院长", "行政院"), ("林大同", "副院长", "行政院")]),
    ("監察院長黃美玉致詞。", [("黃美玉", "院长", "监察院")]),
])
def test_the_heads_of_taiwans_five_yuan(text, expected):
    assert posts_of(text, date="2023-12-01", publisher="某某新闻网") == expected
