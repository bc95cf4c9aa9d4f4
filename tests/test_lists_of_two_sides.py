"""People listed by side, the sides parted by semicolons, before one verb of taking part (made-up texts:
青山市委书记A，市长B；绿水市委书记C，市长D出席会议): every side takes part, not only the last; a
sentence before the semicolon that says more than names is no part of the list."""
from __future__ import annotations

import pytest

from tests.kgread import article_of


def _attendees(text: str, type_: str) -> set[str]:
    r = article_of(text, date="2023-05-10")
    return {a.text for e in r.events if e.type == type_ for a in e.attendees}


@pytest.mark.parametrize("text, people", [
    ("5月8日，两市在绿水市召开协作工作联席会议。青山市委书记王大明，市委副书记、市长李建华；绿水市委书记赵小军，"
     "市长钱多多出席会议。", {"王大明", "李建华", "赵小军", "钱多多"}),
    ("5月8日，两市在绿水市召开协作工作联席会议。青山市副市长王大明，市政府秘书长李建华；绿水市副市长赵小军；"
     "绿水市政府秘书长钱多多参加会议。", {"王大明", "李建华", "赵小军", "钱多多"}),
])
def test_every_side_takes_part(text, people):
    assert people <= _attendees(text, "Meeting")


def test_a_sentence_saying_more_is_no_side():
    text = ("5月8日，两市在绿水市召开协作工作联席会议。青山市委书记王大明介绍了青山市的发展情况；"
            "绿水市委书记赵小军，"
            "市长钱多多出席会议。")
    assert "王大明" not in _attendees(text, "Meeting")
