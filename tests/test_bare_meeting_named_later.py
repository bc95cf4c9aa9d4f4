"""A bare 会议 with nothing before it to refer to is the meeting the article names after it, on no other day
(made-up text: …开展接待选民活动。主任A主持会议,B一同参加会议。…随后,在社区会议室召开了选民见面座谈会。)."""
from __future__ import annotations

from tests.kgread import article_of


def test_one_meeting():
    text = ("5月8日，青山街道人大代表联络站开展接待选民活动。街道人大工委主任王大明主持会议，"
            "街道党委副书记李建华一同参加会议。\n随后，在社区会议室召开了选民见面座谈会。")
    r = article_of(text, date="2023-05-10")
    meetings = [e for e in r.events if e.type in ("Meeting", "Conference")]
    assert len(meetings) == 1
    assert meetings[0].chair is not None and meetings[0].chair.text == "王大明"
    assert meetings[0].place is not None and meetings[0].place.text == "社区会议室"
