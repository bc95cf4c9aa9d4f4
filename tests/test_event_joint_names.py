"""A joint name whose first part ends in an act verb (made-up text: …集中开工暨…开工仪式, 集中签约暨揭牌仪式)
is read whole: the verb right before 暨 is the first part's end, no stop of the name, and no name opens
with 暨."""
from __future__ import annotations

import pytest

from tests.kgread import events_of


@pytest.mark.parametrize(("text", "opens"), [
    ("7月30日，青山市举行全市重点项目7月份集中开工暨白水县红星产业园项目开工仪式，市长王大明宣布开工。",
     "集中开工暨"),
    ("7月30日，青山市举行全市重点项目集中签约暨揭牌仪式，市长王大明出席。", "全市重点项目集中签约暨"),
    ("7月30日，青山市举行重点项目集中开工暨白水县产业园开工仪式。", "重点项目集中开工暨"),
])
def test_joint_name_read_whole(text: str, opens: str) -> None:
    events = events_of(text, date="2024-07-31")
    assert not [e for e in events if e.trigger.text.startswith("暨")]
    assert any(e.trigger.text.startswith(opens) for e in events)
