"""A biography opening its line with the name, 同志 and the year of birth (张三同志1930年出生于…): the next
sentences with no person named are its person's, a year before the verb too (1948年任…). Made-up sentences."""
from __future__ import annotations

import pytest

from kg.model import Document
from kg.pipeline import process_document


def posts(text: str):
    doc = Document(id="t", text=text, date="1998-01-07")
    return [(m.person.text, m.role, m.organization) for r in process_document(doc, date="1998-01-07")
            for m in r.memberships]


_HEAD = "王立新同志生平\n王立新同志1931年出生于陕西省米脂县。"


@pytest.mark.parametrize("text, expected", [
    (_HEAD + "1949年任米脂县委书记。", [("王立新", "书记", "中共米脂县委员会")]),
    (_HEAD + "1952年任米脂县委委员、宣传部长等职。",
     [("王立新", "委员", "中共米脂县委员会"), ("王立新", "部长", "中共米脂县委员会宣传部")]),
    ("王立新同志1931年11月生于陕西省米脂县。1960年起任国家计委副主任。",
     [("王立新", "副主任", "国家计划委员会")]),
    # the name with no year of birth after it opens no biography
    ("王立新同志出席会议。1960年起任国家计委副主任。", []),
])
def test_biography_sentences(text, expected):
    assert sorted(posts(text)) == sorted(expected)
