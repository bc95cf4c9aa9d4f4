"""签约 written before a noun it qualifies (签约项目, 签约总额, 签约金额, 签约率) or before 落地 (促成项目签约
落地: a goal) tells no signing; 签约 that happens (在会上签约, 代表双方签约) still does, and so does 会见签约
客商 at a signing ceremony (who met them took part: tests/test_event_headline_places_and_people_listed.py).
Made-up sentences of the shapes investment news uses."""
from __future__ import annotations

import pytest
from kgread import events_of


def signings(text: str):
    return [(e.type, e.date) for e in events_of(text, date="2024-05-20", place="青山市")
            if e.type == "Signing"]


@pytest.mark.parametrize("text, expected", [
    ("5月18日，青山市招商推介会在上海举行。青山市长王强介绍了重点签约项目的情况。", []),
    ("5月18日，青山市在上海举办招商活动，签约总额52.6亿元，签约金额创历年新高。", []),
    ("5月18日，青山市召开推进会，要求促成更多合作项目签约落地，家庭医生签约率达到九成。", []),
    # a signing that happens stays one
    ("5月18日，青山市政府与白水集团在青山宾馆签约，市长王强代表双方签约。",
     [("Signing", "2024-05-18")]),
])
def test_signing_words_that_qualify(text, expected):
    assert signings(text) == expected
