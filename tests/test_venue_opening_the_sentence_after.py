"""An event whose sentence tells only that it was held (…启动仪式举行。) is held at the venue opening the next
sentence of its paragraph (在钟楼广场,市长王明宣布…), not at the place its name opens with. Made-up sentences
of the shapes news uses."""
from __future__ import annotations

import pytest
from kgread import events_of


def places(text: str) -> list[str | None]:
    return [e.place.text if e.place else None for e in events_of(text, date="2025-06-14")
            if e.type == "Ceremony"]


@pytest.mark.parametrize("text, expected", [
    ("8月2日,青山市消费季启动仪式举行。在钟楼广场,市长王明宣布活动正式启动。", ["钟楼广场"]),
    ("8月2日,青山市消费季启动仪式隆重举行。在白水路步行街钟楼广场,青山市委副书记、市长王明宣布活动正式启动。",
     ["白水路步行街钟楼广场"]),
    ("5月9日,白水区全民健身月启动仪式举行。在区体育中心,副区长李华宣布健身月启动。", ["区体育中心"]),
    # 启动式: a launching ceremony too (kg/rules/events/triggers.jsonl)
    ("8月2日,青山市宣介活动暨“夏秋消费季”启动式举行。在白水路步行街钟楼广场,市长王明宣布活动正式启动。",
     ["白水路步行街钟楼广场"]),
    # another paragraph, or the scene of the event, tells no venue
    ("8月2日,青山市消费季启动仪式举行。\n在钟楼广场,市长王明宣布活动正式启动。", ["青山市"]),
    ("8月2日,青山市消费季启动仪式举行。在活动现场,市长王明宣布活动正式启动。", ["青山市"]),
    # a place written after the name is the event's
    ("8月2日,青山市消费季启动仪式在白水广场举行。在钟楼广场,市长王明宣布活动正式启动。", ["白水广场"]),
])
def test_the_venue_opening_the_sentence_after(text, expected):
    assert places(text) == expected
