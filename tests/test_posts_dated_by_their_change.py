"""A post an appointment starts takes the appointment's day where the article dates only the event (the
meeting's day read when the events are dated: a headline's election told again in the body, a congress
reported the sentence before), and a current post told with no date takes the start of the same post an
appointment the article reports started (kg/extract/facts.py ``_dated_by_change``, ``_dated_alike``; every
sentence made up)."""
import pytest

from tests.kgread import article_of


def _starts(text: str, date: str) -> dict[tuple[str, str, str | None], set[str | None]]:
    out: dict[tuple[str, str, str | None], set[str | None]] = {}
    for m in article_of(text, date=date).memberships:
        out.setdefault((m.person.text, m.role, m.organization), set()).add(m.start_date)
    return out


@pytest.mark.parametrize("text, date, post, start", [
    # a headline's election, told again in the body with the session's day
    ("孙卫当选河南省省长\n新华社郑州1月17日电 河南省第十四届人民代表大会第一次会议17日举行第三次全体会议，"
     "选举孙卫为河南省人民政府省长。", "2023-01-17", ("孙卫", "省长", "河南省人民政府"), "2023-01-17"),
    ("周平任静安区代区长\n6月5日上午，静安区第二届人大常委会第二十二次会议决定：接受吴强辞去静安区人民政府区长职务"
     "的请求，周平任静安区人民政府副区长、代理区长。", "2024-06-07", ("周平", "代理区长", "静安区人民政府"),
     "2024-06-05"),
    # an association's congress reported the sentence before the election
    ("李兰当选青山市足球协会主席\n5月8日，青山市足球协会第三届会员代表大会召开，会议选举产生了新一届领导班子。"
     "通过选举，李兰全票当选青山市足球协会主席。", "2020-05-09", ("李兰", "主席", "青山市足球协会"),
     "2020-05-08"),
    # the post told before the report of the election that gave it
    ("通许县政协主席王明出席。12月17日，通许县政协第十届委员会第一次会议选举王明为通许县政协主席。",
     "2021-12-18", ("王明", "主席", "中国人民政治协商会议通许县委员会"), "2021-12-17"),
])
def test_a_post_takes_the_day_of_its_appointment(text, date, post, start):
    assert _starts(text, date)[post] == {start}


def test_a_post_restated_as_held_keeps_the_step_it_was_given():
    # 2013年任…副书记 and 现任…副书记: the same post, from 2013, still held past the later 市长
    text = ("凌芳，现任青山市委副书记、市长。2008年5月，凌芳调任青山市委常委，2013年任青山市委副书记，"
            "2016年10月当选青山市市长。")
    got = article_of(text, date="2021-03-29").memberships
    held = [m for m in got if m.person.text == "凌芳" and m.role == "副书记"]
    assert held and all(not m.former for m in held)


def test_a_cppcc_committee_written_short_is_the_one_named_in_full():
    # 政协第十届通许县委员会 (its term read away) and 县政协 of the same county: one body, one post, one start
    text = "通许县政协主席王明出席。12月17日，大会选举王明为政协第十届通许县委员会主席。"
    got = _starts(text, "2021-12-18")
    assert got[("王明", "主席", "中国人民政治协商会议通许县委员会")] == {"2021-12-17"}
