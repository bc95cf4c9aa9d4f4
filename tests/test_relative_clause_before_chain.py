"""A relative clause of a post (曾任市委书记的, 现任…的) written before a title chain and its name is the
name's post too, former after a relative-former verb (posts/words: 曾任, 时任, 原任), as it is right before a
bare name (曾任市委书记的张三)."""
from __future__ import annotations

import pytest
from kgread import article_of


@pytest.mark.parametrize("text, expected", [
    ("曾任市委书记的省委常委、副省长张三出席会议。", [
        ("张三", "书记", "市委", True), ("张三", "常委", "省委", False),
        ("张三", "副省长", "省政府", False)]),
    ("时任市长的省委常委张三出席会议。", [("张三", "市长", "市政府", True), ("张三", "常委", "省委", False)]),
    ("最年轻的市委书记张三出席会议。", [("张三", "书记", "市委", False)]),  # no relative verb: no post
])
def test_a_relative_clause_before_a_chain(text, expected):
    r = article_of(text, date="1998-01-10")
    assert [(m.person.text, m.role, m.organization, m.former) for m in r.memberships] == expected
