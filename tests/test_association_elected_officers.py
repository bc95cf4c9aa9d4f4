"""Made-up texts: a chair or a secretary-general an election gives with no body written (当选主席, 当选秘书长:
posts/words association-elected) is of the association the article named last before it; a post of another
kind (当选组长) takes none of it."""
from __future__ import annotations

import pytest

from tests.kgread import posts_of

_CONGRESS = "青山市作家协会第五次会员代表大会召开。张大明当选主席,李大生、王志鸣当选副主席,白大林当选秘书长。"


@pytest.mark.parametrize("post", [
    ("张大明", "主席", "青山市作家协会"),
    ("王志鸣", "副主席", "青山市作家协会"),
    ("白大林", "秘书长", "青山市作家协会"),
])
def test_posts(post):
    assert post in posts_of(_CONGRESS, date="2024-05-01")


def test_other_posts_take_none():
    text = "青山市摄影家协会召开年会。会上张大明当选组长。"
    assert ("张大明", "组长", "青山市摄影家协会") not in posts_of(text, date="2024-05-01")
