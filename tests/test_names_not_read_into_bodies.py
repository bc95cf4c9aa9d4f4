"""Made-up texts: a body read leftwards from its head word does not open with a name read right after a
title when the name's verb comes next (带队, 率, 代表: people/cues ``after``, people/next_word_chars): the
title is followed by its holder (党委书记 + 申某某 + 带队到某集团有限公司 is no company's name)."""
from __future__ import annotations

import pytest

from tests.kgread import article_of


def mentions(text: str, kind: str) -> list[str]:
    return [m.text for m in article_of(text, date="2024-05-01").mentions if m.type == kind]


@pytest.mark.parametrize("text, name", [
    ("12日，党委书记卢高青带队到华远集团有限公司调研。", "卢高青"),
    ("5月2日，市长韩工率市政府代表团访问德国。", "韩工"),
])
def test_the_holder_is_read(text, name):
    assert name in mentions(text, "PER")
    assert not any(o.startswith(name) for o in mentions(text, "ORG"))


def test_a_body_after_a_title_stays():
    assert "华远集团有限公司" in mentions("党委书记、华远集团有限公司董事长王明出席。", "ORG")
