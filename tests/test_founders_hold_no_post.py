"""Made-up texts: a founder (创始人) holds no post of the body founded, written before it or after it and 的
(the PD posts conventions: a group's founder holds none); its chairman does."""
from __future__ import annotations

from tests.kgread import posts_of


def test_a_founder_holds_no_post():
    for text in ("这一理念是青山管理集团的创始人约翰·史密斯提出的。",
                 "青山管理集团创始人约翰·史密斯说，市场很大。"):
        assert all(role != "创始人" for _, role, _ in posts_of(text, date="1998-01-10"))


def test_a_chairman_holds_one():
    posts = posts_of("青山管理集团董事长约翰·史密斯说，市场很大。", date="1998-01-10")
    assert ("约翰·史密斯", "董事长", "青山管理集团") in posts
