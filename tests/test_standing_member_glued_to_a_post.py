"""Made-up texts: a committee's standing member written right before another post of the chain with no
mark between them (县委常委宣传部长, 县委常委县委办主任, as 县委常委 + 常务副县长): two posts, the standing
member's of the committee and the other of its body."""
from __future__ import annotations

import pytest

from tests.kgread import posts_of

_PLACE = "鄂托克旗"


@pytest.mark.parametrize("text, post", [
    ("旗委常委宣传部长李红梅到镇调研。", ("李红梅", "常委", "中共鄂托克旗委员会")),
    ("旗委常委宣传部长李红梅到镇调研。", ("李红梅", "部长", "中共鄂托克旗委员会宣传部")),
    ("旗委常委组织部长王强、旗委常委旗委办主任张荣到镇调研。", ("张荣", "常委", "中共鄂托克旗委员会")),
    ("旗委常委组织部长王强、旗委常委旗委办主任张荣到镇调研。", ("王强", "常委", "中共鄂托克旗委员会")),
    ("旗委常委政法委书记赵林出席。", ("赵林", "书记", "中共鄂托克旗委员会政法委员会")),
])
def test_posts(text, post):
    assert post in posts_of(text, date="2024-05-01", place=_PLACE)
