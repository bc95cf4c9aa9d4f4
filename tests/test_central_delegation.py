"""The central delegation sent to a region's anniversary (中央代表团, made-up texts) is a body of its own: its
团长 and 副团长 hold posts in it, as a named delegation's do (无锡市体育代表团团长)."""
from __future__ import annotations

from tests.kgread import posts_of


def test_posts_of_the_central_delegation():
    posts = posts_of("中央代表团团长张建国，副团长李华出席庆祝大会。", date="2025-08-20", place="拉萨市",
                     publisher="西藏日报")
    assert ("张建国", "团长", "中央代表团") in posts
    assert ("李华", "副团长", "中央代表团") in posts
