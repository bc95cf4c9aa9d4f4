"""A ceremony opening or unveiling a venue (``opened`` of kg/rules/events/words.tsv: 开馆仪式, 揭牌仪式,
落成典礼) is held at the venue its name names right before the noun: the last part of a joined name (…现场会暨
X服务中心新址揭牌仪式), not the place the name opens with. Made-up sentences of the shapes news uses."""
from __future__ import annotations

import pytest
from kgread import events_of


def places(text: str) -> list[str | None]:
    return [e.place.text if e.place else None for e in events_of(text, date="2025-06-14")
            if e.type == "Ceremony"]


@pytest.mark.parametrize("text, expected", [
    ("3月21日,王明来我县出席李明诞辰130周年纪念活动暨李明故居纪念馆开馆仪式。", ["李明故居纪念馆"]),
    ("1月10日上午,青山区卫生服务机构建设推进现场会暨中山路社区卫生服务中心新址揭牌仪式顺利举行。",
     ["中山路社区卫生服务中心"]),
    ("5月1日,白水社区党群服务中心揭牌仪式举行。", ["白水社区党群服务中心"]),
    # the venue the name names already
    ("5月1日,王明出席青山市图书馆新馆落成典礼。", ["青山市图书馆"]),
    # a place of its own clause stays
    ("5月1日,白水社区党群服务中心揭牌仪式在青山宾馆举行。", ["青山宾馆"]),
    ("6月2日,青山街道党群服务中心揭牌仪式在白水社区广场举行。", ["白水社区广场"]),
    # a place written after the name, even one referred to, is the event's: not the venue it opens
    ("6月2日,青山街道党群服务中心揭牌仪式在该处举行。", [None]),
])
def test_the_venue_an_opening_opens(text, expected):
    assert places(text) == expected


def test_no_venue_without_a_name_in_it():
    # 撤乡建镇 ends as a town does but names none: the town that holds it stays
    assert places("2018年7月18日上午,青山镇举行撤乡建镇揭牌仪式。") == ["青山镇"]
