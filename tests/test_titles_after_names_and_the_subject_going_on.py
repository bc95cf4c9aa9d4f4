"""Who takes part and where, in made-up text: a list of names each followed by its title or form of
address (A局长、B主任，C处长等出席; A先生，B先生出席) before an attend verb; the subject of the clause
before one going on after 并 (市长A会见了B一行，并考察了…: A); the place holding a meeting written as a
chain (安徽合肥召开…会); and a city's home word (全市) in a province's paper, which names no place."""
from __future__ import annotations

import pytest

from tests.kgread import article_of

_LISTS = [
    ("5月9日，青山市物流行业协会成立大会在长沙召开。市商务局张大伟局长、王小红主任，"
     "市交通局李小明处长等领导出席了本次大会。", {"张大伟", "王小红", "李小明"}),
    ("11月11日，青山同乡联谊会就职典礼在青山展贸中心举行。全国政协委员张大伟先生，"
     "福建省政协常委李小明先生出席。", {"张大伟", "李小明"}),
    ("11月11日，青山同乡联谊会就职典礼在青山展贸中心举行。副会长张大伟同志，理事李小明同志，"
     "秘书长王小红同志出席。", {"张大伟", "李小明", "王小红"}),
    ("11月11日，青山同乡联谊会就职典礼在青山展贸中心举行。驻华大使马丁阁下，立法会议员陈大文太平绅士，"
     "李小明太平绅士出席。", {"马丁", "陈大文", "李小明"}),
]


@pytest.mark.parametrize(("text", "people"), _LISTS)
def test_names_with_their_titles_after_them(text, people):
    r = article_of(text, date="2024-11-12")
    assert people <= {a.text for e in r.events for a in e.attendees}


def test_the_subject_goes_on_after_bing():
    r = article_of("7月20日，市长张大伟会见了李小明一行，并考察了青山建设集团。", date="2024-07-21")
    inspections = [e for e in r.events if e.trigger.text == "考察"]
    assert inspections and [a.text for a in inspections[0].attendees] == ["张大伟"]


def test_a_talk_with_the_guests_met_is_no_event_of_its_own():
    r = article_of("11月4日，市委书记张大伟会见了来青山考察的企业家，并与他们座谈交流。", date="2024-11-05")
    assert [e.type for e in r.events] == ["Reception"]


@pytest.mark.parametrize("chain", ["安徽合肥", "安徽省合肥市"])
def test_a_chain_of_places_holds_the_meeting(chain):
    text = f"3月8日下午，{chain}召开全市信访工作专题会。该市领导罗云峰、马军参加。"
    r = article_of(text, date="2024-03-09")
    assert r.events[0].place is not None and r.events[0].place.key == "合肥市"


def test_a_citys_home_word_in_a_provinces_paper_names_no_place():
    r = article_of("6月17日上午，德州全市领导干部会议召开。", date="2024-06-18", place="山东省")
    assert r.events[0].place is not None and r.events[0].place.key == "德州市"
