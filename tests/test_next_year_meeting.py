"""A meeting on the next year's work, named by that year and held before it opens (12月5日,召开2024年
安全生产工作会议): dated by its day, one event with the bare 会议 its people chair and attend. A past
event named by an older year stays undated. Made-up sentences of the shapes local news uses."""
from __future__ import annotations

import pytest

from kg.model import Document
from kg.pipeline import process_document


def events(text: str, date: str):
    doc = Document(id="t", text=text, date=date, place="青山市")
    return [(e.type, e.date, e.trigger.text, e.chair.text if e.chair else None)
            for r in process_document(doc, date=date, place="青山市") for e in r.events]


@pytest.mark.parametrize("date, text, expected", [
    ("2023-12-06", "12月5日下午,青山区组织召开2024年安全生产工作会议,区委副书记、区长李建国出席会议并讲话,"
                   "区委常委马骏主持会议。",
     [("Meeting", "2023-12-05", "2024年安全生产工作会议", "马骏")]),
    ("2023-12-28", "青山市2024年全市经济工作会议12月27日召开,市委书记李建国出席会议并讲话。",
     [("Meeting", "2023-12-27", "青山市2024年全市经济工作会议", None)]),
    ("2023-12-28", "12月27日,她翻出2019年全市经济工作会议的照片。",
     [("Meeting", None, "2019年全市经济工作会议", None)]),
])
def test_next_year_meeting(date, text, expected):
    assert events(text, date) == expected
