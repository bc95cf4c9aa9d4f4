"""A dispatch's dateline dates the undated events of its paragraph (made-up text: 新华社北京6月5日电 国家主席X
会见…), not one its clause says is yet to come (…将会见…); the day an event was held on may be followed by its
weekday, hour and a pause before where it was held (…于11月26日(星期二)上午十时,假座X举行)."""
from __future__ import annotations

import pytest

from tests.kgread import article_of


@pytest.mark.parametrize("text", [
    "新华社北京6月5日电 国家主席王明会见来访的白水国总统李强。王明指出,两国是好朋友。",
    "中新网成都6月5日电 (记者 张三)青山省省长王明会见白水州州长李强,双方就友好合作交换意见。",
])
def test_a_dateline_dates_its_paragraph(text: str) -> None:
    r = article_of(text, date="2024-06-06")
    assert [e.date for e in r.events if e.type == "Reception"] == ["2024-06-05"]


def test_not_what_is_yet_to_come() -> None:
    r = article_of("新华社北京6月5日电 国家主席王明将会见来访的白水国总统李强。", date="2024-06-06")
    assert [e.date for e in r.events if e.type == "Reception"] == [None]


@pytest.mark.parametrize("text", [
    "青山商会讯:青山商会2019年会员大会于十一月二十六日(星期二)上午十时,假座白水香格里拉酒店举行。",
    "青山商会2019年会员大会于11月26日,在白水香格里拉酒店举行。",
    "青山商会2019年会员大会于11月26日晚7时半在白水香格里拉酒店隆重举行。",
])
def test_where_after_the_day_and_hour(text: str) -> None:
    r = article_of(text, date="2019-11-27")
    assert [(e.date, e.place.text if e.place else None) for e in r.events] \
        == [("2019-11-26", "白水香格里拉酒店")]


def test_a_trip_told_in_the_headline_and_again() -> None:
    text = ("王明随青山省代表团赴白水大学边界研究院调研\n"
            "10月29日上午,青山研究院院长王明随青山省委副书记李强率领的代表团赴白水大学边界研究院就智库共建开展专题调研,"
            "并进行座谈。座谈会由白水大学副校长张三主持。")
    r = article_of(text, date="2021-10-30")
    talks = [e for e in r.events if e.type == "Conference"]
    assert talks and talks[0].place is not None and talks[0].place.text.startswith("白水大学")


@pytest.mark.parametrize(("text", "place"), [
    ("6月5日,青山省委书记王明率代表团结束对阿根廷、智利、巴西的访问。", "阿根廷"),
    ("6月5日,白水国总统李强结束对中国的国事访问。", "中国"),
])
def test_the_place_of_a_visit_of_a_country(text: str, place: str) -> None:
    r = article_of(text, date="2024-06-06")
    assert [e.place.text if e.place else None for e in r.events if e.type == "Visit"] == [place]


def test_a_visit_hoped_for_is_spoken_of() -> None:
    text = "6月5日,白水国总统李强会见青山国外长王明。李强期待对青山国的国事访问取得成功。"
    r = article_of(text, date="2024-06-06")
    assert not [e for e in r.events if e.type == "Visit"]


def test_a_numbered_venue_after_a_pause() -> None:
    text = "4月21日上午,青山公司与白水学院合作协议签约仪式,在白水学院新材料学院A4三楼举行。"
    r = article_of(text, date="2024-04-22")
    assert [e.place.text if e.place else None for e in r.events] == ["白水学院新材料学院A4三楼"]
