"""An event said to be held "here" (在这里举行, 在此举行) is held at the place opening the clause before its
name, else at the nearest clause of its sentence before that opens with a venue (青山体育馆灯火辉煌,全校师生
齐聚一堂,…开学典礼在这里隆重举行), up to the last word ending as a venue does (青山广场 of 青山广场红旗招展),
never a person's words (青山县委书记王明率队调研). Made-up sentences of the shapes news uses."""
from __future__ import annotations

import pytest
from kgread import events_of


def places(text: str) -> list[tuple[str, str | None]]:
    return [(e.trigger.text, e.place.text if e.place else None) for e in events_of(text, date="2025-06-14")
            if e.type != "Inspection"]


@pytest.mark.parametrize("text, expected", [
    # the venue opens a clause two or three clauses before the name's
    ("9月1日上午,青山体育馆灯火辉煌,全校师生齐聚一堂,青山大学2025级开学典礼在这里隆重举行。",
     [("青山大学2025级开学典礼", "青山体育馆")]),
    ("“歌声多么响亮;歌唱祖国……”9月10日上午,青山田径场歌声嘹亮,全体师生挥舞国旗,一边齐唱国歌,"
     "白水大学新生开学典礼在这里隆重举行。", [("白水大学新生开学典礼", "青山田径场")]),
    ("3月5日下午,白水镇文化广场人头攒动,锣鼓喧天,青山县文化下乡启动仪式在此举行。",
     [("青山县文化下乡启动仪式", "白水镇文化广场")]),
    # the clause before: its venue, not the words telling how it looks
    ("10月1日上午,青山广场红旗招展,庆祝大会在这里隆重举行。", [("庆祝大会", "青山广场")]),
    # who leads, not where
    ("5月1日,青山县委书记王明率队调研,座谈会在此举行。", [("座谈会", None)]),
])
def test_the_place_here_refers_to(text, expected):
    assert places(text) == expected
