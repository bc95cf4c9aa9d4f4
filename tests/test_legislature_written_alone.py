"""Made-up texts: a legislature's head word written alone before a post (国会主席X, 原议会副议长Y) in news of
one foreign state is that state's legislature, not the head of state's post."""
from __future__ import annotations

import pytest

from tests.kgread import posts_of


@pytest.mark.parametrize("text, post", [
    ("越南政府总理潘大文会见了代表团。国会主席农大明也会见了代表团。", ("农大明", "主席", "越南国会")),
    ("越南政府总理潘大文、国会主席农大明会见了代表团。", ("农大明", "主席", "越南国会")),
    ("摩洛哥代表院议长已于６日选举产生，原议会第一副议长拉迪尔当选。",
     ("拉迪尔", "第一副议长", "摩洛哥议会")),
])
def test_a_legislature_alone_is_the_states(text, post):
    assert post in posts_of(text, date="1998-01-09")


def test_a_state_heads_post_stays_the_states():
    assert ("陈大良", "主席", "越南") in posts_of("越南国家主席陈大良会见了代表团。", date="1998-01-09")
