"""Places told around an event (made-up texts): a meeting or a reception of people who came somewhere, told
before it (李强一行来我市考察，王明会见了李强一行: where they came); an inspection's stop told after it by its
doers going on is not its place (…调研春耕生产工作。调研组先后来到A、B: gold leaves a tour of several stops
unplaced)."""
from __future__ import annotations

import pytest

from tests.kgread import article_of


@pytest.mark.parametrize("text, place", [
    ("5月8日，青山集团副总经理李强一行来我市考察，市委书记王明会见了李强一行。", "我市"),
    ("5月8日，青山集团副总经理李强一行来我市考察。市委书记王明会见了李强一行。", "我市"),
    ("5月8日，考察团回到青山市区，省工商联为考察团举行了欢迎座谈会。", "青山市区"),
])
def test_guests_met_where_they_came(text, place):
    r = article_of(text, date="2024-05-10", place="长沙市")
    met = [e for e in r.events if e.type in ("Reception", "Conference", "Meeting")]
    assert met and met[0].place is not None and met[0].place.text.startswith(place[:2])


def test_other_guests_not_placed():
    text = "5月8日，青山集团副总经理李强一行来我市考察，市委书记王明会见了张华一行。"
    r = article_of(text, date="2024-05-10", place="长沙市")
    met = [e for e in r.events if e.type == "Reception"]
    assert met and met[0].place is None


def test_government_house_a_place():
    r = article_of("5月8日，香港特区行政长官李家超在礼宾府会见来港访问的新加坡总理。", date="2024-05-10")
    met = [e for e in r.events if e.type == "Reception"]
    assert met and met[0].place is not None and met[0].place.text == "礼宾府"


def test_some_towns_name_no_place():
    r = article_of("张华深入部分乡镇督查防汛工作\n5月19日，县委书记张华深入江口镇、河西镇督查防汛工作。",
                   date="2025-05-20")
    tours = [e for e in r.events if e.type == "Inspection"]
    assert len(tours) == 1 and tours[0].place is not None and tours[0].place.text == "江口镇"


def test_own_communities_name_no_place():
    r = article_of("7月25日，区委常委张华深入包联社区督导检查防汛工作。", date="2024-07-26")
    tours = [e for e in r.events if e.type == "Inspection"]
    assert tours and tours[0].place is None


@pytest.mark.parametrize("text", [
    "5月8日，县长张华带队调研春耕生产工作。张华一行先后来到红旗村、桃源村，察看小麦长势。",
    "5月8日，县长张华带队调研春耕生产工作。调研组先后来到江口镇、河西镇，察看小麦长势。",
    "5月8日，县长张华带队调研春耕生产工作。在江口镇光明村，张华详细了解小麦长势。",
])
def test_no_place_from_stops_told_after(text):
    r = article_of(text, date="2024-05-10")
    tours = [e for e in r.events if e.type == "Inspection" and e.date == "2024-05-08"]
    assert tours and tours[0].place is None


@pytest.mark.parametrize("day, place", [("8日", "青山国际会议中心"), ("10日", None)])
def test_met_on_a_day_of_a_forum(day, place):
    r = article_of(f"5月7日至9日，2024青山论坛在青山国际会议中心举行。{day}，市长王明会见了嘉宾李强。",
                   date="2024-05-11")
    met = [e for e in r.events if e.type == "Reception"]
    assert met and (met[0].place.text if met[0].place else None) == place
