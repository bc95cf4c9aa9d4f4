"""Made-up texts: 老 and a surname going on with its clause (老张 + 仍, + 说话) is a person (per.familiar);
a bare surname after a delimiter or a preposition, before the word after a name or a verb, stands for the one
full name of that surname told before it (per.surname-again: 车主李明华 … ，李即 …，向李出具); not an adverb
a surname starts (马上), a state's short name (马), nor a surname of two people told."""
from __future__ import annotations

import pytest

from tests.kgread import article_of


def people(text: str) -> list[str]:
    return [m.text for m in article_of(text, date="1998-01-05").mentions if m.type == "PER"]


@pytest.mark.parametrize("text, names", [
    ("说到这儿，老张仍很乐观。", ["老张"]),
    ("在老张说话的时候，记者拿出了本子。", ["老张"]),
])
def test_old_and_a_surname(text, names):
    assert people(text) == names


def test_a_bare_surname_again():
    text = "车主李明华买了一辆新车。之后，李即对该车进行了改装。宾馆未向李出具发票。李认为宾馆应当赔偿。"
    assert people(text) == ["李明华", "李", "李", "李"]


@pytest.mark.parametrize("text", [
    "选手马文华涉险过关后，马上便将进行第三轮比赛。",
    "李明华和李建国都来了。之后，李认为应当赔偿。",
])
def test_no_bare_surname(text):
    assert [p for p in people(text) if len(p) == 1] == []
