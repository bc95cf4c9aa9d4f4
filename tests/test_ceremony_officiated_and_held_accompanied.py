"""Guests who come to officiate, chair or speak at a ceremony (莅临主礼, 莅临主持, 莅临致辞) take part
in it and make no visit of their own; a ceremony held with someone or something going with it
(在锣鼓声的陪伴下举行, 在两市领导的见证下举行) is held at no place so named. Made-up sentences of the
shapes news uses."""
from __future__ import annotations

import pytest
from kgread import events_of


def events(text: str):
    return [(e.type, e.place.text if e.place else None, sorted(a.text for a in e.attendees))
            for e in events_of(text, date="2025-06-14")]


@pytest.mark.parametrize("text, expected", [
    ("6月11日晚,青山同乡联谊会第七届理监事就职典礼在青山展贸中心举行。全国政协委员王明先生、青山集团总经理张伟先生"
     "莅临主礼。",
     [("Ceremony", "青山展贸中心", ["张伟", "王明"])]),
    ("6月11日晚,青山商会就职典礼在青山酒店举行。市长王明莅临致辞。",
     [("Ceremony", "青山酒店", ["王明"])]),
    ("6月11日,青山同乡会举行揭牌仪式。\n揭牌仪式在锣鼓及舞狮的陪伴下隆重举行。",
     [("Ceremony", None, [])]),
    ("6月11日,青山大学与白水集团签约仪式在两市领导的见证下举行。",
     [("Signing", None, [])]),
])
def test_officiated_and_accompanied(text, expected):
    assert events(text) == expected
