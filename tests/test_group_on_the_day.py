"""The group told before (代表和选民一行, X一行, 视察组) acting in a later paragraph with no date of its
own, in an article that tells one day and no other date: on that day. Made-up sentences of the shapes
local news uses."""
from __future__ import annotations

import pytest
from kgread import events_of


def events(text: str):
    return [(e.type, e.date, e.trigger.text) for e in events_of(text, date="2025-07-05", place="青山市")]


@pytest.mark.parametrize("text, expected", [
    ("7月1日,东湖街道人大代表联络站在新华社区开展接待选民活动,街道人大工委主任王丽华参加活动。\n"
     "代表和选民一行在新华北区进行了实地查看,社区党委书记周红进行现场解说。",
     [("Inspection", "2025-07-01", "实地查看")]),
    ("6月3日,青山县委书记曾明率县卫健局有关负责人到我院洽谈合作事宜。院长张刚参加了洽谈。\n"
     "张刚院长陪同曾明一行参观了产科、新生儿科等临床科室,随后双方进行了会议座谈。",
     [("Visit", "2025-06-03", "洽谈"), ("Meeting", "2025-06-03", "会议")]),
    # another date told: which day is not said
    ("7月1日,东湖街道人大代表联络站在新华社区开展接待选民活动,街道人大工委主任王丽华参加活动。\n6月28日,街道召开了工作会议。\n"
     "代表和选民一行在新华北区进行了实地查看,社区党委书记周红进行现场解说。",
     [("Inspection", None, "实地查看")]),
])
def test_group_on_the_day(text, expected):
    assert events(text) == expected
