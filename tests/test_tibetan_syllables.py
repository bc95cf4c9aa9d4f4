"""Tibetan names in further transcriptions (慈仁 and 慈诚 for 次仁 and 次成, 仓决: people/minority_chars)
are read whole after a post, not cut after their first syllables (索朗 + 慈诚)."""
import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, expected", [
    ("西藏自治区文化厅副厅长索朗慈诚说。", [("索朗慈诚", "副厅长", "西藏自治区文化厅")]),
    ("西藏自治区体育局副局长扎西慈仁说。", [("扎西慈仁", "副局长", "西藏自治区体育局")]),
    ("他们坚决支持。我们边走边谈。", []),
])
def test_tibetan_names_after_a_post(text, expected):
    got = posts_of(text, date="1998-01-11", publisher="人民日报")
    assert got == expected
