"""An envoy arriving to take up a post (made-up text): 抵X履新 is a Visit to X on the day told, whether
the arrival is written 抵达 or 抵 before the place's full or one-character name; 履新 with no arrival
(履新青山市委书记: a new post) is none."""
from __future__ import annotations

import pytest

from tests.kgread import events_of


@pytest.mark.parametrize(("text", "expected"), [
    ("李明大使于2020年9月23日抵达南非履新。", ("2020-09-23", "南非")),
    ("王大明5月24日抵渥太华履新，并于5月29日向加外交部递交国书副本。", ("2025-05-24", "渥太华")),
    ("2月10日，新任驻马拉维大使陆小明抵马履新，马外交部官员在机场迎接。", ("2025-02-10", "马")),
])
def test_envoy_arrives_to_take_post(text: str, expected: tuple[str, str]) -> None:
    visits = [(e.date, e.place.text if e.place else None) for e in events_of(text, date="2025-06-03")
              if e.type == "Visit"]
    assert visits == [expected]


def test_new_post_no_visit() -> None:
    events = events_of("2023年，李明履新青山市委书记。", date="2025-06-03")
    assert [e for e in events if e.type == "Visit"] == []
