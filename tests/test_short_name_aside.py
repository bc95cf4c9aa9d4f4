"""A short name a body is called by, in brackets after its name (白水集团公司(以下简称“白水集团”)), is an
aside inside the clause: the date opening the sentence still dates the act after it. Made-up sentences of
the shapes news uses."""
from __future__ import annotations

import pytest
from kgread import events_of


def events(text: str):
    return [(e.type, e.date) for e in events_of(text, date="2025-12-14")]


@pytest.mark.parametrize("text, expected", [
    ("11月26日,青山集团与白水集团公司(以下简称“白水集团”)签署战略合作框架协议。",
     [("Signing", "2025-11-26")]),
    ("11月26日,青山集团与白水港务有限公司(简称白水港务)在青山签署合作协议。", [("Signing", "2025-11-26")]),
])
def test_short_name_aside(text, expected):
    assert events(text) == expected
