"""A foreign ruling party's central committee written in full or short (越南共产党中央,
朝鲜劳动党中央委员会) is that party's, not China's (党中央 is no short name inside 共产党中央), and its
name is not doubled (…中央委员会委员会). Made-up names."""
import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, expected", [
    ("越南共产党中央总书记阮文明会见了客人。", [("阮文明", "总书记", "越南共产党中央委员会")]),
    ("朝鲜劳动党中央委员会书记金永哲会见了客人。", [("金永哲", "书记", "朝鲜劳动党中央委员会")]),
    ("以江泽民同志为核心的党中央总书记江泽民出席。", [("江泽民", "总书记", "中国共产党中央委员会")]),
])
def test_foreign_party_central_committee(text, expected):
    assert posts_of(text, date="1998-01-09", publisher="人民日报") == expected
