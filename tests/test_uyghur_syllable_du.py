"""都 is a Uyghur name's syllable too (艾拜都拉): a dotted name after a title is read whole (made-up text)."""
from __future__ import annotations

from tests.kgread import article_of


def test_a_dotted_name_with_du_is_read_whole():
    r = article_of("新疆维吾尔自治区副主席库尔班·艾拜都拉出席了会议。", date="1998-01-12")
    assert "库尔班·艾拜都拉" in [m.text for m in r.mentions if m.type == "PER"]
