"""Relative days of the Hong Kong and Macao press (昨午, 昨晨, 昨早, 今午) are the publication day's
neighbours, as 昨晚 and 今晨 are. Made-up sentences of the shapes those papers use."""
from __future__ import annotations

import pytest
from kgread import events_of


def events(text: str):
    return [(e.type, e.date) for e in events_of(text, date="2017-05-24", place="香港")]


@pytest.mark.parametrize("text, expected", [
    ("启动礼昨午在荔景社区会堂举行,局长李明主持。", [("Ceremony", "2017-05-23")]),
    ("局长李明昨早在政府总部会见了白水集团董事长王刚。", [("Reception", "2017-05-23")]),
    ("局长李明今午在政府总部会见了白水集团董事长王刚。", [("Reception", "2017-05-24")]),
])
def test_hong_kong_relative_days(text, expected):
    assert events(text) == expected
