"""A gathering named for signing (made-up text: 招商引资项目签约大会, 集中签约会) is one Signing, as 签约仪式
and 签约活动 are, not a signing verb and a Conference of its own; its place and people are the signing's."""
from __future__ import annotations

import pytest

from tests.kgread import events_of


@pytest.mark.parametrize(("text", "place"), [
    ("7月5日，第五届青山投资贸易洽谈会白水市招商引资项目签约大会在兰州举行。", "兰州"),
    ("7月5日，青山市招商引资项目签约大会在兰州举行，市长王大明出席。", "兰州"),
    ("7月5日，青山市重点项目集中签约会在青山宾馆举行，市长王大明出席。", "青山宾馆"),
])
def test_signing_gathering(text: str, place: str) -> None:
    events = events_of(text, date="2024-07-06")
    signings = [e for e in events if e.type == "Signing"]
    assert len(signings) == 1 and not [e for e in events if e.type == "Conference"]
    assert signings[0].place is not None and signings[0].place.text == place
