"""A renewed agreement is signed too: 续签 is a signing (双方续签有关合作安排). Made-up sentences of the
shapes news uses."""
from __future__ import annotations

import pytest
from kgread import events_of


def events(text: str):
    return [(e.type, e.date) for e in events_of(text, date="2025-06-14")]


@pytest.mark.parametrize("text, expected", [
    ("3月5日,青山市与白水市续签友好城市合作协议。", [("Signing", "2025-03-05")]),
    ("3月5日,青山大学与白水医院续签了教学医院合作协议。", [("Signing", "2025-03-05")]),
])
def test_renewed_signing(text, expected):
    assert events(text) == expected
