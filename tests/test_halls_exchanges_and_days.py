"""Where an event is held said after it (论坛举行,会场设在X), and one act per happening of a day (…签署了
协议。现场,A与B签署协议: one signing), not when it is told as another (再次会见, 还会见了)."""
from __future__ import annotations

import pytest

from kg.extract import extract_mentions
from kg.extract.context import Context
from kg.extract.facts import extract_facts
from kg.nlp.normalize import View


def _events(text: str) -> list:
    view = View.of(text)
    ctx = Context(date="2024-12-20")
    _, events, _ = extract_facts(view, extract_mentions(view, ctx), ctx)
    return events


@pytest.mark.parametrize("text, place", [
    ("5月8日，第五届湘江论坛举行，会场设在长沙国际会议中心。", "长沙国际会议中心"),
    ("5月8日，全省招商大会举行，活动地点设在株洲市会展中心。", "株洲市会展中心"),
    ("5月8日，全市防汛工作会议以视频形式召开，主会场设在市政府三楼会议室，各县设分会场。",
     "市政府三楼会议室"),
])
def test_hall_said_after(text, place):
    (e,) = _events(text)
    assert e.place is not None and e.place.text == place


@pytest.mark.parametrize("text, types", [
    # a caption's reception told again in the body, at its place
    ("9月18日下午，国务院总理李明在莫斯科克里姆林宫会见俄罗斯总统普京。\n"
     "9月18日下午，国务院总理李明在莫斯科克里姆林宫会见俄罗斯总统普京。李明表示，中俄互为最大近邻。",
     ["Reception"]),
    # one signing told again with its people
    ("11月29日，我校副院长洪永强代表我校与长泰区人民政府签署了战略合作框架协议。"
     "现场，洪永强与长泰区副区长许安娜代表合作双方签署协议。", ["Signing"]),
    # told as another: again, besides
    ("6月3日上午，省长李明会见了株洲市市长王强一行。6月3日下午，李明、王强在湘江宾馆再次会见。",
     ["Reception", "Reception"]),
    ("6月3日上午，省长李明会见了株洲市市长王强一行。6月3日下午，李明还会见了王强。",
     ["Reception", "Reception"]),
])
def test_one_happening_a_day(text, types):
    assert [e.type for e in _events(text)] == types
