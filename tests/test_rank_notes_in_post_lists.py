"""Made-up texts: a note in brackets on the rank or the kind of a post (处长（正科）) inside a list of posts,
in a career (曾任A（正科）、B、C等职) and in a chain before a name, is read past: the list goes on."""
from __future__ import annotations

import pytest

from tests.kgread import posts_of

_CAREER = ("王志群毕业后,一直在东岭市工作,曾任东岭市委办公厅秘书一处处长(正科)、东岭市委办公室副主任、"
           "东岭县县长等职。")


@pytest.mark.parametrize("text, post", [
    (_CAREER, ("王志群", "副主任", "东岭市委办公室")),
    (_CAREER, ("王志群", "县长", "东岭县人民政府")),
    ("东岭市委办公厅秘书一处处长(正科)、东岭市委办公室副主任王志群出席。",
     ("王志群", "处长", "东岭市委办公厅秘书一处")),
])
def test_posts(text, post):
    assert post in posts_of(text, date="2024-05-01")
