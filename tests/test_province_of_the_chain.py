"""Made-up texts: on a province's page, a level-only body in a chain that opens with the page's province
written (贵州省委书记、省人大常委会主任X) is the page province's, even after another province's posts in the
paragraph (四川省委书记Y … : a report of two provinces)."""
from __future__ import annotations

from tests.kgread import posts_of


def test_chain_of_the_home_province():
    posts = posts_of("四川省委书记王大晖主持会议并讲话。贵州省委书记、省人大常委会主任徐小麟讲话。",
                     date="2024-11-23", place="贵州省")
    assert ("徐小麟", "主任", "贵州省人民代表大会常务委员会") in posts
