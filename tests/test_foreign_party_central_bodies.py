"""A central body written like China's party's (中央政治局, 中央书记处, 中央委员会) right after another
party's name, or after a national short name ending in its 中央 (越共中央), is that party's body, not China's
(kg.extract.orgs._party_centres). Made-up sentences."""
import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, expected", [
    ("古巴共产党中央政治局委员罗伯托在哈瓦那发表讲话。", [("罗伯托", "委员", "古巴共产党中央委员会政治局")]),
    ("越共中央书记处常务书记黎文明出席了会议。", [("黎文明", "常务书记", "越南共产党中央委员会书记处")]),
    ("葡萄牙共产党中央书记处书记卡瓦略会见了代表团。", [("卡瓦略", "书记", "葡萄牙共产党中央委员会书记处")]),
    ("日本共产党中央委员会主席宫本会见了客人。", [("宫本", "主席", "日本共产党中央委员会")]),
])
def test_foreign_party_body(text, expected):
    assert posts_of(text, date="1998-01-09", publisher="人民日报") == expected


@pytest.mark.parametrize("text, expected", [
    ("中共中央政治局委员、书记处书记张明出席。",
     [("张明", "委员", "中国共产党中央委员会政治局"), ("张明", "书记", "中国共产党中央委员会书记处")]),
    ("中国共产党中央政治局委员张明出席。", [("张明", "委员", "中国共产党中央委员会政治局")]),
    ("在党中央领导下，中央政治局委员张明说。", [("张明", "委员", "中国共产党中央委员会政治局")]),
])
def test_china_party_body(text, expected):
    assert posts_of(text, date="1998-01-09", publisher="人民日报") == expected
