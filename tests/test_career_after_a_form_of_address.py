"""A career list after a form of address (张三同志曾任…, 李四先生历任…): the posts held before, as after the
name alone. Made-up sentences."""
from __future__ import annotations

import pytest

from kg.model import Document
from kg.pipeline import process_document


def posts(text: str):
    doc = Document(id="t", text=text, date="1998-01-07")
    return sorted((m.person.text, m.role, m.organization, m.former)
                  for r in process_document(doc, date="1998-01-07") for m in r.memberships)


@pytest.mark.parametrize("text, expected", [
    ("王德明同志历任河北省委副书记、省长，国家计委副主任等职。",
     [("王德明", "副主任", "国家计划委员会", True), ("王德明", "副书记", "中共河北省委员会", True),
      ("王德明", "省长", "河北省人民政府", True)]),
    ("李秀英女士曾任青岛市副市长。", [("李秀英", "副市长", "青岛市人民政府", True)]),
    ("陈国栋先生曾担任天津大学校长。", [("陈国栋", "校长", "天津大学", True)]),
    # the name alone, as before
    ("王德明曾任河北省委副书记。", [("王德明", "副书记", "中共河北省委员会", True)]),
])
def test_career_after_a_form_of_address(text, expected):
    assert posts(text) == expected
