"""What a sentence tells as done before the rest of it (made-up texts): 继在A考察和参加X会议后，
于11月17日，赶赴B…: the inspection and the meeting take no day written after that clause, and the
clause that goes on after the day with a verb of going (赶赴, 赴) is of that day."""
from __future__ import annotations

from tests.kgread import article_of

_TEXT = ("市长王明率青山市政府代表团继在深圳考察和参加深青合作第五次联席会议后，"
         "于11月17日，赶赴珠海市参加珠海企业家座谈会。")


def test_done_before_the_day_told_after():
    r = article_of(_TEXT, date="2020-11-20")
    days = {e.trigger.text: e.date for e in r.events}
    assert days.get("考察", "none") is None and days.get("深青合作第五次联席会议", "none") is None
    assert days.get("珠海企业家座谈会") == "2020-11-17"


def test_a_day_before_both():
    r = article_of("11月17日，继出席青山论坛开幕式后，市长王明又会见了李华一行。", date="2020-11-20")
    assert {e.type: e.date for e in r.events}.get("Reception") == "2020-11-17"
    assert {e.type: e.date for e in r.events}.get("Opening") == "2020-11-17"
