"""A foreign state written by its one-character name right before a post (俄 + 外长, 俄 + 总统, 俄 + 副外长:
events/short_places) holds the post, not China's body of the title; not a pair of states (中俄 + 外长, both
ministers), an envoy stationed there (驻日 + 大使), a word the character ends (立法 + 议员), nor a surname
the NER read (韩 + 副总理). Made-up
sentences."""
from __future__ import annotations

import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, expected", [
    ("2月2日，外交部副部长王明在莫斯科会见俄外长拉夫罗夫。", ("拉夫罗夫", "外长", "俄罗斯外交部")),
    ("其间同俄副外长鲁登科、维尔什宁举行磋商。", ("维尔什宁", "副外长", "俄罗斯外交部")),
    ("俄总统普京当天出席会议。", ("普京", "总统", "俄罗斯")),
    ("法总统马克龙当天抵达北京。", ("马克龙", "总统", "法国")),
])
def test_a_state_by_its_one_character_name(text, expected):
    assert expected in posts_of(text, date="2023-02-04")


@pytest.mark.parametrize("text, org", [
    ("澳门立法议员施家伦发言。", "法国"),  # 立法: a word
    ("中俄外长王明和拉夫罗夫举行会谈。", "俄罗斯外交部"),  # a pair: no one state
    ("驻日大使王明出席。", "日本"),  # China's envoy in Japan
])
def test_no_state_of_one_character(text, org):
    assert all(o != org for _, _, o in posts_of(text, date="2023-02-04"))
