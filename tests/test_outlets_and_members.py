"""Events as news sites and Hong Kong pages write them (made-up texts): a place inside a news outlet's name
opening a dateline (胶东在线4月8日讯) is no place of the events reported, as the place written right
before the day is (新华社烟台4月8日电); a meeting's word before 成员 names a body's members (行政会议成员),
no meeting."""
from __future__ import annotations

import pytest

from tests.kgread import article_of


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    r = article_of(text, date="2021-04-08")
    return [(e.type, e.date, e.place.text if e.place else None) for e in r.events]


@pytest.mark.parametrize("text, place", [
    ("青山在线4月8日讯(通讯员 黄明)4月7日上午,青山医院与东湖大学正式签署合作协议。", None),
    ("东湖网4月8日讯 4月7日上午,青山医院与东湖大学正式签署合作协议。", None),
    ("新华社烟台4月8日电 4月7日上午,青山医院与东湖大学正式签署合作协议。", "烟台"),
    ("本报烟台4月8日讯 4月7日上午,青山医院与东湖大学正式签署合作协议。", "烟台"),
])
def test_a_dateline_place_is_written_right_before_the_day(text, place):
    assert _events(text) == [("Signing", "2021-04-07", place)]


@pytest.mark.parametrize("text", [
    "立法会主席王大明27日宴请行政长官李小明以及行政会议成员、政府高级官员等。",
    "27日,行政长官李小明与行政会议成员会面。",
])
def test_the_members_of_a_meeting_body_are_no_meeting(text):
    # (与行政会议成员会面 tells a meeting by 会面; none is named by the body's word)
    events = article_of(text, date="2021-04-08").events
    assert [e.trigger.text for e in events if "会议" in e.trigger.text] == []
