"""A level word written after a particle or a preposition (听取了 + 县人大办公室主任, 由 + 市人大常委会…:
made-up texts) opens the body's name: the home place's body of that level, as after a comma."""
from __future__ import annotations

import pytest

from tests.kgread import posts_of


@pytest.mark.parametrize("text, place, post", [
    ("会议听取了县人大办公室主任周明的汇报。", "运城市绛县",
     ("周明", "主任", "绛县人民代表大会常务委员会办公室")),
    ("会议听取了市人大常委会财经工委主任王强的报告。", "漳州市",
     ("王强", "主任", "漳州市人民代表大会常务委员会财经工委")),
])
def test_a_level_word_after_a_particle(text, place, post):
    assert post in posts_of(text, date="2023-05-10", place=place)
