"""A happening told only as the start of a time counted from it (自…签约以来, 自…当选院士以来,
开幕以来: ``since`` of events/fact_words.tsv) with no day of its own, and an inspection's verb
before 报告 (调研报告, 视察报告: the report is a document, ``except_after`` of
events/triggers.jsonl) tell no event. Made-up sentences of the shapes news uses."""
from __future__ import annotations

import pytest
from kgread import events_of


def events(text: str):
    return [(e.type, e.date) for e in events_of(text, date="2025-06-14")]


@pytest.mark.parametrize("text, expected", [
    ("自青山市与白水县签订战略合作协议以来,两地合作不断深化。", []),
    ("王明院士自1994年当选中国工程院院士以来,先后在全国建立了多个工作站。", []),
    ("全国两会开幕以来,各地代表委员积极建言献策。", []),
    ("自去年与白水集团签约以来,项目进展顺利。", []),
    # told with its day, or as what happened: an event
    ("6月3日,青山市与白水县签订战略合作协议。", [("Signing", "2025-06-03")]),
    ("自6月3日两地签订战略合作协议以来,合作不断深化。", [("Signing", "2025-06-03")]),
])
def test_a_happening_told_as_the_start_of_a_time(text, expected):
    assert events(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("会议听取了县人大办公室主任李明作的关于青山工业园区建设情况的调研报告。", []),
    ("会议审议了市政协副主席李明关于全市乡村振兴工作的视察报告。", []),
    ("会议书面审议了县人大常委会执法检查组关于青山县食品安全工作的检查报告。", []),
    # the visit told, a report heard on it; a resignation's letter
    ("6月3日,市长王强到青山县调研,并听取了考察报告。", [("Inspection", "2025-06-03")]),
    ("6月3日,青山公司董事会收到董事长李明的书面辞职报告。", [("Resignation", "2025-06-03")]),
])
def test_an_inspection_report_is_no_inspection(text, expected):
    assert events(text) == expected


# An act its clause tells as done again and again (多次, 经常: ``habitual`` of events/fact_words.tsv) is
# no one happening; 定期 is not one of those words (定期会晤 names a regular meeting)
@pytest.mark.parametrize("text, expected", [
    ("王强指出,近期连续降雨,省委、市委已多次召开防汛工作会议。", []),
    ("近日,区政协领导李明、张伟多次到街道检查督导创建工作。", []),
    ("李明说,他与白水市市长王强经常会面,如同老朋友。", []),
    ("6月3日,总理王强出席中青两国总理第五次定期会晤。", [("Reception", "2025-06-03")]),
])
def test_an_act_done_again_and_again(text, expected):
    assert events(text) == expected
