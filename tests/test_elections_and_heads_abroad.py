"""Made-up texts: a name ending in 华 chosen by an election before a level's body (选举张华为省人大常委会主任:
the tagger reads 华为, a company, and the body's name took it) holds the post; the words of an election
(当选为) open no body's name (当选为协会 + 秘书长 was a body); a head of another state of the 1990s named
alone before his title holds his state's post (posts/leaders)."""
from __future__ import annotations

import pytest

from tests.kgread import posts_of


@pytest.mark.parametrize(("text", "post"), [
    ("会议选举张华为省人大常委会主任。", ("张华", "主任", "省人大常委会")),
    ("会议选举刘建华为市政协主席。", ("刘建华", "主席", "市政协")),
])
def test_a_name_ending_in_hua_elected(text, post):
    assert post in posts_of(text, date="1998-01-10")


def test_an_election_word_opens_no_body():
    posts = posts_of("会上，刘小华当选为协会会长，王明当选为秘书长。", date="1998-01-10")
    assert all(not (org or "").startswith("当选") for _, _, org in posts)


@pytest.mark.parametrize(("text", "post"), [
    ("示威者包围了贝里沙总统的官邸。", ("贝里沙", "总统", "阿尔巴尼亚")),
    ("德米雷尔总统会见了中国客人。", ("德米雷尔", "总统", "土耳其")),
    ("姆卡帕总统在达累斯萨拉姆会见了代表团。", ("姆卡帕", "总统", "坦桑尼亚")),
])
def test_a_head_of_another_state_named_alone(text, post):
    assert post in posts_of(text, date="1998-01-10")
