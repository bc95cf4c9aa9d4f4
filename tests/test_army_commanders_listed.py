"""An army unit's commanders listed together (北京军区司令员A、政委B): a commander's post written with no
unit (``posts/words`` command: 政委, 政治委员, 参谋长, 副司令员), listed right after a person whose
commander's post names the unit, is of that unit, as a company's officers listed after its chairman are the
company's. Made-up sentences."""
from __future__ import annotations

import pytest

from kg.model import Document
from kg.pipeline import process_document


def posts(text: str):
    doc = Document(id="t", text=text, date="1998-01-07", publisher="人民日报")
    return sorted((m.person.text, m.role, m.organization)
                  for r in process_document(doc, date="1998-01-07") for m in r.memberships)


@pytest.mark.parametrize("text, expected", [
    ("南京军区司令员陈东海、政委方建国看望了官兵。",
     [("方建国", "政委", "南京军区"), ("陈东海", "司令员", "南京军区")]),
    ("成都军区司令员廖国强、政治委员张文华和副司令员王海军来到灾区。",
     [("张文华", "政治委员", "成都军区"), ("廖国强", "司令员", "成都军区"),
      ("王海军", "副司令员", "成都军区")]),
    ("兰州军区政委刘冬生中将、参谋长李德明少将参加了会议。",
     [("刘冬生", "政委", "兰州军区"), ("李德明", "参谋长", "兰州军区")]),
    # a post of another kind listed after a commander keeps its own body
    ("会上，北京军区政委杜长江、河北省省长叶青松讲了话。",
     [("叶青松", "省长", "河北省人民政府"), ("杜长江", "政委", "北京军区")]),
])
def test_commanders_listed_after_one(text, expected):
    assert posts(text) == sorted(expected)
