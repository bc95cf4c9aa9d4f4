"""Made-up texts: a clause naming the stop of a trip (首站, 第二站) goes on with the subject of the clause
before it; the leader named before a group formed (由社长X带队，A、B组成的采访团…) takes part with it; a
session's opening told again on its day at its place, whatever name each sentence gives the session, is one
opening."""
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
    ("6月9日，青山侨联主席王强率参访团抵达悉尼，首站拜访位于沙利坡的青山会馆。",
     [("Visit", "2025-06-09", None, ["王强"])]),
    ("6月9日，青山侨联主席王强抵达悉尼，第二站拜访了青山会馆。", [("Visit", "2025-06-09", None, ["王强"])]),
])
def test_the_stop_of_a_trip(text, expected):
    assert events(text) == expected


def test_an_opening_told_twice():
    text = ("6月12日9时，政协第八届青山省委员会第一次会议在桂林开幕。\n6月12日上午，中国人民政治协商会议"
            "第八届青山省委员会第一次会议在桂林开幕。记者李明摄\n6月12日上午，中国人民政治协商会议第八届"
            "青山省委员会第一次会议在桂林开幕。开幕大会由大会主席团会议主持人王强主持。记者张红摄")
    assert [e for e in events(text) if e[0] == "Opening"] == [("Opening", "2025-06-12", "王强", ["王强"])]


def test_the_leader_named_before_a_group_formed():
    text = ("6月17日，由青山日报社社长王强带队，青山网总经理李明、青山日报社记者张红组成的采访团到白水区开展"
            "专题调研。\n王强一行先后深入白水公园、白水中学等点位，实地调研白水区的经验成效。")
    assert events(text) == [("Inspection", "2025-06-17", None, ["张红", "李明", "王强"])]
