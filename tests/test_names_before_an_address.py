"""Made-up texts: a surname and a two-character word the tagger reads as a noun, before a form of address
(蔡 + 海生 + 先生), are a name, and an item of a list of names so addressed."""
from __future__ import annotations

import pytest

from tests.kgread import article_of, posts_of


@pytest.mark.parametrize("text, name", [
    ("蔡海生先生出席了开幕式。", "蔡海生"),
    ("常务副会长赖大钊先生、蔡海生先生、何耀明先生出席。", "蔡海生"),
])
def test_names(text, name):
    assert name in [m.text for m in article_of(text, date="2024-05-01").mentions if m.type == "PER"]


def test_listed_post():
    posts = posts_of("东山联乡会常务副会长赖大钊先生、蔡海生先生、何耀明先生出席。", date="2024-05-01")
    assert ("何耀明", "常务副会长", "东山联乡会") in posts
