"""A year written inside the title of a document (《…二〇三五年远景目标的建议》) dates no event named outside
it: the meetings only studied after it (…、市委五届九次全会等会议精神) stay undated and are no events;
an event named inside a title keeps its date. Made-up sentences of the shapes local news uses."""
from __future__ import annotations

import pytest
from kgread import events_of


def events(text: str):
    return [(e.type, e.date, e.trigger.text) for e in events_of(text, date="2021-01-08", place="青山县")]


@pytest.mark.parametrize("text, expected", [
    ("1月7日,县政协召开十届十八次常委会。会议传达学习了《关于制定青山县国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议》、"
     "市委五届九次全会、县委十四届九次全会等会议精神。",
     [("Meeting", "2021-01-07", "十届十八次常委会")]),
    ("1月7日,县政协召开十届十八次常委会。会议传达学习了《2020年市委五届九次全会公报》。",
     [("Meeting", "2021-01-07", "十届十八次常委会")]),
])
def test_date_in_a_title(text, expected):
    assert events(text) == expected
