"""Made-up texts: an appointment a headline tells with no day, told again by the body on its day, is one
appointment of that day; a post of a group formed for a task (由局长A任组长的…领导小组) is no appointment."""
from __future__ import annotations

import pytest

from kg.model import Document
from kg.pipeline import process_document


def changes(text: str):
    """Type, date and sorted attendees of each Appointment or Removal the pipeline reads in ``text``."""
    doc = Document(id="t", text=text, date="2025-06-18", place="鄂尔多斯市")
    return [(e.type, e.date, sorted(a.text for a in e.attendees))
            for r in process_document(doc, date="2025-06-18", place="鄂尔多斯市") for e in r.events
            if e.type in ("Appointment", "Removal")]


@pytest.mark.parametrize("text, expected", [
    ("王五当选安徽省省长\n安徽日报6月17日电 安徽省第十四届人民代表大会第一次会议17日举行全体会议，选举王五为"
     "安徽省人民政府省长。", [("Appointment", "2025-06-17", ["王五"])]),
    # a task group's leader and deputies
    ("6月3日，青山区公安分局成立了由局长张明任组长，副局长李强任副组长的安保工作领导小组。", []),
])
def test_appointments_told_twice_and_task_groups(text, expected):
    assert changes(text) == expected
