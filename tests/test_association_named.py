"""A noun that also ends the names of bodies (联谊会) names a body where posts, its short name or a verb of
organising follow it (华人联谊会会长X, 归侨联谊会(马侨联), 联谊会举办…晚会), not a get-together; 新春联谊会
held stays one. 设宴 tells a banquet. Made-up sentences of the shapes overseas Chinese news uses."""
from __future__ import annotations

import pytest
from kgread import events_of


def events(text: str):
    return [(e.type, e.date, e.trigger.text) for e in events_of(text, date="2008-02-10", place="北京市")]


@pytest.mark.parametrize("text, expected", [
    ("2月3日,青山华人联谊会举办2008年春节晚会。青山华人联谊会会长陈烈益出席了春节晚会。",
     [("Performance", "2008-02-03", "2008年春节晚会")]),
    ("2月3日,白水市侨联青山归侨联谊会(青侨联)访问青山。会长黄河清出席。",
     [("Visit", "2008-02-03", "访问")]),
    ("2月3日,青山同乡会举行新春联谊会,会长陈烈益出席。",
     [("Conference", "2008-02-03", "新春联谊会")]),
    ("2月3日晚,青山同乡会在新富丽宫大酒楼设宴欢迎张龙忠领事。秘书长邵群主持晚宴。",
     [("Ceremony", "2008-02-03", "晚宴")]),
])
def test_association_named(text, expected):
    assert events(text) == expected
