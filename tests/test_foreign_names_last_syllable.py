"""Made-up texts: a foreign name's last syllable the tagger reads as a word of one character whatever its tag
(比/p, 特/d, 塔/j, 克/m) is the name's when a delimiter, a bracket, a particle or a verb of two characters
comes next (rule ``per.translit``); not a character that starts the word after a name (在, 到)."""
from __future__ import annotations

import pytest

from tests.kgread import article_of


def people(text: str) -> list[str]:
    return [m.text for m in article_of(text, date="2024-05-01").mentions if m.type == "PER"]


@pytest.mark.parametrize("text, name", [
    ("这只是盖茨比的一厢情愿。", "盖茨比"),
    ("俱乐部激励34岁的巴姆比继续发挥余热。", "巴姆比"),
    ("联盟杯最佳射手波格列布尼亚克最近重拾进球感觉。", "波格列布尼亚克"),
    ("头号射手力洛伦特（右）因伤缺阵。", "力洛伦特"),
])
def test_last_syllable_read(text, name):
    assert name in people(text)


def test_a_word_after_a_name_stays_out():
    assert people("克林顿在会上说。") == ["克林顿"]
