"""Made-up text: 訚, a rare surname (people/surnames), opens a name after a post's title."""
from __future__ import annotations

from tests.kgread import posts_of


def test_rare_surname_after_a_title():
    posts = posts_of("省委副书记訚大柏主持会议。", date="2024-05-01", place="青海省")
    assert ("訚大柏", "副书记", "中共青海省委员会") in posts
