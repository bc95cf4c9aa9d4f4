"""A month and day whose 月 a page lost (1025日, 518日, (727日)): read as that day where a date opens its
clause, never a count or a price. Made-up cases."""
from __future__ import annotations

import pytest

from kg.extract.context import Context
from kg.extract.dates import extract_dates
from kg.nlp.normalize import View


def dates(text: str, date: str = "2024-11-20"):
    return [(m.text, m.key) for m in sorted(extract_dates(View.of(text), Context(date=date)))]


@pytest.mark.parametrize("text, date, expected", [
    ("共谋新发展。1114日,青山县代表团来访。", "2024-11-20", [("1114日", "2024-11-14")]),
    ("座谈会指出,926日,集团董事长到白水调研。", "2024-11-20", [("926日", "2024-09-26")]),
    ("青山区开展植树活动(312日)  区长出席", "2024-03-20", [("312日", "2024-03-12")]),
    ("1103日上午,市政协召开主席会议", "2024-11-20", [("1103日上午", "2024-11-03")]),
    # two figures that are no day of a month (33日: 3月3日)
    ("44日,区长主持召开区长办公会议", "2024-04-10", [("44日", "2024-04-04")]),
    ("会议(92日)", "2024-09-10", [("92日", "2024-09-02")]),
    ("12日,区长主持召开会议", "2024-11-20", [("12日", "2024-11-12")]),  # a day of this month
    # two readings (1月12日, 11月2日): the last on or before the publication day
    ("112日,镇人大召开会议", "2024-11-20", [("112日", "2024-11-02")]),
    ("112日,镇人大召开会议", "2024-05-20", [("112日", "2024-01-12")]),
])
def test_glued_month_and_day(text, date, expected):
    assert dates(text, date) == expected


@pytest.mark.parametrize("text", [
    "1美元兑换125日元左右",  # a price
    "股价跌破250日均线",  # a count of days
    "项目历时180日,如期完成",  # a duration
    "第115日,队伍抵达",  # an ordinal
    "全年365日,",  # no month and day
])
def test_not_glued_dates(text):
    assert dates(text) == []


@pytest.mark.parametrize("text, date, expected", [
    # a festival of a fixed day named as the day something happened: its year, or the nearest
    ("青山市政府2024元旦早上8点在府前广场举行升旗典礼", "2024-01-02", [("2024元旦", "2024-01-01")]),
    ("元旦当天,市长出席升旗仪式", "2025-12-30", [("元旦当天", "2026-01-01")]),
    ("2023年国庆节上午,广场举行升旗仪式", "2023-10-05", [("2023年国庆节上午", "2023-10-01")]),
    # a festival's season or eve: no day
    ("国庆节期间,全市景区", "2024-10-03", []),
    ("元旦前夕,市长慰问困难群众", "2024-12-30", []),
])
def test_festival_days(text, date, expected):
    assert dates(text, date) == expected
