"""A premier named with 总理 and no state in an article about one foreign state (made-up texts): the title
alone gives China's State Council, but a premier who is none of China's (posts/premiers) is the foreign
state's."""
from __future__ import annotations

import pytest

from tests.kgread import posts_of


@pytest.mark.parametrize("text, expected", [
    ("东帝汶代表团抵达北京。习近平主席同古斯芒总理共同宣布建立伙伴关系。",
     [("习近平", "主席", "中华人民共和国"), ("古斯芒", "总理", "东帝汶")]),
    ("朝鲜高官抵达,包括内阁总理金德明。", [("金德明", "总理", "朝鲜")]),
    # China's premiers stay China's, also by their surname alone
    ("越南客人抵达。国务院总理李强会见了他们。", [("李强", "总理", "中华人民共和国国务院")]),
    ("越南客人回忆了周总理的关怀。", [("周", "总理", "中华人民共和国国务院")]),
    # a state's premier written with the state, as before
    ("东帝汶总理古斯芒会见了客人。", [("古斯芒", "总理", "东帝汶")]),
])
def test_a_premier_in_an_article_about_a_foreign_state(text, expected):
    assert posts_of(text, date="2023-12-01") == expected


def test_chinas_premier_written_with_china_in_an_article_about_another_state():
    text = "新加坡总理李光明访华,中国总理李海接待。"
    assert posts_of(text, date="2023-12-01") == [
        ("李光明", "总理", "新加坡"), ("李海", "总理", "中华人民共和国国务院")]
