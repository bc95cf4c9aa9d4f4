"""Made-up texts: a village's party secretary written 村支书 (村 + 支书) is of the village's party branch, the
village named right before it (柳树湾村村支书, the level word 村 no part of the village's name) or, written
alone, the one village the article named before (as 村党支部书记 is read)."""
from __future__ import annotations

import pytest

from tests.kgread import posts_of

BRANCH = "中共柳树湾村支部委员会"


@pytest.mark.parametrize("text", [
    "柳树湾村村支书周德明说，今年收成好。",
    "柳树湾村村党支部书记周德明说，今年收成好。",
    "记者来到柳树湾村。在村委会我找到村支书周德明，他说今年收成好。",
])
def test_a_village_secretary_is_of_its_branch(text):
    assert ("周德明", "书记", BRANCH) in posts_of(text, date="1998-01-10")


def test_no_village_of_two_named():
    posts = posts_of("记者来到柳树湾村和杏花岭村。村支书周德明说，今年收成好。", date="1998-01-10")
    assert all(org is None for _, _, org in posts)
