"""A city paper names its own city by one character after a verb of coming: the first character of the city's
name (来衡调研 in a 衡水 paper), or its second when the name opens with a word of direction or size
(``short-lead`` of kg/rules/events/words.tsv: 莅同调研 in a 大同 paper, 来陵调研 in a 南陵 one, 来连考察 in
a 大连 one). Made-up sentences of the shapes city papers use."""
from __future__ import annotations

import pytest
from kgread import events_of


def places(text: str, home: str) -> list[str | None]:
    return [e.place.text if e.place else None for e in events_of(text, date="2025-06-14", place=home)
            if e.type == "Inspection" or e.type == "Reception"]


@pytest.mark.parametrize("text, home, expected", [
    ("6月5日,中央企业第四调研组莅同实地调研。", "山西省大同市", ["同"]),
    ("6月5日,省政协副主席王明一行来同调研。", "山西省大同市", ["同"]),
    ("6月2日,省委党校副校长王明一行来陵调研指导县委党校工作。", "安徽省芜湖市南陵县", ["陵"]),
    ("6月2日,国家发改委副主任王明来连考察。", "辽宁省大连市", ["连"]),
    ("6月2日,省委书记王明来通调研。", "江苏省南通市", ["通"]),
    ("6月2日,省长王明在饶会见客人。", "江西省上饶市", ["饶"]),
])
def test_second_character_of_the_home_city(text, home, expected):
    assert places(text, home) == expected


@pytest.mark.parametrize("text, home, expected", [
    # the first character, as before
    ("6月2日,省委书记王明来衡调研。", "河北省衡水市", ["衡"]),
    # a name opening with no word of direction or size: its second character is no short name
    ("6月2日,省委书记王明来水调研。", "河北省衡水市", [None]),
    # the second character of another paper's city is no place
    ("6月5日,省政协副主席王明一行来同调研。", "河北省衡水市", [None]),
])
def test_no_second_character_elsewhere(text, home, expected):
    assert places(text, home) == expected
