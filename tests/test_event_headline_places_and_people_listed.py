"""Made-up texts: a headline's place written right between an event's name and its verb of holding, with no
在 (…座谈会巴黎召开, …恳亲大会吉隆坡开幕), is where the event was held; a list of titled names before a verb
of taking part goes on over an item whose title holds a note in brackets (中央党校(国家行政学院)
副校长(副院长)X) or is a noun the tagger reads after an abbreviation (党建指导员X, not 指导 as a verb before
the head 员); the people of a verb of taking part join each act it lists (参加会见和签约活动), and 参加活动
joins the happenings told on one day in the sentence told last, and 参加会谈 with no talks told joins the
visit or reception told last; a meeting's reach opening its name (全市…会议)
is no place, and one its attendee went to (来到X，参加了…会议) is."""
from __future__ import annotations

import pytest

from kg.model import Document
from kg.pipeline import process_document


def events(text: str):
    """Type, date, place and sorted attendees of each event the pipeline reads in ``text``."""
    doc = Document(id="t", text=text, date="2025-06-14", place="鄂尔多斯市")
    return [(e.type, e.date, e.place.text if e.place else None, sorted(a.text for a in e.attendees))
            for r in process_document(doc, date="2025-06-14", place="鄂尔多斯市") for e in r.events]


@pytest.mark.parametrize("text, expected", [
    ("青山商会与白水市代表团座谈会巴黎召开\n6月1日，青山商会与白水市代表团座谈会举行，商会会长王强主持。",
     ("Conference", "2025-06-01", "巴黎")),
    ("第五届世界青山同乡恳亲大会吉隆坡开幕\n6月1日，第五届世界青山同乡恳亲大会开幕，青山商会会长王强出席并致辞。",
     ("Opening", "2025-06-01", "吉隆坡")),
])
def test_a_headline_place_with_no_preposition(text, expected):
    assert [e[:3] for e in events(text)] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("6月5日上午，青山商会2025年度工作会议召开。商会会长陈平，党建(关建)指导员周明，常务副会长王建国及商会"
     "秘书处出席会议。", ["周明", "王建国", "陈平"]),
    ("6月6日上午，青山代表团举行开放团组会议。全国人大代表、市委书记陈平，全国人大代表、中央党校(国家行政学院)"
     "副校长(副院长)周明，全国人大代表、市长王建国参加。", ["周明", "王建国", "陈平"]),
])
def test_a_list_of_titled_names_goes_on(text, expected):
    assert [e[3] for e in events(text) if e[0] == "Meeting"] == [expected]


@pytest.mark.parametrize("text, expected", [
    # 参加会见和签约活动: each act the attend verb lists
    ("6月3日，青山市重点项目集中签约仪式举行。市委书记王强亲切会见签约客商。白水集团董事长李明、黑山公司总经理"
     "张红等参加会见和签约活动。",
     [("Signing", ["张红", "李明", "王强"]), ("Reception", ["张红", "李明", "王强"])]),
    # 参加活动: the happening told last and those its sentence tells on its day
    ("6月3日晚上，市长王强在青山宾馆会见白水集团董事长李明一行，并出席白水集团与青山城建集团的签约活动。副市长"
     "张红，市政府秘书长刘强等同志参加活动。",
     [("Reception", ["刘强", "张红", "李明", "王强"]), ("Signing", ["刘强", "张红", "王强"])]),
])
def test_the_activities_taken_part_in(text, expected):
    assert [(e[0], e[3]) for e in events(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # talks of no event told are those of the visit or reception told last (not of a thanks told after it)
    ("近日，省委书记王强带队拜会财政部、交通运输部等国家有关部委。财政部部长李明、交通运输部部长张红等参加会谈。",
     [("Visit", ["张红", "李明", "王强"])]),
    ("6月3日，集团董事长王强在集团大厦会见青山市市长李明。\n王强感谢青山市的支持。\n集团副总裁张红，青山市副市长"
     "刘强参加座谈。", [("Reception", ["刘强", "张红", "李明", "王强"])]),
])
def test_talks_taken_part_in(text, expected):
    assert [(e[0], e[3]) for e in events(text) if e[0] in ("Visit", "Reception")] == expected


@pytest.mark.parametrize("text, expected", [
    # 全市 opening a meeting's name is its reach, not where it was held; where its attendee went is
    ("6月8日，县委书记胡明来到县公安局指挥中心，参加了全市春节公安执勤调度视频会议。",
     [("Meeting", "2025-06-08", "县公安局指挥中心")]),
    ("6月8日上午，全市重点招商引资项目签约仪式召开。市长石明主持签约仪式。",
     [("Signing", "2025-06-08", None)]),
])
def test_the_reach_of_a_meeting_is_no_place(text, expected):
    assert [e[:3] for e in events(text)] == expected
