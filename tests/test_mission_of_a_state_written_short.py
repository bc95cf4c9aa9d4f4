"""Made-up texts: a state's one-character short name before its mission (澳 + 驻华使馆 + 临时代办), in
an article that names the state in full, makes the envoy that state's; with no state named in full it does
not."""
from __future__ import annotations

from tests.kgread import posts_of


def test_an_envoy_of_a_mission_after_a_state_written_short():
    posts = posts_of("澳大利亚议会代表团访华。中联部副部长王大明和澳驻华使馆临时代办彭尼·斯科特参加会见。",
                     date="1998-01-11")
    assert ("彭尼·斯科特", "临时代办", "澳大利亚") in posts


def test_no_state_named_in_full():
    posts = posts_of("中联部副部长王大明和澳驻华使馆临时代办彭尼·斯科特参加会见。", date="1998-01-11")
    assert ("彭尼·斯科特", "临时代办", "澳大利亚") not in posts
