"""Made-up texts: a city's body written by its level alone (市政府副秘书长) whose sentence opens a clause
with another city than the page's home (南昌组织了以市政府副秘书长X为团长的慰问团) is that city's body; with
no other city opening a clause, or with the home city named in the sentence, it stays the home's."""
from __future__ import annotations

from tests.kgread import posts_of

HOME = "本报九江１月５日讯 九江市委、市政府昨天向灾区发出慰问电。九江市委、市政府表示全力支援。\n"


def test_the_city_opening_the_clause():
    text = HOME + "本报南昌１月５日电 同日，南昌组织了以市政府副秘书长周建华为团长的慰问团，带去救灾物资。"
    assert ("周建华", "副秘书长", "南昌市人民政府") in posts_of(text, date="1998-01-05")


def test_the_home_city_named_in_the_sentence():
    text = HOME + "同日，南昌和九江组织了以市政府副秘书长周建华为团长的慰问团。"
    assert ("周建华", "副秘书长", "南昌市人民政府") not in posts_of(text, date="1998-01-05")


def test_a_city_after_a_preposition():
    text = HOME + "同日，在南昌召开的会上，市政府副秘书长周建华作了报告。"
    assert ("周建华", "副秘书长", "南昌市人民政府") not in posts_of(text, date="1998-01-05")
