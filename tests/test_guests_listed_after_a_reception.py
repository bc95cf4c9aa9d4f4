"""Guests listed after the one a reception names (made-up texts): 会见了A公司董事长X，B集团总裁Y，
C集团副总裁Z等客商 gives every listed guest to the reception, up to the list's 等 or group word (一行);
a clause that says more (Y表示感谢) ends the list."""
from __future__ import annotations

import pytest

from tests.kgread import article_of


def _attendees(text: str, type_: str) -> set[str]:
    r = article_of(text, date="2023-05-10")
    return {a.text for e in r.events if e.type == type_ for a in e.attendees}


@pytest.mark.parametrize("text, guests", [
    ("5月9日，市长王大明先后会见了青山公司董事长李建华，绿水集团总裁赵小军，红山集团副总裁钱多多等客商。",
     {"李建华", "赵小军", "钱多多"}),
    ("5月9日，市长王大明在市行政中心会见了青山集团党委书记、董事长李建华，青山集团总经理赵小军一行。",
     {"李建华", "赵小军"}),
    ("5月9日，县委书记周明会见了南方建设集团副总经理孙海涛，北方物流公司董事长吴国庆。",
     {"孙海涛", "吴国庆"}),
])
def test_every_guest_listed_takes_part(text, guests):
    assert guests <= _attendees(text, "Reception")


@pytest.mark.parametrize("text, other", [
    ("5月9日，市长王大明会见了青山公司董事长李建华，赵小军表示感谢。", "赵小军"),
    ("5月9日，市长王大明会见了客商李建华，副市长赵小军会见了客商钱多多。", "钱多多"),
])
def test_a_clause_saying_more_ends_the_list(text, other):
    r = article_of(text, date="2023-05-10")
    assert not [e for e in r.events if e.type == "Reception" and "王大明" in {a.text for a in e.attendees}
                and other in {a.text for a in e.attendees}]
