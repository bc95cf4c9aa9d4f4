"""Function words that open the words between a chain's 、 and a post (负责人及 + 经济管理学院院长) end
before a word of the tagger they run into (经 of 经济): the body's name keeps its first character.
Made-up names and sentences."""
import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, expected", [
    ("学校办公室、党委宣传部负责人及经济管理学院院长李红出席。", [("李红", "院长", "经济管理学院")]),
    ("学校办公室、宣传部负责人及经济研究所所长王立出席。", [("王立", "所长", "经济研究所")]),
])
def test_function_words_before_a_body(text, expected):
    assert posts_of(text, date="2023-05-10", publisher="新华网") == expected
