"""A meeting named as a matter another meeting deals with (its agenda, 议程; its arrangements, 有关事宜) and
an inspection named by its plan (视察活动方案) are not held in the news that names them, nor is a series
named by its site (论坛永久会址, 运动会场馆), nor a document named after one (展览协议, 会议纪要). Made-up
sentences of the shapes news uses."""
from __future__ import annotations

import pytest
from kgread import events_of


def events(text: str):
    return [(e.type, e.date, e.trigger.text) for e in events_of(text, date="2025-06-14")]


@pytest.mark.parametrize("text, expected", [
    ("3月2日,县政协召开十届八次主席会议。会议审议了《县政协2025年工作要点》、县政协十届五次常委会议程、日程(草案)。",
     [("Meeting", "2025-03-02", "十届八次主席会议")]),
    ("3月2日,县政协召开十届八次主席会议,协商决定召开县政协十届五次常委会议有关事宜。",
     [("Meeting", "2025-03-02", "十届八次主席会议")]),
    ("5月21日,区政协召开三届九次主席会议。会议听取教文委副主任王丽关于养老服务专题视察活动方案的汇报。",
     [("Meeting", "2025-05-21", "三届九次主席会议")]),
])
def test_meeting_on_agenda(text, expected):
    assert events(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("9月28日,集团董事长王强对青山论坛永久会址主会场项目进行了安全生产检查。",
     [("Inspection", "2025-09-28", "检查")]),
    ("5月8日,副市长李明到白水运动会场馆建设工地检查。", [("Inspection", "2025-05-08", "检查")]),
])
def test_site_of_a_series(text, expected):
    assert events(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("6月28日,白水大学与青山博物馆签署了展览协议。", [("Signing", "2025-06-28", "签署")]),
    ("6月28日,县政府印发了常务会议纪要。", []),
])
def test_document_of_an_event(text, expected):
    assert events(text) == expected
