"""Made-up texts: a unit's head word written alone before a party post, after a preposition jieba glues to it
(由 + 局党委书记), is the unit the article named, even named with its party body (青山区公安分局党委高度重视);
a head's title alone (局长) is of the body such a party body is of."""
from __future__ import annotations

import pytest

from tests.kgread import posts_of

_TEXT = ("青山区公安分局党委高度重视,成立了由局党委书记、局长师大利任组长,"
         "局党委副书记、政委秦大宏和副局长杨大平任副组长的安保工作领导小组。")


@pytest.mark.parametrize("post", [
    ("师大利", "书记", "青山区公安分局党委"),
    ("师大利", "局长", "青山区公安分局"),
    ("秦大宏", "副书记", "青山区公安分局党委"),
    ("杨大平", "副局长", "青山区公安分局"),
])
def test_posts(post):
    assert post in posts_of(_TEXT, date="2024-05-01")
