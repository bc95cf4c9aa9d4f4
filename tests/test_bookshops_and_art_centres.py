"""Made-up texts: a bookshop (新华书店) and a people's art centre (群众艺术馆) are bodies whose posts are
theirs, in prose and in a prize list run on without punctuation."""
from __future__ import annotations

import pytest

from tests.kgread import posts_of


@pytest.mark.parametrize("text, post", [
    ("青山省青山县新华书店经理王大明介绍了经验。", ("王大明", "经理", "青山省青山县新华书店")),
    ("青山市群众艺术馆副馆长李小红出席了开幕式。", ("李小红", "副馆长", "青山市群众艺术馆")),
    ("青山省科协普及部部长陈玉山青山省青山县新华书店副经理周东明青山市群众艺术馆副馆长李小红",
     ("周东明", "副经理", "青山省青山县新华书店")),
])
def test_bookshops_and_art_centres_hold_posts(text, post):
    assert post in posts_of(text, date="1998-01-08")
