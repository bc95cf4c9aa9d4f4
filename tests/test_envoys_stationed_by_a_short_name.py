"""An envoy stationed in a state written by its one-character name after 驻 (驻马大使,
中国驻菲使馆临时代办: posts/words stationed-abroad, as events/short_places' 驻法): with no state before 驻,
China's envoy, the state's written before it; a mission so written is China's for its head (临时代办,
总领事), its staff (参赞) keep the mission. Made-up sentences."""
from __future__ import annotations

import pytest
from kgread import article_of


@pytest.mark.parametrize("text, person, expected", [
    ("另外,中国驻马大使王海表示,当地侨团功不可没。", "王海", [("大使", "中国")]),
    ("外交部部长助理徐飞、驻阿大使王海致辞。", "王海", [("大使", "中国")]),
    ("当天,驻菲使馆临时代办王海颁奖。", "王海", [("临时代办", "中华人民共和国")]),
    ("驻泰使馆参赞兼总领事王海出席。", "王海", [("参赞", "驻泰使馆"), ("总领事", "中华人民共和国")]),
    # a place in China where missions sit (驻华, 驻港) names no state
    ("驻华使馆临时代办罗梁出席。", "罗梁", [("临时代办", "驻华使馆")]),
    ("法国驻华大使罗梁出席。", "罗梁", [("大使", "法国")]),
])
def test_an_envoy_stationed_in_a_state_by_its_short_name(text, person, expected):
    r = article_of(text, date="2025-06-14", place="广州市")
    assert [(m.role, m.organization) for m in r.memberships if m.person.text == person] == expected
