"""A village's committee or party branch written alone (村委会主任, 村党支部书记) in an article that named one
village before the post is that village's; with two villages named, or none, it names no body. Made-up."""
import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, expected", [
    ("记者来到青山乡红旗村。村委会主任张建国正在签订合同。",
     [("张建国", "主任", "红旗村村民委员会")]),
    ("记者来到青山乡红旗村。村党支部书记王建华也很忙。",
     [("王建华", "书记", "中共红旗村支部委员会")]),
    ("记者来到红旗村和白沙村。村委会主任张建国正在签订合同。", [("张建国", "主任", None)]),
    ("村委会主任张建国正在签订合同。", [("张建国", "主任", None)]),
])
def test_village_named_before(text, expected):
    assert posts_of(text, date="1998-01-06", publisher="人民日报") == expected
