"""A career list's item opening with a word pointing back at a school (曾任该校数学系主任、校长) is of the
school the article named last, its unit written after the word (made-up texts)."""
from __future__ import annotations

import pytest

from tests.kgread import posts_of


@pytest.mark.parametrize("text, expected", [
    ("武汉大学教授李长春逝世。李长春曾任该校化学系主任、校长。",
     [("李长春", "教授", "武汉大学"), ("李长春", "主任", "武汉大学化学系"), ("李长春", "校长", "武汉大学")]),
    ("武汉大学教授李长春逝世。李长春曾任该校校长。",
     [("李长春", "教授", "武汉大学"), ("李长春", "校长", "武汉大学")]),
])
def test_a_career_item_pointing_back_at_a_school(text, expected):
    assert posts_of(text, date="1998-01-15", publisher="人民日报") == expected
