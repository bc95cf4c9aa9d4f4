"""A meeting the clause before decides on, with when it is to be held (made-up text: 会议决定，青山市
十四届人大三次会议于明年1月中旬召开), is no event yet."""
from __future__ import annotations

from tests.kgread import article_of


def test_a_session_decided_on_is_no_event_yet():
    text = "12月18日，青山市人大常委会第十四次会议举行。会议决定，青山市十四届人大三次会议于明年1月中旬召开。"
    r = article_of(text, date="2024-12-19")
    assert [e.trigger.text for e in r.events] == ["青山市人大常委会第十四次会议"]
