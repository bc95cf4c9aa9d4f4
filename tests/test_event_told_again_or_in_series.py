"""A happening told again, or not one happening at all (made-up text): people joining a reception told
sentences before it (…一同会见; …分别参加有关会见), a visit counted in the sentence after it
(这是X就任以来首次访华), and a series held again and again (连续成功举办五届…论坛)."""
from __future__ import annotations

import pytest

from tests.kgread import events_of

_PAPER = "2024-05-10"


def _of(text: str, type_: str) -> list:
    return [e for e in events_of(text, date=_PAPER) if e.type == type_]


@pytest.mark.parametrize("text", [
    # a sentence between the reception and the people joining it
    "5月6日晚，省委书记王大明在青山会见了来访的白水集团董事长李小军一行。双方表示，要深化合作。"
    "副省长张三峰、省委秘书长李四海一同会见。",
    # the reception named again by 有关会见 after a verb of taking part
    "5月6日，市委书记王大明会见了白水集团董事长李小军一行。双方进行了深入交流。"
    "市长张三峰、副市长李四海分别参加有关会见。",
    "5月6日，市委书记王大明会见了白水集团董事长李小军一行。双方进行了深入交流。市长张三峰参加上述会见。",
])
def test_people_join_the_reception_told(text: str) -> None:
    (e,) = _of(text, "Reception")
    assert {"王大明", "李小军", "张三峰"} <= {a.text for a in e.attendees}


@pytest.mark.parametrize(("text", "type_"), [
    ("应国家主席王大明邀请，白水国总统李小军8日下午抵达北京，开始对中国进行国事访问。这是李小军今年初就任"
     "白水国总统以来首次访华，也是两国建交以来的第一次国事访问。", "Visit"),
    ("外交部长王大明8日在青山会晤白水国外长李小军。这也是李小军担任外长以来第三次会晤中国外长。",
     "Reception"),
])
def test_a_happening_counted_after_it_is_that_one(text: str, type_: str) -> None:
    assert len(_of(text, type_)) == 1


def test_counted_with_none_told_before_is_told() -> None:
    # nothing of its type before: the counted visit is the one the article tells
    text = "5月8日，省长王大明会见了白水国驻华大使李小军。这是李小军就任以来首次访问青山省。"
    assert len(_of(text, "Visit")) == 1


@pytest.mark.parametrize("text", [
    "5月9日，青山市举行招商推介会。近年来，青山市连续成功举办五届青山国际合作论坛，推动了合作。",
    "5月9日，青山市举行招商推介会。青山市已连续举办三届白水投资洽谈会。",
])
def test_a_series_held_again_and_again_is_no_happening(text: str) -> None:
    assert [e.trigger.text for e in _of(text, "Conference")] == ["招商推介会"]
