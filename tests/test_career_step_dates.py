"""The day of a career's step (kg/extract/appointments.py ``_date``; every sentence made up): a verb
opening its clause goes on with the step the clause before dates at its opening (2023年调任湖南，
任湖南省委书记: 2023); a sentence telling a career by years gives none of its undated steps the day of the
meeting the article reports (一年后调任海南，任…: no date), while an appointment a meeting decides still
takes the meeting's day."""
import pytest

from tests.kgread import article_of

NEWS = "1月28日，湖南省人大会议选举李明为湖南省人大常委会主任。"


def _starts(text: str, date: str = "2024-01-28") -> dict[tuple[str, str, str | None], str | None]:
    return {(m.person.text, m.role, m.organization): m.start_date
            for m in article_of(text, date=date).memberships}


@pytest.mark.parametrize("text, post, start", [
    (NEWS + "李明1963年生，2016年任教育部副部长，2023年调任湖南，任湖南省委书记。",
     ("李明", "书记", "中共湖南省委员会"), "2023"),
    (NEWS + "李明1963年生，2016年任教育部副部长，2019年5月调往江西，任江西省副省长。",
     ("李明", "副省长", "江西省人民政府"), "2019-05"),
    (NEWS + "李明1963年生，2016年任教育部副部长，一年后调任海南，任海南省委副书记。",
     ("李明", "副书记", "中共海南省委员会"), None),
    # the news itself keeps the meeting's day
    (NEWS + "李明1963年生，2016年任教育部副部长。", ("李明", "主任", "湖南省人民代表大会常务委员会"),
     "2024-01-28"),
    ("3月5日，通许县人大常委会召开会议。会议决定任命王五为通许县副县长。",
     ("王五", "副县长", "通许县人民政府"), "2024-03-05"),
])
def test_a_steps_date(text, post, start):
    assert _starts(text, date="2024-03-06" if "通许" in text else "2024-01-28")[post] == start


@pytest.mark.parametrize("text, post, start", [
    # a post held with no verb of change, dated right before its verb: held from then
    ("唐明出生于1964年6月，江苏建湖人。2011年4月担任中国兵器装备集团董事长、总经理。",
     ("唐明", "总经理", "中国兵器装备集团"), "2011-04"),
    # ... a move to the place or kind of body between (赴央企, 调到北京)
    ("唐明出生于1964年6月，江苏建湖人。2011年4月赴央企担任中国兵器装备集团董事长、总经理。",
     ("唐明", "董事长", "中国兵器装备集团"), "2011-04"),
    ("王刚出生于1970年3月。2019年5月调到北京任国家统计局副局长。", ("王刚", "副局长", "国家统计局"),
     "2019-05"),
])
def test_a_step_dated_before_its_verb(text, post, start):
    assert _starts(text)[post] == start


def test_a_dated_step_the_news_went_past_is_former():
    text = ("1月27日，山西省人大会议选举唐明为山西省人大常委会主任。唐明出生于1964年6月，江苏建湖人。"
            "2011年4月赴央企担任中国兵器装备集团董事长、总经理。")
    got = {(m.person.text, m.role, m.organization): m.former
           for m in article_of(text, date="2024-01-28").memberships}
    assert got[("唐明", "董事长", "中国兵器装备集团")] is True
    assert got[("唐明", "主任", "山西省人民代表大会常务委员会")] is False


@pytest.mark.parametrize("text, post, held", [
    # a post held over a period the text closes: former, from its start to its end
    ("王安明生于1957年12月。1999年6月至2001年9月，王安明担任甘肃省委常委、组织部长，2001年调任上海工作。",
     ("王安明", "部长", "中共甘肃省委员会组织部"), (True, "1999-06", "2001-09")),
    ("王安明生于1957年12月。王安明1999年6月至2001年9月担任甘肃省委常委。",
     ("王安明", "常委", "中共甘肃省委员会"), (True, "1999-06", "2001-09")),
    # a period still open is no end
    ("王安明生于1957年12月。2019年至今，王安明担任青山大学校长。", ("王安明", "校长", "青山大学"),
     (False, None, None)),
])
def test_a_post_held_over_a_period(text, post, held):
    got = {(m.person.text, m.role, m.organization): (m.former, m.start_date, m.end_date)
           for m in article_of(text, date="2017-01-20").memberships}
    assert got[post] == held
