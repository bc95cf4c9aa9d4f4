"""Made-up texts: associations of Hong Kong, Macao, Taiwan and overseas Chinese named by the head words
联会, 校友会, 协进会 (orgs/suffixes) are bodies, and the post written right after them is theirs."""
from __future__ import annotations

import pytest

from tests.kgread import posts_of


@pytest.mark.parametrize("text, post", [
    ("香港福建社团联会主席吴大明、澳门江苏联谊会会长许小红出席。", ("吴大明", "主席", "香港福建社团联会")),
    ("香港新界社团联会理事长陈大文表示支持。", ("陈大文", "理事长", "香港新界社团联会")),
    ("青山大学校友会会长张明出席。", ("张明", "会长", "青山大学校友会")),
    ("东山华人协进会主席李明华致辞。", ("李明华", "主席", "东山华人协进会")),
])
def test_posts(text, post):
    assert post in posts_of(text, date="2024-05-01")
