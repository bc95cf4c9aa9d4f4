"""A body's name right after a verb of holding names its meeting (made-up texts:
主持召开县委常委会，…; 集团召开董事会。): triggers with ``after_held``; the same name elsewhere stays a
body (县人大常委会主任, 在区人大常委会会议室召开, 常委会主任会议的提请)."""
from __future__ import annotations

import pytest

from tests.kgread import article_of


def _meetings(text: str):
    return [e for e in article_of(text, date="2023-05-10").events if e.type in ("Meeting", "Conference")]


@pytest.mark.parametrize("text, chair", [
    ("5月8日，县委书记王大明主持召开县委常委会，县委副书记李建华出席。", "王大明"),
    ("5月8日，青山集团召开董事会，审议通过了年度报告。董事长赵小军主持会议。", "赵小军"),
])
def test_the_meeting_held(text, chair):
    meetings = _meetings(text)
    assert len(meetings) == 1 and meetings[0].chair is not None and meetings[0].chair.text == chair


@pytest.mark.parametrize("text", [
    "5月8日，县人大常委会主任王大明会见了青山集团董事长赵小军。",
    "5月8日，县委书记王大明在县委常委会会议室会见了青山集团董事长赵小军。",
])
def test_a_body_elsewhere(text):
    assert not _meetings(text)


def test_one_meeting_named_after_the_body():
    meetings = _meetings("5月8日，县委书记王大明主持召开县委常委会第三次会议。")
    assert len(meetings) == 1 and meetings[0].name.endswith("常委会第三次会议")
