"""A meeting named as where a speech studied was given (made-up text: 传达学习了X在“A、B”主题教育工作会议上的
讲话精神) is only spoken of: those who attend 会议 next attend the session the article reports."""
from __future__ import annotations

from tests.kgread import article_of


def test_the_session_reported():
    text = ("9月26日，区人大常委会召开第二十二次会议，主任王大明主持会议。\n会前，副主任李建华传达学习了"
            "习近平同志在“不忘初心、牢记使命”主题教育工作会议上的讲话精神。\n副主任李建华、赵小军出席会议。")
    r = article_of(text, date="2019-09-27")
    meetings = [e for e in r.events if e.type == "Meeting" and e.date == "2019-09-26"]
    assert meetings and {"王大明", "李建华", "赵小军"} <= {a.text for a in meetings[0].attendees} \
        | {meetings[0].chair.text if meetings[0].chair else ""}
