"""Two ways news names where a ceremony or a meeting was held outside its own clause: the main hall of a
meeting held at several (以视频形式召开,主会场设在市政府三楼会议室), and the act a ceremony marks said done at
a place in the sentence before (…活动在青山广场启动。…出席启动仪式). Made-up sentences of the shapes news
uses."""
from __future__ import annotations

import pytest

from kg.model import Document
from kg.pipeline import process_document


def events(text: str):
    doc = Document(id="t", text=text, date="2025-06-14", place="白水市")
    return [(e.type, e.date, e.place.text if e.place else None)
            for r in process_document(doc, date="2025-06-14") for e in r.events]


@pytest.mark.parametrize("text, expected", [
    ("5月6日,全市安全生产工作会议以视频形式召开,主会场设在市政府三楼会议室。市长王明出席会议并讲话。",
     [("Meeting", "2025-05-06", "市政府三楼会议室")]),
    ("5月6日,“文明白水”志愿服务活动在白水广场启动。副市长王明出席启动仪式。",
     [("Ceremony", "2025-05-06", "白水广场")]),
    ("5月6日,青山县乡村振兴培训班在县委党校开班。副县长王明出席开班仪式。",
     [("Training", "2025-05-06", "青山县"), ("Ceremony", "2025-05-06", "县委党校")]),
])
def test_main_hall_and_marked_act(text, expected):
    assert events(text) == expected
