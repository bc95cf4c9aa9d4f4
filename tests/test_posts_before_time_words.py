"""A post a start or hold verb gives ends before a time word after it (担任市委书记不久，…, 任县长以后):
posts/appointments ``after`` (made-up texts)."""
from __future__ import annotations

import pytest

from tests.kgread import posts_of


@pytest.mark.parametrize("text, expected", [
    ("去年，赵文华同志到河南担任省委书记不久，就提出了要求。", [("赵文华", "书记", "中共河南省委员会")]),
    ("赵文华担任河南省委书记以后，提出了要求。", [("赵文华", "书记", "中共河南省委员会")]),
    ("赵文华任河南省副省长以来，提出了要求。", [("赵文华", "副省长", "河南省人民政府")]),
    ("赵文华出任河南省委书记后，提出了要求。", [("赵文华", "书记", "中共河南省委员会")]),
    # the whole list before the time word
    ("赵文华担任河南省委书记、省长以后，提出了要求。",
     [("赵文华", "书记", "中共河南省委员会"), ("赵文华", "省长", "河南省人民政府")]),
    # no time word: as before
    ("赵文华担任河南省委书记。", [("赵文华", "书记", "中共河南省委员会")]),
])
def test_a_post_before_a_time_word(text, expected):
    assert posts_of(text, date="1998-01-09", publisher="人民日报") == expected
