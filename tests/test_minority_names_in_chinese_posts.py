"""A name of no Chinese shape (a Uyghur's, a Tibetan's: 司马义·艾买提) in an article that names no place
abroad nor a foreign state: a citizen of China, whose posts China's bodies hold (国务委员 of the 国务院), not
a foreign official's with no state known. Made-up sentences."""
from __future__ import annotations

import pytest

from kg.model import Document
from kg.pipeline import process_document


def posts(text: str):
    doc = Document(id="t", text=text, date="1998-01-07", publisher="人民日报")
    return sorted((m.person.text, m.role, m.organization)
                  for r in process_document(doc, date="1998-01-07") for m in r.memberships)


@pytest.mark.parametrize("text, expected", [
    ("国务委员司马义·艾买提出席了会议。", [("司马义·艾买提", "国务委员", "中华人民共和国国务院")]),
    ("国务委员、国家民委主任司马义·艾买提会见了代表团。",
     [("司马义·艾买提", "国务委员", "中华人民共和国国务院"),
      ("司马义·艾买提", "主任", "国家民族事务委员会")]),
    # an article abroad: the foreign state's, as before
    ("俄罗斯总理切尔诺梅尔金今天说。副总理涅姆佐夫也出席了会议。",
     [("切尔诺梅尔金", "总理", "俄罗斯"), ("涅姆佐夫", "副总理", "俄罗斯")]),
])
def test_minority_names_hold_chinese_posts(text, expected):
    assert posts(text) == sorted(expected)
