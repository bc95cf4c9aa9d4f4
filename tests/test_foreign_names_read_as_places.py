"""A foreign name the tagger reads as a place no gazetteer holds, right after a post's title (made-up texts):
总理 + 乌叶里亚/ns + 11日 is the premier's name; a place the gazetteer knows (北海道) stays a place."""
from __future__ import annotations

import pytest

from tests.kgread import posts_of


@pytest.mark.parametrize("text, post", [
    ("阿尔及利亚总理乌叶里亚１１日在这里会见了来访的客人。", ("乌叶里亚", "总理", "阿尔及利亚")),
    ("新华社电（记者王明）阿尔及利亚总理乌叶里亚１１日会见了客人。", ("乌叶里亚", "总理", "阿尔及利亚")),
])
def test_a_foreign_name_read_as_a_place_after_a_post(text, post):
    assert post in posts_of(text, date="1998-01-12")


def test_a_known_place_after_a_title_is_no_name():
    assert posts_of("日本首相北海道访问期间会见了渔民。", date="1998-01-12") == []


def test_a_tagged_foreign_name_before_a_lists_conjunction():
    posts = posts_of("柬埔寨第一首相拉那烈和第二首相洪森会见了代表团。", date="1998-01-12")
    assert ("拉那烈", "第一首相", "柬埔寨") in posts
