"""Made-up texts: 等 closing the posts an appointment lists (…决定为代理区长等，并…) ends the post's words,
as a time word after it does."""
from __future__ import annotations

from tests.kgread import posts_of


def test_acting_head_before_deng():
    text = "任命余大剑同志为金山区人民政府副区长、决定为代理区长等,并举行宪法宣誓仪式。"
    assert ("余大剑", "代理区长", "金山区人民政府") in posts_of(text, date="2025-01-09")
