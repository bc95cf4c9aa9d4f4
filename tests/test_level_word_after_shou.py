"""Made-up texts: a title whose body opens with a level word written right after 受 (受 + 自治区党委书记X委托)
is read as after any function word: the level stands for the home place of that level."""
from __future__ import annotations

import pytest

from tests.kgread import posts_of

_TEXT = "受自治区党委书记、人大常委会主任王志骋委托,林少春主持会议。"


@pytest.mark.parametrize("post", [
    ("王志骋", "书记", "中共内蒙古自治区委员会"),
    ("王志骋", "主任", "内蒙古自治区人民代表大会常务委员会"),
])
def test_posts(post):
    assert post in posts_of(_TEXT, date="2025-01-09", place="内蒙古自治区")
