"""Made-up texts: a standing committee's meeting speaks of the session to come (its date decided, a document
about holding it, its matters, a bill submitted to it) and a delegation named for the session holds its own
meeting. The session is no happening told, and the people of the sentences after it attend the meeting; so
are the events a meeting studies the spirit of a letter to (…论坛贺信精神)."""
from __future__ import annotations

import pytest

from kg.model import Document
from kg.pipeline import process_document


def meetings(text: str):
    """Name, date, chair and sorted attendees of each Meeting the pipeline reads in ``text``."""
    doc = Document(id="t", text=text, date="2025-06-14", place="鄂尔多斯市")
    return [(e.name, e.date, e.chair.text if e.chair else None, sorted(a.text for a in e.attendees))
            for r in process_document(doc, date="2025-06-14", place="鄂尔多斯市") for e in r.events
            if e.type == "Meeting"]


_HELD = "6月12日，青山市人大常委会第二十九次会议召开。常务副主任王强主持会议。"
_COMMITTEE = [("青山市人大常委会第二十九次会议", "2025-06-12", "王强", ["刘强", "张红", "王强"])]


@pytest.mark.parametrize("text, expected", [
    # a document about holding the session (关于召开…的决定, 关于举行…的说明)
    (_HELD + "会议听取了关于召开市五届人大七次会议有关事项和筹备工作情况的报告。副主任张红、刘强出席会议。",
     _COMMITTEE),
    (_HELD + "会议表决通过了关于召开市第五届人民代表大会第七次会议的决定。副主任张红、刘强出席会议。",
     _COMMITTEE),
    # the decision and when it is to be held, written right before the session's name
    (_HELD + "会议决定于明年1月中旬在青山召开市五届人大七次会议。副主任张红、刘强出席会议。", _COMMITTEE),
    # ... or a word of deciding right before it, when after it
    (_HELD + "会议表决通过了有关决定，决定市五届人大七次会议于明年1月中旬召开。副主任张红、刘强出席会议。",
     _COMMITTEE),
    # the session's matters (有关事项), a bill submitted to it (提请…会议审议)
    (_HELD + "会议听取了有关报告，审议通过市五届人大七次会议有关事项。副主任张红、刘强出席会议。",
     _COMMITTEE),
    (_HELD + "会议决定将青山市物业管理条例草案提请市五届人大七次会议审议。副主任张红、刘强出席会议。",
     _COMMITTEE),
])
def test_a_session_spoken_of_by_a_committee_meeting(text, expected):
    assert meetings(text) == expected


def test_a_session_naming_a_delegation_that_meets():
    text = ("3月6日上午，十四届全国人大三次会议青山代表团举行开放团组会议，审议政府工作报告。全国人大代表、"
            "市委书记王强，全国人大代表、市长李明参加。")
    assert meetings(text) == [("开放团组会议", "2025-03-06", None, ["李明", "王强"])]


def test_an_event_named_by_the_letter_studied():
    # 传达学习…向X论坛贺信精神, 致Y大会的贺信精神: the events the letters went to are only named
    text = ("2025年6月12日下午，区长王强主持召开区政府第18次常务会议，传达学习习近平总书记向“全球青山”媒体"
            "论坛贺信精神、致首届世界白水学大会的贺信精神。")
    doc = Document(id="t", text=text, date="2025-06-14", place="鄂尔多斯市")
    (result,) = process_document(doc, date="2025-06-14", place="鄂尔多斯市")
    assert [(e.type, e.date) for e in result.events] == [("Meeting", "2025-06-12")]
