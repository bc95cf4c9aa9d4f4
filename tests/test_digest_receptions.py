"""A digest's list of headlines telling the day's receptions by one host (made-up text:
市长A会见B / 市长A会见C, then the items): each reception stays its own, with its own guest; a short
subject alone before the verb still tells again the reception told before it (A会见了客商。
A先后会见了B、C等客商)."""
from __future__ import annotations

from tests.kgread import article_of


def _receptions(text: str) -> list[set[str]]:
    r = article_of(text, date="2023-05-10")
    return [{a.text for a in e.attendees} for e in r.events if e.type == "Reception"]


def test_each_headline_its_own_reception():
    text = ("今日要闻\n市长王大明会见青山集团董事长赵小军\n市长王大明会见绿水公司总经理钱多多\n"
            "5月8日，市长王大明会见了青山集团董事长赵小军一行。\n同日，市长王大明会见了绿水公司总经理钱多多一行。\n")
    found = _receptions(text)
    assert len(found) == 2
    assert not any({"赵小军", "钱多多"} <= people for people in found)


def test_the_host_telling_again():
    text = ("5月8日，市委书记王大明在成都会见了部分重点客商。\n王大明先后会见了青山集团董事长赵小军，"
            "绿水公司总经理钱多多等客商。")
    found = _receptions(text)
    assert len(found) == 1 and {"王大明", "赵小军", "钱多多"} <= found[0]
