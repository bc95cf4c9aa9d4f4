"""Made-up texts: a trigger noun that names no happening of its own, so the people taking part go to the
event told. A meeting inside a clause of manner (以视频会议形式参加了会议) is how the act is done; two
trigger nouns with a preposition alone between them (会议由大会执行主席X主持) are not one event's name; a
congress's posts and bodies (大会执行主席, 受大会主席团委托) are no congress of their own."""
from __future__ import annotations

import pytest

from kg.model import Document
from kg.pipeline import process_document


def events(text: str):
    """Type, date, chair and sorted attendees of each event the pipeline reads in ``text``."""
    doc = Document(id="t", text=text, date="2025-06-14", place="鄂尔多斯市")
    return [(e.type, e.date, e.chair.text if e.chair else None, sorted(a.text for a in e.attendees))
            for r in process_document(doc, date="2025-06-14", place="鄂尔多斯市") for e in r.events]


@pytest.mark.parametrize("text, expected", [
    # the people of the sentences after a clause of manner attend the meeting told before it
    ("6月3日，公司召开第五届职工代表大会第二次会议。会议总结了上年工作。\n\n来自各单位的80名职工代表以视频会议"
     "形式在主会场和分会场参加了会议。集团副总经理王建国出席会议并讲话。",
     [("Meeting", "2025-06-03", None, ["王建国"])]),
    ("6月3日，青山县召开安全生产工作会议。各乡镇负责同志通过视频会议方式参加。县长李明出席会议。",
     [("Meeting", "2025-06-03", None, ["李明"])]),
])
def test_a_meeting_in_a_clause_of_manner_is_no_event(text, expected):
    assert [e for e in events(text) if e[0] == "Meeting"] == expected


@pytest.mark.parametrize("text, expected", [
    # a session's opening: the chair and those who attend without a vote are the opening's
    ("6月3日，青山区第十九届人民代表大会第四次会议开幕。受大会主席团委托，会议由大会执行主席王强主持。"
     "副区长刘强、陈平列席会议。",
     [("Opening", "2025-06-03", "王强", ["刘强", "王强", "陈平"])]),
    ("6月3日上午，政协青山市第八届委员会第一次会议在青山开幕。开幕大会由大会主席团会议主持人李明主持。",
     [("Opening", "2025-06-03", "李明", ["李明"])]),
])
def test_a_congress_post_or_agent_is_no_congress(text, expected):
    assert [e for e in events(text) if e[0] in ("Opening", "Conference", "Meeting")] == expected
