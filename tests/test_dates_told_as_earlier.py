"""A date opening its sentence after a word saying it is earlier than the news (早前3月26日，…;
此前3月26日，…; 早在3月26日，…) still opens it: the meeting it tells and the appointments decided there are on
that day, not on the day of the sentence before. Made-up texts of the shapes personnel news uses."""
from __future__ import annotations

import pytest
from kgread import events_of


def dated(text: str):
    return [(e.type, e.date) for e in events_of(text, date="2025-04-05", place="青山省")]


@pytest.mark.parametrize("text, expected", [
    ("4月5日，青山省人大常委会召开会议。早前3月26日，中共青山省委召开全省领导干部会议，宣布中央决定：张伟任青山"
     "省委书记，李明不再担任青山省委书记职务。",
     [("Meeting", "2025-04-05"), ("Meeting", "2025-03-26"), ("Appointment", "2025-03-26"),
      ("Removal", "2025-03-26")]),
    ("4月5日，青山省人大常委会召开会议。此前3月26日，中共青山省委召开全省领导干部会议，宣布中央决定：张伟任青山"
     "省委书记。",
     [("Meeting", "2025-04-05"), ("Meeting", "2025-03-26"), ("Appointment", "2025-03-26")]),
    ("4月5日，青山市举行招商推介会。早在3月26日，青山市政府就与白水集团签署了合作协议。",
     [("Conference", "2025-04-05"), ("Signing", "2025-03-26")]),
])
def test_dates_told_as_earlier(text, expected):
    assert dated(text) == expected
