"""Dates: ISO keys relative to the publication date, Chinese numerals, ranges."""
from __future__ import annotations

import pytest

from kg.extract.context import Context
from kg.extract.dates import extract_dates, parse_number
from kg.nlp.normalize import View


def dates(text: str, date: str | None = "2025-06-14"):
    return [(m.text, m.key) for m in sorted(extract_dates(View.of(text), Context(date=date)))]


@pytest.mark.parametrize("text, expected", [
    ("6月13日,全区精神文明建设成果交流会召开", [("6月13日", "2025-06-13")]),
    ("督察进驻期间:2025年5月28日—6月28日", [("2025年5月28日—6月28日", "2025-05-28/2025-06-28")]),
    ("１２月３１日，中共中央总书记", [("１２月３１日", "2025-12-31")]),
    ("（一九九七年十二月三十一日）", [("一九九七年十二月三十一日", "1997-12-31")]),
    ("二〇二五年元月", [("二〇二五年元月", "2025-01")]),
    ("昨天下午他来到", [("昨天下午", "2025-06-13")]),
    ("前天", [("前天", "2025-06-12")]),
    ("近日,中国·乌审马头琴交响乐团", [("近日", "2025-06")]),
    ("2019年至今", [("2019年", "2019")]),
    ("2022年7月、2023年5月获评", [("2022年7月", "2022-07"), ("2023年5月", "2023-05")]),
    ("去年12月", [("去年12月", "2024-12")]),
    ("１月１日至１５日", [("１月１日至１５日", "2025-01-01/2025-01-15")]),
    ("本月13日", [("本月13日", "2025-06-13")]),
    ("截至6月13日,全市", [("6月13日", "2025-06-13")]),
    # a range's first day without 日; a day with 号 alone in brackets (今天（14号）)
    ("3月5-7日访问", [("3月5-7日", "2025-03-05/2025-03-07")]),
    ("3月5至7日访问", [("3月5至7日", "2025-03-05/2025-03-07")]),
    # a doubled dash (5--7日, 5日——7日)
    ("3月5--7日访问", [("3月5--7日", "2025-03-05/2025-03-07")]),
    ("3月5日——7日访问", [("3月5日——7日", "2025-03-05/2025-03-07")]),
    # days of one month listed with 、, the last with 日: their span (not the last day in the paper's month)
    ("2月24、25日,省委常委率队调研", [("2月24、25日", "2025-02-24/2025-02-25")]),
    ("3月5、6、7日访问", [("3月5、6、7日", "2025-03-05/2025-03-07")]),
    ("5月10日、11日,代表团考察", [("5月10日、11日", "2025-05-10/2025-05-11")]),
    ("5月3日、6月8日", [("5月3日", "2025-05-03"), ("6月8日", "2025-06-08")]),
    ("今天（14号）上午", [("14号", "2025-06-14")]),  # the day in brackets says which day: one mention
    # a relative day with its day in brackets (昨(13)日); a space before 日 after a month (8月18 日)
    ("昨(13)日，市委书记", [("昨(13)日", "2025-06-13")]),
    ("今（14）日上午", [("今（14）日上午", "2025-06-14")]),
    ("2017年8月18 日,大使", [("2017年8月18 日", "2017-08-18")]),
    # digits and their words a space apart, as announcements are set
    ("公司于 2020 年 1 月 10 日收到", [("2020 年 1 月 10 日", "2020-01-10")]),
    ("2019年 至今", [("2019年", "2019")]),
    # a bare day in Chinese numerals of two or more, in brackets or after a preposition of time
    ("行政长官今(二十四日)率团启程", [("二十四日", "2025-06-24")]),
    ("一行于二十五日转赴青山", [("二十五日", "2025-06-25")]),
    # a date after a wire's dateline and a slash (北京6月13日电/6月12日)
    ("青山社北京6月13日电/6月12日,外长", [("6月13日", "2025-06-13"), ("6月12日", "2025-06-12")]),
])
def test_dates(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize("text", [
    "1号生产车间", "3号线", "近10年来", "A980号邮政信箱", "每天8:00—20:00", "30日内办结", "一日三餐",
    "第十六批", "6个月", "历时十五日", "二十日元",
    "0471-4819165", "15.05亿元", "第 18 日",
])
def test_not_dates(text):
    assert dates(text) == []


def test_year_from_page_only():
    # a page that gives only its year: month and day are still resolved
    assert dates("6月13日", date="2025") == [("6月13日", "2025-06-13")]
    assert dates("昨天", date="2025") == [("昨天", "")]


def test_no_date_known():
    assert dates("6月13日", date=None) == [("6月13日", "")]


def test_january_paper_reads_december_as_last_year():
    assert dates("12月31日", date="1998-01-02") == [("12月31日", "1997-12-31")]


def test_offsets_point_into_the_source():
    src = "会议于\n\n６月１３日召开"
    view = View.of(src, drop=[(3, 5)])
    (m,) = extract_dates(view, Context(date="2025-06-14"))
    assert src[m.start:m.end] == m.text == "６月１３日" and m.key == "2025-06-13"


@pytest.mark.parametrize("s, n", [
    ("12", 12), ("十二", 12), ("三十一", 31), ("十", 10), ("二十", 20), ("一九九八", 1998),
])
def test_parse_number(s, n):
    assert parse_number(s) == n


# the shapes of dates news tells relative to its day (a paper of Saturday 2025-06-14): each one mention
@pytest.mark.parametrize("text, date, expected", [
    # a day of the publication's month, of the month before or after
    ("本月10日，市长会见", "2025-06-14", [("本月10日", "2025-06-10")]),
    ("上月30日至本月2日", "2025-06-14", [("上月30日至本月2日", "2025-05-30/2025-06-02")]),
    ("上个月５日", "2025-01-14", [("上个月５日", "2024-12-05")]),
    ("下个月5日", "2025-12-20", [("下个月5日", "2026-01-05")]),
    ("上月10个项目", "2025-06-14", [("上月", "2025-05")]),  # no day: the imprecise month
    # a day alone after the paper's day: this month's or the month before's, whichever is nearer
    ("30日，市长会见", "2025-07-01", [("30日", "2025-06-30")]),
    ("28日至30日访问", "2025-07-02", [("28日至30日", "2025-06-28/2025-06-30")]),
    ("19日下午回港", "2018-01-13", [("19日下午", "2018-01-19")]),
    ("31日召开", "2025-07-02", [("31日", "2025-07-31")]),  # no June 31st
    # ... this month's when its sentence tells what is yet to come
    ("会议将于30日召开", "2025-07-01", [("30日", "2025-07-30")]),
    ("定于29日至30日访问", "2025-07-01", [("29日至30日", "2025-07-29/2025-07-30")]),
    # a relative day told by its part
    ("昨晚，市长会见", "2025-06-14", [("昨晚", "2025-06-13")]),
    ("今晨6时", "2025-06-14", [("今晨", "2025-06-14")]),
    ("今早9时30分许", "2025-06-14", [("今早", "2025-06-14")]),
    ("前晚", "2025-06-14", [("前晚", "2025-06-12")]),
    ("明晚", "2025-06-14", [("明晚", "2025-06-15")]),
    # a day of the week: of the week before, this one or the next; alone, the last one up to the paper's day
    ("上周五，市长会见", "2025-06-14", [("上周五", "2025-06-06")]),
    ("本周三，市长会见", "2025-06-14", [("本周三", "2025-06-11")]),
    ("上星期六下午", "2025-06-14", [("上星期六下午", "2025-06-07")]),
    ("下周一将举行", "2025-06-14", [("下周一", "2025-06-16")]),
    ("周三，中国西南部发生地震", "2022-06-01", [("周三", "2022-06-01")]),
    ("当地时间周五，", "2025-06-14", [("周五", "2025-06-13")]),
    ("会议将于周一举行", "2025-06-14", [("周一", "2025-06-16")]),
    ("特朗普周五表示", "2025-06-14", [("周五", "2025-06-13")]),  # after a name, before what it did
    ("李家超星期三出席", "2025-06-14", [("星期三", "2025-06-11")]),
    # ... its date in brackets is the date
    ("星期五(7月11日)会晤", "2025-07-12", [("7月11日", "2025-07-11")]),
])
def test_relative_shapes(text, date, expected):
    assert dates(text, date=date) == expected


@pytest.mark.parametrize("text", [
    "周一至周五", "每周三", "一周三次", "志愿周三”", "大战前夜", "上周", "记者周三春报道", "每周三举行例会",
])
def test_not_weekdays(text):
    assert dates(text) == []


def test_next_day_is_the_day_after_the_day_told():
    assert dates("6月10日，王强抵达北京。次日上午，王强会见客人。") == [
        ("6月10日", "2025-06-10"), ("次日上午", "2025-06-11")]
    assert dates("6月30日抵达。第二天，会见客人。") == [("6月30日", "2025-06-30"), ("第二天", "2025-07-01")]
    assert dates("次日，会见客人。") == [("次日", "")]  # no day told before it


def test_relative_days_at_the_ends_of_the_calendar():
    assert dates("上周五会见", date="0001-01-02") == [("上周五", "")]
    assert dates("9999年12月31日抵达。次日会见", date="9999-12-31") == [
        ("9999年12月31日", "9999-12-31"), ("次日", "")]


# A day written in figures only, year first (2023-03-14, 2023.3.14, 2023/03/14): a real day, not inside a
# longer number or a version, not before a unit, not a page's stamp with its time of day (published_date
# reads it)
@pytest.mark.parametrize("text, expected", [
    ("2023-03-14，市委召开会议。", [("2023-03-14", "2023-03-14")]),
    ("2023.3.14上午，市委召开会议。", [("2023.3.14上午", "2023-03-14")]),
    ("截至2023/03/14，共有", [("2023/03/14", "2023-03-14")]),
    ("版本1.2023.3.14发布", []),
    ("增长2023-03-14%", []),
    ("2023-02-30，会议召开", []),
    ("来源：本站 2022-12-15 10:09", []),
])
def test_numeric_dates(text, expected):
    got = [(m.text, m.key) for m in extract_dates(View.of(text), Context(date="2023-03-20"))]
    assert got == expected


# a festival named right after its day is part of the date (2月15日除夕上午): events read the date opening
# their sentence past it
@pytest.mark.parametrize("text, expected", [
    ("2月15日除夕上午，副市长王明华带队检查", [("2月15日除夕上午", "2025-02-15")]),
    ("1月1日元旦，", [("1月1日元旦", "2025-01-01")]),
    ("10月1日国庆节当天", [("10月1日国庆节", "2025-10-01")]),
    ("除夕上午", []),
])
def test_a_festival_after_its_day(text, expected):
    assert dates(text) == expected


# a day before 来访 or 来到 is a date (25日来访: not 10日来, since ten days)
@pytest.mark.parametrize("text, expected", [
    ("代表团于11月25日来访北京。", [("11月25日", "2025-11-25")]),
    ("11月25日来到北京。", [("11月25日", "2025-11-25")]),
    ("近10日来，气温下降。", []),
])
def test_a_day_before_coming(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("13月5日，市委书记李理主持召开会议", []),
    ("2025年13月5日召开全体会议", [("2025年", "2025")]),
    ("会议于20月1日在市行政中心举行", []),
    ("２０月１日上午举行", []),
    ("0月5日，调研组来到园区", []),
    # a month kg reads, and 月 after a word, as before
    ("同月15日闭幕", [("15日", "2025-06-15")]),
    ("12月5日，县长张伟调研", [("12月5日", "2025-12-05")]),
])
def test_a_day_after_a_month_that_is_none_is_no_date(text, expected):
    """13月5日 is no day of the calendar: not the 5th of the paper's month either."""
    assert dates(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("每月5日召开一次党支部例会。", [("5日", "")]),
    ("公司每个月的15日发放工资。", [("15日", "")]),
    ("每年6月5日是世界环境日。", [("6月5日", "")]),
    ("每年的3月12日，全市开展义务植树。", [("3月12日", "")]),
    ("每月10日至15日为申报期。", [("10日至15日", "")]),
    # one day of the calendar, as before
    ("今年6月5日，县委召开全会。", [("今年6月5日", "2025-06-05")]),
    ("本月5日，调研组来到园区", [("本月5日", "2025-06-05")]),
])
def test_a_day_of_every_month_or_year_is_no_one_day(text, expected):
    """每月5日 (the 5th of every month) is a date mention of no day: not the 5th of the paper's month."""
    assert dates(text) == expected
