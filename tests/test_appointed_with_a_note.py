"""Made-up texts: the first name an election or appointment names, with a note on its bearer's nationality or
sex before 为 (选举X（蒙古族）为主席), is read as the later names of its list are."""
from __future__ import annotations

from tests.kgread import posts_of


def test_the_first_name_elected_with_a_note():
    posts = posts_of("青山自治区政协第八届委员会第一次全体会议选举巴特尔（蒙古族）为自治区政协主席，"
                     "王大明、李小红（女）为自治区政协副主席。", date="1998-01-14")
    assert [p[0] for p in posts] == ["巴特尔", "王大明", "李小红"]
    assert posts[0][1] == "主席"
