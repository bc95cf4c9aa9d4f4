"""Made-up texts: a post's title, a colon and a name (a list of new heads: 代区长：刘某某) is the name's post
as if the name came right after the title; not after a role that is no post (主持人：谢谢于老师)."""
from __future__ import annotations

import pytest

from tests.kgread import article_of


def people(text: str) -> list[str]:
    return [m.text for m in article_of(text, date="2024-05-01").mentions if m.type == "PER"]


@pytest.mark.parametrize("text, names", [
    ("东城区代区长：赵新学\n西城区委书记：孙清源", ["赵新学", "孙清源"]),
    ("胶东市委书记：张新海胶东市代市长：于冬林", ["张新海", "于冬林"]),
])
def test_holders_after_a_colon(text, names):
    assert people(text) == names


def test_no_post_before_the_colon():
    assert people("主持人：谢谢于老师。") == []
