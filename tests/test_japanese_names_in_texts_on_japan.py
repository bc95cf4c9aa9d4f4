"""In a text that tells of Japan (people/japan_words: 日本, 访日, 日方 ...), a Japanese surname of
people/japanese_surnames before a word of a given name's shape outside the tagger's dictionary starts a name,
whatever the tagger reads the surname as (中村/ns + 美穗/n, 松本 + 真衣, 大泽/n + 理沙/v + 女士); a dictionary
word after it is no given name (桥本内阁, 野村证券), nor is the surname read so in a text not on Japan."""
import pytest
from kgread import article_of


@pytest.mark.parametrize("text, expected", [
    ("在日本举行的比赛中，中村美穗夺冠。", ["中村美穗"]),
    ("日本友人大泽理沙女士出席。", ["大泽理沙"]),
    ("访日期间，代表团拜会了松本真衣教授。", ["松本真衣"]),
    ("日方代表山本恭介表示欢迎。", ["山本恭介"]),
    ("日本在野党要求桥本内阁下台。", []),
])
def test_japanese_names_in_texts_on_japan(text, expected):
    r = article_of(text, date="2024-01-05")
    assert [m.text for m in r.mentions if m.type == "PER"] == expected
