"""A clause going on from one that tells where its subject went, opened by where its act is done (,在镇政府
会议室主持召开座谈会) or by a partner (,与慕尼黑市长李刚举行会谈), has that subject as its doer: the chair, or
an attendee beside the partner. Made-up sentences of the shapes news uses."""
from __future__ import annotations

import pytest
from kgread import events_of


def events(text: str):
    return [(e.type, e.chair.text if e.chair else None, sorted(a.text for a in e.attendees))
            for e in events_of(text, date="2025-12-14")]


@pytest.mark.parametrize("text, expected", [
    ("11月25日,市长王明来到白沙镇,在镇政府会议室主持召开座谈会。", [("Conference", "王明", ["王明"])]),
    ("11月25日,市长王明率团访问德国慕尼黑,与慕尼黑市长李刚举行会谈。",
     [("Visit", None, ["王明"]), ("Reception", None, ["李刚", "王明"])]),
    ("11月25日,县长王明来到青山镇,与镇党委书记李刚座谈。", [("Conference", None, ["李刚", "王明"])]),
])
def test_subject_goes_on(text, expected):
    assert events(text) == expected
