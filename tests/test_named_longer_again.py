"""A later mention of an event with no day and no place of its own, named by the earlier name of four
characters or more with what it is of before it (青山学院东湖校区开校仪式 after …校区举行开校仪式),
is that event told again; one with a day of its own is another. Made-up sentences of the shapes
local news uses."""
from __future__ import annotations

import pytest
from kgread import events_of


def events(text: str):
    return [(e.type, e.date, e.trigger.text) for e in events_of(text, date="2020-10-22", place="青山市")]


@pytest.mark.parametrize("text, expected", [
    ("青山学院东湖校区举行开校仪式\n10月21日,青山学院东湖校区举行开校仪式。省教育厅一级巡视员胡卫东、青山市委书记刘中华出席仪式。\n"
     "上午9时,青山学院东湖校区开校仪式在雄壮嘹亮的国歌声中拉开帷幕。市委书记刘中华致辞。",
     [("Ceremony", "2020-10-21", "开校仪式")]),
    # a day of its own: another happening
    ("10月21日上午,青山学院东湖校区举行开校仪式。学院党委书记李明出席仪式。\n"
     "10月25日,白水学院东湖校区开校仪式举行,院长周刚出席。",
     [("Ceremony", "2020-10-21", "开校仪式"), ("Ceremony", "2020-10-25", "白水学院东湖校区开校仪式")]),
])
def test_named_longer_again(text, expected):
    assert events(text) == expected
