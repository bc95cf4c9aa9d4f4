"""Briefings held day after day, counts of happenings and years in names (made-up text).

A briefing (吹风会) is a press release (Release). An event held again on another day, or in another part of
the day, after a verb of holding (6月10日,X举行政策例行吹风会。6月11日,X举行政策例行吹风会) is another
happening, not the one named so before. A count of two or more opening a name (共举行56场新闻发布会) tells how
many were held: no one happening. A name's year after the day's, on a day of December (12月19日举行2019年
新年招待会), names the year the event opens: the day dates it. 死难者 and 遇难同胞 are victims, no death, and
do not cut the name of a ceremony of mourning them.
"""
from __future__ import annotations

import pytest

from tests.kgread import events_of


def _told(text: str, date: str) -> list[tuple[str, str | None, str]]:
    return [(e.type, e.date, e.trigger.text) for e in events_of(text, date=date)
            if e.type not in ("Death", "Thanks")]


@pytest.mark.parametrize(("text", "expected"), [
    ("5月8日下午，青山市政府新闻办举行政策吹风会，副市长王大明介绍有关情况。",
     [("Release", "2024-05-08", "青山市政府新闻办举行政策吹风会")]),
    ("外交部6日举行中外媒体吹风会，介绍王大明主席出访安排。",
     [("Release", "2024-05-06", "中外媒体吹风会")]),
])
def test_briefing_is_a_release(text: str, expected: list) -> None:
    assert [(t, d) for t, d, _ in _told(text, "2024-05-10")] == [x[:2] for x in expected]


@pytest.mark.parametrize(("text", "days"), [
    ("5月6日下午，新闻办举行政策例行吹风会，卫生局副局长张一明介绍有关情况。\n"
     "5月7日下午，新闻办举行政策例行吹风会，水利局副局长李二明介绍防汛情况。\n"
     "5月9日上午，新闻办举行政策例行吹风会，教育局副局长赵三明介绍招生情况。",
     ["2024-05-06", "2024-05-07", "2024-05-09"]),
    # the same day, its morning and its afternoon: two
    ("5月8日上午，市政府举行新闻发布会，通报一季度经济运行情况。\n"
     "5月8日下午，市政府举行新闻发布会，介绍青山湖治理情况。",
     ["2024-05-08", "2024-05-08"]),
    # a bare noun after a verb of holding on a day of its own
    ("5月7日上午，市政府举行新闻发布会，介绍招商情况。\n5月9日上午，市政府举行吹风会，介绍防汛准备。",
     ["2024-05-07", "2024-05-09"]),
])
def test_held_again_on_another_day(text: str, days: list[str]) -> None:
    assert [d for t, d, _ in _told(text, "2024-05-10") if t == "Release"] == days


@pytest.mark.parametrize("text", [
    # the same name told again with no day of its own, or on its day: one happening
    "5月6日下午，新闻办举行政策例行吹风会。吹风会上，副局长张一明介绍有关情况。",
    "5月6日下午，新闻办举行政策例行吹风会。副局长张一明在政策例行吹风会上介绍有关情况。",
])
def test_named_again_same_happening(text: str) -> None:
    assert len([t for t, _, _ in _told(text, "2024-05-10") if t == "Release"]) == 1


@pytest.mark.parametrize(("text", "expected"), [
    ("5月6日至10日，全市各部门共举行56场新闻发布会。", []),
    ("今年以来，市政府共召开十二次常务会议，研究民生议题。", []),
    ("一季度，区委党校共举办3期培训班。", []),
    # one (一场), or the third (第三场): a happening
    ("5月8日，市政府举行一场新闻发布会，介绍招商情况。", ["Release"]),
    ("5月8日，市政府举行第三场新闻发布会，介绍防疫情况。", ["Release"]),
])
def test_a_count_is_no_happening(text: str, expected: list[str]) -> None:
    assert [t for t, _, _ in _told(text, "2024-05-10") if t in ("Release", "Meeting", "Training")] == expected


@pytest.mark.parametrize(("text", "paper", "day"), [
    ("青山市政府19日在青山宾馆举行2025年新年招待会，市长王大明出席招待会。", "2024-12-20", "2024-12-19"),
    ("12月28日，青山市举行2025年新年音乐会。", "2024-12-30", "2024-12-28"),
    # the year after, but not in December: no day told for it (a trip's day)
    ("11月25日至27日，副市长王明赴白水出席2025年迎春宴会。", "2024-11-30", None),
])
def test_named_for_the_year_ahead(text: str, paper: str, day: str | None) -> None:
    assert [d for _, d, _ in _told(text, paper)][:1] == [day]


@pytest.mark.parametrize(("text", "name"), [
    ("13日上午，青山市在烈士陵园隆重举行2021年抗洪死难者公祭仪式。", "2021年抗洪死难者公祭仪式"),
    ("13日上午，白水县举行矿难遇难同胞悼念仪式。", "矿难遇难同胞悼念仪式"),
])
def test_victims_no_death(text: str, name: str) -> None:
    assert _told(text, "2021-12-13") == [("Ceremony", "2021-12-13", name)]
