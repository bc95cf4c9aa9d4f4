"""An election is one Appointment per clause (张伟当选为…;李明当选为…: two, as each decision is one,
eval/modern/README.md), and a clause a semicolon goes on with is dated by the date that opens its sentence
(1月12日,A当选X市市长;B当选Y市市长) or by the day told before when the sentence opens with 当天. Made-up
sentences of the shapes election news uses."""
from __future__ import annotations

import pytest
from kgread import events_of


def elections(text: str):
    return [(e.date, [a.text for a in e.attendees]) for e in events_of(text, date="2025-01-14", place="广西")
            if e.type == "Appointment"]


@pytest.mark.parametrize("text, expected", [
    ("1月12日，张伟当选玉林市市长；李明当选梧州市市长。",
     [("2025-01-12", ["张伟"]), ("2025-01-12", ["李明"])]),
    ("本报讯 1月12日，玉林市人大会议举行全体会议，张伟当选玉林市市长；梧州市人大会议举行全体会议，"
     "李明当选梧州市市长；王刚当选柳州市市长。",
     [("2025-01-12", ["张伟"]), ("2025-01-12", ["李明"]), ("2025-01-12", ["王刚"])]),
    ("1月12日，玉林市人大会议开幕。\n当天，玉林市人大会议举行全体会议，张伟当选玉林市市长；梧州市人大会议举行全体"
     "会议，李明当选梧州市市长。",
     [("2025-01-12", ["张伟"]), ("2025-01-12", ["李明"])]),
    ("1月12日，青山县第十届人民代表大会第一次会议举行选举。\n张伟当选为县长；李明当选为县人大常委会主任。\n"
     "王刚、刘军当选为副县长。",
     [("2025-01-12", ["张伟"]), ("2025-01-12", ["李明"]), ("2025-01-12", ["王刚", "刘军"])]),
])
def test_elections_clause_by_clause(text, expected):
    assert elections(text) == expected
