"""A state's special envoy (posts/words special-envoy: 特使, 特别协调员) written after the state and the
matter or region of the mission (envoy-field: 中东问题, 中东和谈; a region's name: 中东) holds the state's
post, not the region's. Made-up sentences."""
import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, expected", [
    ("美国中东问题特别协调员史密斯抵达开罗。", [("史密斯", "特别协调员", "美国")]),
    ("美国中东和谈特别协调员史密斯在巴以之间斡旋。", [("史密斯", "特别协调员", "美国")]),
    ("美国中东特使史密斯抵达开罗。", [("史密斯", "特使", "美国")]),
    ("美国特使史密斯抵达开罗。", [("史密斯", "特使", "美国")]),
])
def test_special_envoy(text, expected):
    assert posts_of(text, date="1998-01-09", publisher="人民日报") == expected
