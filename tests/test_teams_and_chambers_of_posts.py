"""A coach's team is the subject of his sentence, not the team it beat written right before his title's
comma, the subject after a clause of time too; a legislature written after its state's one-character name
(巴参议院, 澳众院) is the chamber of the one state the article names in full that starts so (made-up
sentences)."""
from __future__ import annotations

import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, team", [
    ("八一队本场以90比85战胜辽宁队，主教练王非表示满意。", "八一队"),
    ("在昨天的比赛中，上海队以2比1战胜北京队，主教练王非说很满意。", "上海队"),
    ("在昨天的比赛中，上海队以2比1战胜北京队。赛后，主教练王非说很满意。", "上海队"),
])
def test_a_coach_of_the_sentence_subject(text, team):
    assert ("王非", "主教练", team) in posts_of(text)


@pytest.mark.parametrize("text, expected", [
    ("巴基斯坦总统选举今天举行。巴参议院议员塔拉尔当选。", ("塔拉尔", "议员", "巴基斯坦参议院")),
    ("巴基斯坦总统选举今天举行。塔拉尔于去年当选巴参议院议员。", ("塔拉尔", "议员", "巴基斯坦参议院")),
    ("澳大利亚议会代表团访华。澳众院第二副议长詹金斯说。", ("詹金斯", "第二副议长", "澳大利亚众议院")),
])
def test_a_chamber_of_the_state_named_in_full(text, expected):
    assert expected in posts_of(text)


def test_two_states_of_that_character_leave_it_as_written():
    assert ("塔拉尔", "议员", "巴参议院") in posts_of("巴基斯坦和巴西代表出席。巴参议院议员塔拉尔当选。")


def test_a_state_named_in_full_is_kept():
    assert ("萨维", "议长", "爱沙尼亚议会") in posts_of("爱沙尼亚议会议长萨维访华。")
