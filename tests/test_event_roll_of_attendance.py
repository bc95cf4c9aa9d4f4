"""A roll of who attended written after a meeting with a colon (made-up text: 出席人员：A、B。
列席人员：C; 出席人员有：A、B) names people taking part in the meeting told before; 出席人员 not
opening a list stays a noun (出席人员要…)."""
from __future__ import annotations

import pytest

from tests.kgread import events_of

_MEETING = "青山日报讯 5月16日，县长王大明主持召开县政府第10次常务会议，研究部署近期重点工作。"


@pytest.mark.parametrize(("roll", "named"), [
    ("出席人员：李小红、张建国。列席人员：县财政局局长刘卫东。", {"李小红", "张建国", "刘卫东"}),
    ("出席人员有：副县长李小红、张建国。", {"李小红", "张建国"}),
    ("列席人员：县发展改革局局长刘卫东，县自然资源局局长陈志强。", {"刘卫东", "陈志强"}),
    ("出席领导：县委副书记李小红。", {"李小红"}),
])
def test_roll_takes_part(roll: str, named: set[str]) -> None:
    (e,) = events_of(_MEETING + roll, date="2024-05-17")
    assert e.type == "Meeting"
    assert named <= {a.text for a in e.attendees}


def test_attendees_as_a_noun_list_no_one() -> None:
    (e,) = events_of(_MEETING + "会议强调，出席人员要认真抓好落实，副县长李小红负责督办。", date="2024-05-17")
    assert "李小红" not in {a.text for a in e.attendees}
