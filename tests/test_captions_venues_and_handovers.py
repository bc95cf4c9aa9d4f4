"""Events in made-up text: the people a photo's caption names from one side (左起：A、B) take part in
the event told before it; a venue's name with Latin words in it (在Le Park宴会大厅举行); a subject going
with others (A同B一道，走访X); 签订仪式 and 签署仪式 name signings, 交接仪式 a hand-over; a body of the home
county gone to after 我 (深入我县融媒体中心开展调研); no adverb in the body holding it (青山会馆隆重举行)."""
from __future__ import annotations

import pytest

from tests.kgread import article_of


@pytest.mark.parametrize("caption", ["左起：", "前排左起为", "从左至右依次为"])
def test_a_captions_people_take_part(caption):
    text = ("9月21日，青山同乡会就职典礼在青山会馆举行，会长张大伟致辞。典礼后嘉宾合影留念。"
            f"{caption}吴德芳、林秋雅、丁锦清。")
    r = article_of(text, date="2024-09-22")
    ceremonies = [e for e in r.events if e.type == "Ceremony"]
    assert ceremonies and {"吴德芳", "林秋雅", "丁锦清"} <= {a.text for a in ceremonies[0].attendees}


@pytest.mark.parametrize(("venue", "place"), [("在Le Park宴会大厅举行", "Le Park宴会大厅"),
                                              ("在香港Harbour Plaza酒店举行", "香港Harbour Plaza酒店")])
def test_a_venue_named_with_latin_words(venue, place):
    r = article_of(f"5月3日，青山同乡会就职典礼{venue}，会长张大伟致辞。", date="2024-05-04")
    assert r.events[0].place is not None and r.events[0].place.text == place


def test_a_latin_name_with_no_venue_word_is_no_place():
    r = article_of("5月3日，青山同乡会就职典礼在Zoom举行。", date="2024-05-04")
    assert r.events[0].place is None


def test_the_subject_going_with_others():
    r = article_of("12月24日，省委常委、统战部部长惠建林同各民主党派负责人一道，走访省检察院并召开座谈会。",
                   date="2024-12-25")
    visits = [e for e in r.events if e.type == "Visit"]
    assert visits and [a.text for a in visits[0].attendees] == ["惠建林"]


_NAMED_BY_ACT = [("合作协议签订仪式", "Signing"), ("战略合作协议签署仪式", "Signing"),
                 ("会旗交接仪式", "HandOver")]


@pytest.mark.parametrize(("name", "type_"), _NAMED_BY_ACT)
def test_ceremonies_named_by_their_act(name, type_):
    r = article_of(f"5月3日，青山大学与青山医院{name}在青山医院举行。", date="2024-05-04")
    assert [(e.type, e.trigger.text.endswith(name)) for e in r.events] == [(type_, True)]


def test_the_home_countys_body_gone_to():
    r = article_of("9月12日，市委宣传部副部长张大伟深入我县融媒体中心开展调研。", date="2024-09-13")
    assert r.events[0].place is not None and r.events[0].place.text.endswith("县融媒体中心")


def test_an_adverb_is_no_part_of_the_body_holding():
    r = article_of("5月3日上午，青山会馆隆重举行揭牌仪式。", date="2024-05-04")
    assert r.events[0].place is not None and r.events[0].place.text == "青山会馆"
