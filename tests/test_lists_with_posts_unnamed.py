"""A list before 列席 goes on over a post whose holder is unnamed (青山镇人大主席) and over 拟 that only
qualifies a noun before 的 (拟任职的有关人员列席会议: no act yet to come) (made-up text)."""
from __future__ import annotations

from tests.kgread import article_of


def test_the_list_takes_part():
    text = ("8月13日上午，区人大常委会第三十六次会议召开。主任王大明主持会议，区长李建华，区法院院长赵小军，"
            "青山镇人大主席，各街道人大工委主任以及拟任职的有关人员列席会议。")
    r = article_of(text, date="2021-08-14")
    meetings = [e for e in r.events if e.type == "Meeting"]
    assert meetings and {"李建华", "赵小军"} <= {a.text for a in meetings[0].attendees}
