"""The central government's liaison office written short (中联办主任X: ``posts/orgs`` 中联办) is the one
in the page's special administrative region (香港, 澳门: its home place), and kept short elsewhere.
Made-up names."""
import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, place, expected", [
    ("中联办主任郑雁明出席。", "香港", [("郑雁明", "主任", "中央人民政府驻香港特别行政区联络办公室")]),
    ("中聯辦主任鄭雁明出席。", "澳门", [("鄭雁明", "主任", "中央人民政府驻澳门特别行政区联络办公室")]),
    ("中联办主任郑雁明出席。", "北京市", [("郑雁明", "主任", "中联办")]),
])
def test_liaison_office(text, place, expected):
    assert posts_of(text, date="2023-05-10", publisher="青禾报", place=place) == expected
