"""An act told only after a trip (对接, 学习交流: ``after_going``) after a verb of coming and a place named by
one character (made-up texts: 来秀对接, 赴渝学习交流) is a visit there, as after a place named in full."""
from __future__ import annotations

import pytest

from tests.kgread import article_of


@pytest.mark.parametrize("text, place", [
    ("5月8日，绿水县副县长王大明率队来渝对接协作工作，并召开协作工作联席会议。", "重庆市"),
    ("5月8日，青山市副市长李建华一行赴沪学习交流营商环境建设经验。", "上海市"),
])
def test_a_visit_to_the_short_place(text, place):
    r = article_of(text, date="2023-05-10")
    visits = [e for e in r.events if e.type == "Visit"]
    assert visits and place in {visits[0].place.key, visits[0].place.text}


def test_no_trip_no_visit():
    r = article_of("5月8日，青山市副市长李建华与企业负责人对接协作工作。", date="2023-05-10")
    assert not [e for e in r.events if e.type == "Visit"]
