"""Made-up texts: a foreign province or state the gazetteer does not know, written as a
transliterated name and its level word (places.division-abroad): 沃洛格达州 is one place,
not the Chinese city 达州 the tagger reads at its end; before its head's title and a
foreign name the level word is the title's (奥罗米亚 + 州长 + 施梅雷斯): the place is the
name, and the post is of the name with its level (奥罗米亚州, 曼托瓦省) with no state
written before it. Not a place: a name and its title with no name after (索德尔州长对…),
a verb and a Chinese city (扎根扬州), a name the gazetteer knows (加利福尼亚州,
巴音郭楞州)."""
from __future__ import annotations

import pytest

import kg
from tests.kgread import posts_of


@pytest.mark.parametrize("text, post", [
    ("总理顾问卡马、奥罗米亚州长施梅雷斯共同见证签约。", ("施梅雷斯", "州长", "奥罗米亚州")),
    ("代表团会见了沃洛格达州代州长菲利莫诺夫。", ("菲利莫诺夫", "代理州长", "沃洛格达州")),
    ("代表团会见了沃洛格达州州长菲利莫诺夫。", ("菲利莫诺夫", "州长", "沃洛格达州")),
    ("侨团举行新春活动。曼托瓦省长博塔尼致辞。", ("博塔尼", "省长", "曼托瓦省")),
    ("当天，阿普利亚省副省长卡尔达罗拉出席。", ("卡尔达罗拉", "副省长", "阿普利亚省")),
])
def test_posts(text, post):
    assert post in posts_of(text, date="2024-05-01")


def _places(text):
    return [(m.text, m.rule) for m in kg.extract(text) if m.type == "LOC"]


@pytest.mark.parametrize("text, place", [
    ("双方同意在奥罗米亚州开展合作。", "奥罗米亚州"),
    ("代表团访问了沃洛格达州。", "沃洛格达州"),
    ("奥罗米亚州长施梅雷斯出席。", "奥罗米亚"),
])
def test_places(text, place):
    assert place in [p for p, _ in _places(text)]


@pytest.mark.parametrize("text, word", [
    ("代表团访问了沃洛格达州。", "达州"),
    ("他们扎根扬州多年。", "扎根扬州"),
    ("中方感谢州政府和索德尔州长对代表团的接待。", "索德尔"),
    ("美国加利福尼亚州州长出席。", "加利福尼亚州"),
    ("巴音郭楞州召开会议。", "巴音郭楞州"),
])
def test_not_read_so(text, word):
    assert (word, "places.division-abroad") not in _places(text) and (word != "达州" or "达州" not in
                                                                       [p for p, _ in _places(text)])
