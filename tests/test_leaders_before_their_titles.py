"""Made-up texts: a head of another state of posts/leaders written right before a head's title
(总统, 首相, 总理) is a person however the tagger cuts the name (rule per.leader), and the post is the
state's; heads in office lately (卡加梅, 洪马奈) are in the table. A name not in the table, or before no
head's title, is not read so."""
from __future__ import annotations

import pytest

import kg
from tests.kgread import posts_of


@pytest.mark.parametrize("text, post", [
    ("主席将同拉马福萨总统举行会谈并出席庆祝活动。", ("拉马福萨", "总统", "南非")),
    ("主席将同卡加梅总统举行会谈。", ("卡加梅", "总统", "卢旺达")),
    ("洪马奈首相会见了代表团。", ("洪马奈", "首相", "柬埔寨")),
])
def test_posts(text, post):
    assert post in posts_of(text, date="2024-05-01")


@pytest.mark.parametrize("text, word", [
    ("代表团参观了拉马福萨纪念馆。", "拉马福萨"),  # before no head's title
])
def test_not_read_so(text, word):
    assert (word, "per.leader") not in [(m.text, m.rule) for m in kg.extract(text) if m.type == "PER"]
