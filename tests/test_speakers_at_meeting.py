"""Those who speak at a meeting told before, in a sentence referring to it by 会上 (县长李刚在会上强调;
会上,县长李刚作重要讲话; 会上,X通报了…), take part in it. Made-up sentences of the shapes news uses."""
from __future__ import annotations

import pytest
from kgread import events_of


def events(text: str):
    return [(e.type, e.chair.text if e.chair else None, sorted(a.text for a in e.attendees))
            for e in events_of(text, date="2025-12-14")]


@pytest.mark.parametrize("text, expected", [
    ("5月6日,全县安全生产工作会议召开。县长李刚在会上强调,要压实责任。副县长张华主持会议。",
     [("Meeting", "张华", ["张华", "李刚"])]),
    ("5月6日,全县安全生产工作会议召开。会上,县长李刚作重要讲话。", [("Meeting", None, ["李刚"])]),
    ("5月6日,全区防汛工作会议召开。会上,副区长王强通报了全区汛情。", [("Meeting", None, ["王强"])]),
    # no meeting told before: nothing to take part in
    ("县长李刚在会上强调,要压实责任。", []),
])
def test_speakers_at_meeting(text, expected):
    assert events(text) == expected
