"""A delegation's members named in a sentence of their own (made-up texts): 代表团成员还有A、B;
A、B等代表团成员; 考察团由…组成，会长A任领队，B、C担任副领队: they take part in the events the
delegation does (those told in a sentence naming it, and those one of its members takes part in), not in a
headline's or a change of posts."""
from __future__ import annotations

import pytest

from tests.kgread import article_of


def _attendees(text: str, type_: str) -> set[str]:
    r = article_of(text, date="2023-05-10")
    return {a.text for e in r.events if e.type == type_ for a in e.attendees}


@pytest.mark.parametrize("text, type_, members", [
    ("5月8日，青山市副市长王大明率代表团访问绿水市。代表团成员还有：青山市商务局局长李建华，青山市外办主任赵小军等。",
     "Visit", {"王大明", "李建华", "赵小军"}),
    ("5月8日，青山市商会考察团抵达绿水市考察访问。\n考察团由12位企业家组成，会长周海波任领队，常务副会长孙涛、"
     "副会长吴桐担任副领队。\n当晚，绿水市工商联为考察团举行了欢迎座谈会。",
     "Conference", {"周海波", "孙涛", "吴桐"}),
    ("5月8日，青山市代表团在副市长王大明带领下到访绿水市，与当地企业家座谈交流。青山市商务局局长李建华、"
     "青山市外办主任赵小军等代表团成员出席。",
     "Visit", {"王大明", "李建华", "赵小军"}),
])
def test_members_take_part(text, type_, members):
    assert members <= _attendees(text, type_)


def test_no_appointment_for_the_leader():
    text = ("5月8日，青山市商会考察团抵达绿水市考察访问。考察团由12位企业家组成，会长周海波任领队，"
            "常务副会长孙涛担任副领队。")
    assert "孙涛" not in _attendees(text, "Appointment")
