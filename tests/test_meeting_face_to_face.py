"""会面, the word of Hong Kong, Singapore and overseas press for meeting officials (李总理将在海南与
省委书记X会面; 林秘书长与外办主任Y会面), tells a meeting; 会面中 and 会面后 name the meeting told, no other;
one with nobody named met (与…官员会面) is a trip's programme. Made-up sentences of the shapes those papers
use."""
from __future__ import annotations

import pytest
from kgread import events_of


def events(text: str):
    return [(e.type, e.date, sorted(a.text for a in e.attendees))
            for e in events_of(text, date="2023-07-06", place="新加坡")]


@pytest.mark.parametrize("text, expected", [
    ("7月5日,秘书长林志明在兰州与甘肃省外办主任张宝军会面。",
     [("Meeting", "2023-07-05", ["张宝军", "林志明"])]),
    ("7月5日,秘书长林志明在兰州与甘肃省外办主任张宝军会面。会面后,双方合影留念。",
     [("Meeting", "2023-07-05", ["张宝军", "林志明"])]),
    # nobody named met: a trip's programme
    ("代表团将于7月15日至17日与青山省、白水市官员会面,以及考察当地不同领域的发展。",
     []),
])
def test_meeting_face_to_face(text, expected):
    assert events(text) == expected
