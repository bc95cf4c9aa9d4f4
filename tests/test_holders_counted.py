"""Made-up texts: a post's holders named after it and a count of them (副主席有3位，分别是A、B和C) each hold
it, and so does every name of a list after a deputy's title with its qualifiers (常务副会长A、B)."""
from __future__ import annotations

import pytest

from tests.kgread import posts_of


@pytest.mark.parametrize("text, post", [
    ("青山市工商联副主席有3位，分别是王明、张红和刘强。", ("刘强", "副主席", "青山市工商联")),
    ("东山商会常务副会长有4位，分别为王明、张红、刘强和赵大海。", ("赵大海", "常务副会长", "东山商会")),
    ("青山温州商会常务副会长王明、张红出席。", ("张红", "常务副会长", "青山温州商会")),
])
def test_each_holds_it(text, post):
    assert post in posts_of(text, date="2024-05-01")


def test_one_head_is_no_list():
    posts = posts_of("青山市市长王明、张红出席。", date="2024-05-01")
    assert not any(p[0] == "张红" and p[1] == "市长" for p in posts)
