"""A list of titled names goes on over an item naming nobody, a group after 等 (made-up text: …大使A，以及
青山国、绿水国等驻华使节，副省长B参加: A and B both take part)."""
from __future__ import annotations

from tests.kgread import article_of


def test_over_the_group():
    text = ("5月8日，省长王大明会见红河国驻华大使李建华一行。\n白云国驻华大使赵小军，蓝天国驻华大使钱多多，"
            "以及青山国、绿水国等驻华使节，副省长孙海涛参加。")
    r = article_of(text, date="2023-05-10")
    found = [e for e in r.events if e.type == "Reception"]
    assert found and {"赵小军", "钱多多", "孙海涛"} <= {a.text for a in found[0].attendees}
