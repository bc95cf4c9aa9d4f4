"""An act verb whose object runs into the speech given on it names no act the article tells (made-up
text: 传达学习…视察青山重要讲话精神); an act told with 时 before the speech still is one (在青山考察时的
重要讲话)."""
from __future__ import annotations

from tests.kgread import article_of


def test_an_act_naming_a_speech_is_no_event():
    text = "12月5日，区委常委会召开会议，传达学习省委书记张大伟视察青山重要讲话精神。"
    r = article_of(text, date="2024-12-06")
    assert [e.type for e in r.events] == ["Meeting"]


def test_an_act_told_with_its_time_still_is_one():
    text = "12月5日，区委常委会召开会议，传达学习省委书记张大伟在青山考察时的重要讲话精神。"
    r = article_of(text, date="2024-12-06")
    assert [e.type for e in r.events] == ["Meeting", "Inspection"]
