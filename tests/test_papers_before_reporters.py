"""Made-up texts: a paper the dictionary knows as one word (解放军报, 中国青年报, 光明日报) written right
before a reporter's post is the reporter's paper, in a wire byline's brackets too; 明日 inside 光明日报 is
no date."""
from __future__ import annotations

import pytest

from tests.kgread import article_of, posts_of

CASES = [
    ("新华社北京１月７日电（解放军报记者王建军、新华社记者李明）全军后勤工作会议今天召开。",
     ("王建军", "记者", "解放军报")),
    ("中国青年报记者王建军报道，大学生志愿者出发了。", ("王建军", "记者", "中国青年报")),
    ("光明日报资深记者张丽华退休后写成了一本书。", ("张丽华", "记者", "光明日报")),
    # a photographer holds 记者 of the paper (posts/roles 摄影记者 -> 记者), as 本报特派记者 does
    ("光明日报摄影记者王建军摄。", ("王建军", "记者", "光明日报")),
]


@pytest.mark.parametrize("text,post", CASES)
def test_the_reporters_paper(text, post):
    assert post in posts_of(text, date="1998-01-10")


def test_no_date_inside_a_papers_name():
    r = article_of("光明日报资深记者张丽华退休后写成了一本书。", date="1998-01-10")
    assert not [m for m in r.mentions if m.type == "DATE"]
