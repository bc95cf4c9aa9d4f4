"""The one named right before a verb of speaking in the clause after the one telling an event (made-up text:
…举行新闻发布会，副主任A介绍有关情况) presents at it and takes part, once the events kept are known; one
whose speech the clause names (传达学习A的重要讲话精神, 审议A所作的报告) does not, and no event is kept for a
presenter alone."""
from __future__ import annotations

import pytest

from tests.kgread import events_of


@pytest.mark.parametrize(("text", "speaker"), [
    ("6月10日下午，市政府新闻办举行新闻发布会，市卫生健康委员会副主任王明介绍有关情况。", "王明"),
    ("6月10日下午，市政府新闻办举行新闻发布会，市卫生健康委员会副主任王明及市财政局有关负责人介绍有关情况。",
     "王明"),
    ("6月10日下午，省政府新闻办举行政策例行吹风会，省水利厅副厅长李建国介绍当前防汛工作情况。", "李建国"),
    ("6月10日，县里召开防汛工作会议，县长陈国强强调，要做好准备。", "陈国强"),
])
def test_presenter_attends(text: str, speaker: str) -> None:
    events = events_of(text, date="2024-06-11")
    assert len(events) == 1 and speaker in {a.text for a in events[0].attendees}


@pytest.mark.parametrize(("text", "named"), [
    ("6月10日，县委召开常委会议，传达学习刘建国同志的重要讲话精神。", "刘建国"),
    ("6月10日，县委召开常委会议，学习刘建国同志重要讲话精神。", "刘建国"),
    ("6月10日下午，青山代表团举行全体会议，审议刘建国省长所作的政府工作报告。", "刘建国"),
])
def test_speech_named_no_attendee(text: str, named: str) -> None:
    assert not [a for e in events_of(text, date="2024-06-11") for a in e.attendees if a.text == named]
