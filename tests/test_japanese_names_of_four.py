"""Made-up texts: Japanese names of four characters after a title in a text that tells of Japan (rule
per.japanese), whatever the surname (a Chinese name has three at the most): a name of three the tagger
reads and one more character before a delimiter (俊一, 秀哉), or two words of two, the first a surname or
a word the tagger does not know. Not a name: a Chinese name of three and the word closing a list (等),
two common words (会议精神), a minority name whose dot the page lost (?)."""
from __future__ import annotations

import pytest

import kg

_LIST = ("日本众议院议员访华团抵京。众议员近藤昭二、参议员水野俊一，众议员逢田诚二，参议员杉田秀哉，"
         "参议员岸真由子，参议员鬼木诚等出席。")


def _names(text):
    return [m.text for m in kg.extract(text) if m.type == "PER"]


@pytest.mark.parametrize("text, name", [
    (_LIST, "水野俊一"),
    (_LIST, "逢田诚二"),
    (_LIST, "杉田秀哉"),
    (_LIST, "岸真由子"),
    ("中日友好协会代表团访问东京。参议员水冈俊二。", "水冈俊二"),
    ("友好城市代表致辞。日本山梨县副知事若山一纪：期待合作。", "若山一纪"),  # the words he said after him
])
def test_names(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text, word", [
    ("中日友好交流会举行。大使王江浩等，出席活动。", "王江浩等"),
    ("中日友好交流会举行。常委会议精神，要认真学习。", "会议精神"),
    ("日本首相岸田今天，会见了代表团。", "岸田今天"),
    ("中日友好交流会举行。副委员长阿力木?扎克尔出席。", "阿力木?"),
    ("大会举行。参议员水冈俊一，众议员逢田诚二出席。", "水冈俊一"),  # no word of Japan: not read so
])
def test_not_names(text, word):
    assert word not in _names(text)


def test_function_word_before_a_name_of_three():
    text = "中日友好协会换届。会长为张少明，副会长为赵吕诚、刘沅欣。"
    assert "张少明" in _names(text) and "为张少明" not in _names(text) and "为赵吕诚" not in _names(text)
