"""The stops of a trip told by verbs of moving on (made-up texts: 转往X, 转赴X, 启程前往X) are
visits there, unless their sentence tells the visit or inspection there (转赴X,展开正式访问: ``arrival`` of
events/merges)."""
from __future__ import annotations

import pytest

from tests.kgread import article_of


@pytest.mark.parametrize("text, place", [
    ("行政长官王大明明日至5月20日访问青山市及绿水市。王大明5月18日转往绿水市，在当地会与市领导会面。",
     "绿水市"),
    ("王大明一行5月17日转赴绿水市，当晚出席欢迎晚宴。", "绿水市"),
    ("王大明5月18日启程前往绿水市，翌日出席开幕式。", "绿水市"),
])
def test_a_stop_is_a_visit(text, place):
    r = article_of(text, date="2023-05-14")
    assert any(e.type == "Visit" and e.place is not None and place in (e.place.text, e.place.key)
               and e.trigger.text in ("转往", "转赴", "启程前往") for e in r.events)

