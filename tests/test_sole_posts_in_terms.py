"""Made-up texts: a post one person holds at a time (会长) is not withheld from its body because another
person named before holds it, when the one or the other is written with its term (2022-2023年会长, 第六届会长)
or is former (前会长); with neither, the new holder's body stays unread (西方商会会长A … 新任会长B)."""
from __future__ import annotations

import pytest

from tests.kgread import posts_of


@pytest.mark.parametrize("text, post", [
    ("南山华裔官员协会举行新一届理事会就职典礼。2022-2023年会长梁大汉正式交棒给2023-2024年会长周小华。",
     ("周小华", "会长", "南山华裔官员协会")),
    ("东山同乡联谊会举行就职典礼。该会第六届会长许大直致辞。他相信在施金象会长、洪小狮监事长的带领下，会务将更上一层楼。",
     ("施金象", "会长", "东山同乡联谊会")),
])
def test_terms(text, post):
    assert post in posts_of(text, date="2024-05-01")


def test_no_term():
    posts = posts_of("西方商会会长张大明出席。新任会长李小红致辞。", date="2024-05-01")
    assert ("李小红", "会长", None) in posts
