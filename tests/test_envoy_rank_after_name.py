"""An envoy's rank written after a name that a chain of titles precedes (中国常驻联合国代表X大使) is a
post of its own (posts/words envoy-head); a title after the name repeating one before adds nothing.
Made-up names."""
import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, expected", [
    ("中国常驻联合国代表王建华大使在纽约发言。",
     [("王建华", "常驻联合国代表", "中国"), ("王建华", "大使", "中华人民共和国")]),
    ("中国驻美国大使王建华大使出席。", [("王建华", "大使", "中国")]),
    ("外交部部长王建华部长出席。", [("王建华", "部长", "外交部")]),
])
def test_envoy_rank_after_name(text, expected):
    assert posts_of(text, date="1998-01-02", publisher="人民日报") == expected
