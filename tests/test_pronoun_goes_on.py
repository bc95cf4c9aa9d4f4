"""A clause going on from the one before it (之后他与…探访…; 随后走访…): a pronoun opening it stands for
the last person named before it, and the clause takes the day of the clause it goes on from when it
tells none (X昨日到Y主持…, 之后他…). What a pronoun says of an event (他表示这场演出…) names nobody
taking part. Made-up sentences of the shapes news uses."""
from __future__ import annotations

import pytest
from kgread import events_of


def events(text: str):
    return [(e.type, e.date, e.trigger.text, sorted(a.text for a in e.attendees))
            for e in events_of(text, date="2024-06-05", place="香港")]


@pytest.mark.parametrize("text, expected", [
    ("发展局局长李明昨日到葵青主持关爱活动启动礼,之后他与多位官员探访区内基层家庭。",
     [("Ceremony", "2024-06-04", "关爱活动启动礼", ["李明"]), ("Visit", "2024-06-04", "探访", ["李明"])]),
    ("6月3日,市长李明主持启动仪式。之后他探访了区内基层家庭。",
     [("Ceremony", "2024-06-03", "启动仪式", ["李明"]), ("Visit", "2024-06-03", "探访", ["李明"])]),
])
def test_pronoun_goes_on(text, expected):
    assert events(text) == expected
