"""Who arrived on the same plane joins the arrival told before (made-up texts): 同机抵达的还有A、B;
A等陪同人员同机抵达; a welcoming ceremony told between changes nothing."""
from __future__ import annotations

import pytest

from tests.kgread import article_of

_ARRIVAL = ("5月6日下午，中央代表团团长王明率代表团乘专机飞抵拉萨。"
            "机场上“热烈欢迎中央代表团”的标语格外醒目。\n")
_SAME_PLANE = [
    "同机抵达的还有中央代表团副团长李华，全国政协副主席张强、赵刚等。",
    "中央代表团副团长李华，全国政协副主席张强、赵刚等陪同人员同机抵达。",
]


@pytest.mark.parametrize("same", _SAME_PLANE)
def test_same_plane_joins_the_arrival(same):
    r = article_of(_ARRIVAL + same, date="2024-05-08")
    visits = [e for e in r.events if e.type == "Visit"]
    assert len(visits) == 1 and {a.text for a in visits[0].attendees} == {"王明", "李华", "张强", "赵刚"}


def test_same_plane_after_a_ceremony():
    text = ("新华社莫斯科9月16日电 国务院总理王明当地时间9月16日下午乘专机抵达莫斯科，"
            "对俄罗斯进行正式访问。\n"
            "俄方在机场为王明举行隆重的欢迎仪式。\n国务委员兼外交部长张华等陪同人员同机抵达。")
    r = article_of(text, date="2019-09-17")
    visits = [e for e in r.events if e.type == "Visit"]
    assert len(visits) == 1 and {a.text for a in visits[0].attendees} == {"王明", "张华"}


def test_no_one_named_no_visit():
    r = article_of(_ARRIVAL + "陪同人员同机抵达。", date="2024-05-08")
    visits = [e for e in r.events if e.type == "Visit"]
    assert len(visits) == 1 and {a.text for a in visits[0].attendees} == {"王明"}
