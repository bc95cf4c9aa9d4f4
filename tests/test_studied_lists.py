"""Meetings whose spirit a meeting studies, named in a list that closes with 精神 (传达学习…省委十二届五次
全会、市委八届三次全会精神), are no events of the day: only the meeting held is. Made-up sentences."""
from __future__ import annotations

import pytest
from kgread import events_of


def events(text: str):
    return [(e.type, e.date) for e in events_of(text, date="2025-06-14", place="鄂尔多斯市")]


@pytest.mark.parametrize("text, expected", [
    ("12日,市委书记王立新主持召开市委常委会会议,传达学习重要讲话精神及省委十二届五次全会、市委八届三次全会精神。",
     [("Meeting", "2025-06-12")]),
    ("12日,市长张红主持召开市政府常务会议,传达学习重要指示精神和省委十二届五次全会、市委八届三次全会精神。",
     [("Meeting", "2025-06-12")]),
    # one named alone before 精神, as before
    ("12日,市长张红主持召开市政府常务会议,传达学习市委八届三次全会精神。", [("Meeting", "2025-06-12")]),
])
def test_studied_lists(text, expected):
    assert events(text) == expected
