"""Made-up texts: Hong Kong's districts and Macao's parishes are places of the gazetteer (葵青区, 屯门 of
屯门区, 花地玛堂区), in their region; a district named by a direction alone (北区) is none of Hong Kong's."""
from __future__ import annotations

import pytest

from kg.rules import load_rules
from kg.rules.places import gazetteer
from tests.kgread import article_of


@pytest.mark.parametrize("name, full, region", [
    ("葵青区", "葵青区", "香港特别行政区"),
    ("屯门", "屯门区", "香港特别行政区"),
    ("花地玛堂区", "花地玛堂区", "澳门特别行政区"),
])
def test_in_the_gazetteer(name, full, region):
    place = gazetteer(load_rules()).lookup(name)
    assert place is not None and place.name == full and place.parent_name == region


def test_no_direction_alone():
    place = gazetteer(load_rules()).lookup("北区")
    assert place is None or place.parent_name != "香港特别行政区"


def test_read_in_text():
    r = article_of("葵青区议员李小明到屯门探访长者。", date="2024-05-01")
    assert {"葵青区", "屯门"} <= {m.text for m in r.mentions if m.type == "LOC"}
