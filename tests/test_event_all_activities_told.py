"""People told as taking part in "the activities above" (made-up text: X参加上述活动,
Y出席了以上活动) take part in every happening the article told before them, not the last one alone."""
from __future__ import annotations

import pytest

from tests.kgread import events_of

_TOLD = ("青山日报讯 9月28日，市委书记王大明到青山产业园调研，察看了生产车间。"
         "当天下午，王大明在青山宾馆会见青山集团董事长李小红，对企业投产表示祝贺。")
_TRIP = "青山日报讯 5月9日，县长王大明率团赴上海考察招商项目，并与在沪客商座谈。"


@pytest.mark.parametrize(("told", "taking_part"), [
    (_TOLD, "张建国、刘卫东参加上述活动。"),
    (_TOLD, "市委常委、副市长张建国，市政府秘书长刘卫东参加了上述活动。"),
    (_TRIP, "县领导张建国、刘卫东参加了以上活动。"),
    (_TRIP, "副县长张建国，县政府办主任刘卫东出席以上各项活动。"),
])
def test_everyone_joins_every_happening_told(told: str, taking_part: str) -> None:
    events = events_of(told + taking_part, date="2024-10-10")
    assert len(events) == 2
    for e in events:
        assert {"张建国", "刘卫东"} <= {a.text for a in e.attendees}, e.type

