"""A visit told as an exchange of learning after a verb of going (赴X开展学习交流活动, 到X交流学习), and a
date opening its sentence after the closing quote of a quoted sentence before it (“…共赢。”10月29日，…).
Made-up sentences of the shapes news uses."""
from __future__ import annotations

import pytest
from kgread import events_of


def events(text: str):
    return [(e.type, e.date, e.place.text if e.place else None)
            for e in events_of(text, date="2025-06-14", place="鄂尔多斯市")]


@pytest.mark.parametrize("text, expected", [
    ("6月3日,白水县法院副院长王立新一行赴青山县开展学习交流活动。", [("Visit", "2025-06-03", "青山县")]),
    ("6月5日,市妇联主席张红一行到杭锦旗交流学习。", [("Visit", "2025-06-05", "杭锦旗")]),
    # no verb of going before it: an exchange, no visit
    ("6月5日,市妇联主席张红与杭锦旗妇联干部学习交流。", []),
    ("6月5日,杭锦旗组织妇联干部学习交流。", []),
])
def test_exchange_visits(text, expected):
    assert events(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("“携手同行、共谋发展。”6月10日,青山商会会长王立新率队赴杭锦旗开展商务考察。",
     [("Inspection", "2025-06-10", "杭锦旗")]),
    ("“携手同行”。6月10日,青山商会会长王立新率队赴杭锦旗开展商务考察。",
     [("Inspection", "2025-06-10", "杭锦旗")]),
])
def test_date_after_a_quote(text, expected):
    assert events(text) == expected
