"""Made-up texts: a premier a foreign state's news appoints (X出任总理) is that state's, as a premier
titled there is; a foreign name written with 绍 (a syllable of the Xinhua table: 绍伊布勒) is read before the
verb."""
from __future__ import annotations

import pytest

from tests.kgread import posts_of


@pytest.mark.parametrize("text, post", [
    ("捷克总统哈韦尔二日任命了新政府成员。克利马斯基出任总理。", ("克利马斯基", "总理", "捷克")),
    ("捷克总统哈韦尔二日任命了新政府成员。由巴绍夫斯基出任总理的新政府共有十六名成员。",
     ("巴绍夫斯基", "总理", "捷克")),
])
def test_a_premier_appointed_in_a_foreign_state(text, post):
    assert post in posts_of(text, date="1998-01-12")


def test_a_premier_appointed_at_home_stays_the_state_councils():
    posts = posts_of("全国人民代表大会决定，李明出任总理。", date="1998-03-17")
    assert ("李明", "总理", "中华人民共和国国务院") in posts
