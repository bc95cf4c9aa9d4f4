"""A list of those taking part whose last item names nobody after a word joining it (made-up text:
市领导A、B及各县主要负责人，市直各部门负责人参加会议) goes on to the verb: A and B take part; a clause
of words before the people is no list."""
from __future__ import annotations

import pytest

from tests.kgread import events_of


@pytest.mark.parametrize(("text", "people"), [
    ("5月6日下午，青山市政府召开党组会议，市长王立新传达了省委会议精神。"
     "市领导赵国强、刘海洋及各县(市、区)主要负责人，市直各部门负责人参加会议。", {"赵国强", "刘海洋"}),
    ("5月6日，青山县召开脱贫攻坚推进会。副县长赵国强、刘海洋和各乡镇党委书记，县直有关部门负责同志参加会议。",
     {"赵国强", "刘海洋"}),
    ("5月6日，青山市召开安全生产工作会议。市领导赵国强、刘海洋以及各区县分管负责同志，"
     "市级有关部门负责人出席会议。", {"赵国强", "刘海洋"}),
    ("5月6日，江北区召开防汛工作会议。副区长陈志远与各街道主要负责人，区直有关单位负责人参加会议。",
     {"陈志远"}),
])
def test_list_then_group_attends(text: str, people: set[str]) -> None:
    meetings = [e for e in events_of(text, date="2024-05-07") if e.type == "Meeting"]
    assert len(meetings) == 1 and people <= {a.text for a in meetings[0].attendees}


def test_words_before_no_list() -> None:
    text = ("5月6日，青山县召开脱贫攻坚推进会。会上听取了赵国强和各乡镇党委书记的汇报，"
            "县直有关部门负责同志参加会议。")
    meetings = [e for e in events_of(text, date="2024-05-07") if e.type == "Meeting"]
    assert len(meetings) == 1 and "赵国强" not in {a.text for a in meetings[0].attendees}
