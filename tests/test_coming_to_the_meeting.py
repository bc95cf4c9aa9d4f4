"""到会 is a verb of taking part (made-up text: 副县长A，县农委主任B到会指导。): those before it attend
the meeting told."""
from __future__ import annotations

from tests.kgread import article_of


def test_they_attend():
    text = "6月28日，青山镇召开换届工作推进会，副县长王大明，县农委主任李建华到会指导，会议由镇长赵小军主持。"
    r = article_of(text, date="2018-06-29")
    meetings = [e for e in r.events if e.type in ("Meeting", "Conference")]
    assert meetings and {"王大明", "李建华"} <= {a.text for a in meetings[0].attendees}
