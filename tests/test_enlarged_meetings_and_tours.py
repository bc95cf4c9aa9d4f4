"""A meeting named with its bracketed note before a bare 会 (党委常委(扩大)会: not the body 常委会), 查看
after a verb of going (来到长沙县查看…: an inspection), a tour's later stops with no day of their own after
a year or an age written in between (今年60岁: no other day told, the stops are the tour's), the place inside
the country opening an event's name (中国·哈尔滨…), 盛装开幕 and no place's name of 随后我县."""
from __future__ import annotations

import pytest

from kg.extract import extract_mentions
from kg.extract.context import Context
from kg.extract.facts import extract_facts
from kg.nlp.normalize import View


def _events(text: str) -> list:
    view = View.of(text)
    ctx = Context(date="2024-12-20")
    _, events, _ = extract_facts(view, extract_mentions(view, ctx), ctx)
    return events


@pytest.mark.parametrize("text, name", [
    ("5月23日，公司召开专题党委常委(扩大)会，传达学习有关精神。", "专题党委常委(扩大)会"),
    ("1月5日，县委书记王海主持召开县委常委（扩大）会，县四大班子主要领导参加会议。", "县委常委（扩大）会"),
    # (扩大)会议 stays one name (区委常委会(扩大)会议), and one only studied stays no event
    ("12月5日，区委常委会(扩大)会议召开，传达学习市委常委会(扩大)会议精神。", "区委常委会(扩大)会议"),
])
def test_enlarged_meetings(text, name):
    assert [(e.type, e.trigger.text) for e in _events(text)] == [("Meeting", name)]


@pytest.mark.parametrize("text, place", [
    ("7月20日，副县长李明来到长沙县查看防汛准备情况。", "长沙县"),
    ("7月20日，副县长李明赶到浏阳市查看受灾情况。", "浏阳市"),
])
def test_looking_over_after_going(text, place):
    (e,) = _events(text)
    assert e.type == "Inspection" and e.place is not None and e.place.text == place


def test_no_inspection_of_looking_alone():
    assert not _events("7月20日，李明查看了监控录像。")


def test_tour_stops_after_an_age():
    text = ("春节临近,1月11日,省妇联副主席蔡红、部长韩梅等一行来阜开展慰问活动,市妇联主席郭芳陪同参加。\n"
            "在颍泉区困境儿童家中,蔡红详细询问生活状况。\n"
            "退休妇女干部王琪今年60岁,曾获“三八红旗手”荣誉。在其家中,蔡红感谢她多年来的贡献。\n"
            "在颍西街道振兴社区,蔡红一行看望了社区书记潘敏。\n"
            "蔡红一行还实地参观了社区妇女儿童之家。")
    visits = [e for e in _events(text) if e.type == "Visit"]
    assert len(visits) == 1 and "潘敏" in {a.text for a in visits[0].attendees}


@pytest.mark.parametrize("text, place", [
    # the place named inside the country opening an event's name
    ("5月8日，第29届中国洛阳牡丹文化节投资贸易洽谈会开幕。", "洛阳"),
    ("1月5日，第22届中国·哈尔滨国际冰雪节经济贸易洽谈会开幕。", "哈尔滨"),
    # 盛装: an adverb between the venue and the verb
    ("1月5日，第五届长沙国际经贸洽谈会在长沙国际会展中心盛装开幕。", "长沙国际会展中心"),
])
def test_places_of_named_events(text, place):
    places = {e.place.text for e in _events(text) if e.place is not None}
    assert place in places


@pytest.mark.parametrize("text, place", [
    ("10月23日，全市召开动员会，随后我县举行了第四次项目集中开工仪式。", None),  # 随后我县: no place's name
    ("10月23日，全市召开动员会，随后长沙县举行了第四次项目集中开工仪式。", "长沙县"),
])
def test_place_holding_after_a_clause_going_on(text, place):
    (e,) = [e for e in _events(text) if e.type == "Ceremony"]
    assert (e.place.text if e.place else None) == place
