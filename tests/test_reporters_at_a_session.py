"""Who reports at a session a sentence opens hearing (made-up text: 会议听取了副县长A关于…的报告，审议了B关于…
的说明; ``hearing`` of events/words): A and B take part in the session told with its day; a meeting named in
a title (主席团会议主持人) is no event."""
from __future__ import annotations

from tests.kgread import article_of


def test_reporters_take_part():
    text = ("5月8日，县人大常委会召开第二十次会议，主任王大明主持会议。\n"
            "会议听取了副县长李建华关于全县安全生产工作情况的报告，审议了县人大法制委主任赵小军关于有关条例草案的说明。")
    r = article_of(text, date="2023-05-10")
    meetings = [e for e in r.events if e.type == "Meeting"]
    assert len(meetings) == 1 and {"李建华", "赵小军"} <= {a.text for a in meetings[0].attendees}


def test_a_title_names_no_meeting():
    text = "5月8日，青山市委书记、市委常委会议主持人王大明会见了绿水公司董事长赵小军。"
    r = article_of(text, date="2023-05-10")
    assert not [e for e in r.events if e.type == "Meeting"]
