"""A meeting held in a clause that goes on from a trip (made-up texts: 代表团赴X考察交流，召开…座谈会): held
where the trip went; its name keeps 对口 (对口协同发展座谈会: 对 no stop there)."""
from __future__ import annotations

import pytest

from tests.kgread import article_of


@pytest.mark.parametrize("text, name", [
    ("5月8日，绿水县党政代表团赴青山区考察交流，召开对口协同发展座谈会，签署系列协议。",
     "对口协同发展座谈会"),
    ("5月8日，绿水县考察团赴青山区学习交流，举行了产业合作座谈会。", "产业合作座谈会"),
])
def test_held_where_the_trip_went(text, name):
    r = article_of(text, date="2023-05-10")
    meetings = [e for e in r.events if e.type in ("Meeting", "Conference")]
    assert meetings and meetings[0].name == name
    assert meetings[0].place is not None and "青山区" in (meetings[0].place.text, meetings[0].place.key)
