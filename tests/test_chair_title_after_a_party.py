"""Made-up texts: 主委 and 副主委 (a party committee's chair, written short) after a party's or a branch's
name are a title, not the end of the body's name: the posts written with them are that body's."""
from __future__ import annotations

import pytest

from tests.kgread import posts_of


@pytest.mark.parametrize("text, post", [
    ("澳洲悉尼洪门民治党主委伍大达、副主委林小豪出席。", ("伍大达", "主委", "澳洲悉尼洪门民治党")),
    ("澳洲悉尼洪门民治党主委伍大达、副主委林小豪出席。", ("林小豪", "副主委", "澳洲悉尼洪门民治党")),
])
def test_posts(text, post):
    assert post in posts_of(text, date="2024-05-01")
