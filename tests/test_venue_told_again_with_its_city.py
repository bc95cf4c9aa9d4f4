"""An event told again with a venue written with the place it had (a headline's 在青山举行, the body's 在青山
白水殡仪馆举行) is held at that venue; a place told again as it was, or another place, leaves the first.
Made-up sentences of the shapes news uses."""
from __future__ import annotations

import pytest
from kgread import events_of


def places(text: str) -> list[str | None]:
    return [e.place.text if e.place else None for e in events_of(text, date="2025-06-14")
            if e.type in ("Ceremony", "Opening")]


@pytest.mark.parametrize("text, expected", [
    ("李明同志遗体告别仪式在哈尔滨举行\n20日上午,李明同志遗体告别仪式在哈尔滨天河园殡仪馆举行。",
     ["哈尔滨天河园殡仪馆"]),
    ("青山商会第五届理事会就职典礼在长沙举行\n5月8日,青山商会第五届理事会就职典礼在长沙白沙宾馆举行。",
     ["长沙白沙宾馆"]),
    ("白水县青山镇第三届荷花节开幕式在青山镇举行\n7月2日,白水县青山镇第三届荷花节开幕式在青山镇荷花广场举行。",
     ["青山镇荷花广场"]),
    # the same place told again: the first stays
    ("青山商会第五届理事会就职典礼在长沙举行\n5月8日,青山商会第五届理事会就职典礼在长沙举行。", ["长沙"]),
])
def test_venue_told_again_with_its_city(text, expected):
    assert places(text) == expected

