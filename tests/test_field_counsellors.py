"""A mission's counsellor of a field (教育参赞, 商务参赞, 经济商务参赞) and its deputy attaché (副武官): a
post of its own, of the mission written before it. Made-up sentences."""
from __future__ import annotations

import pytest

from kg.model import Document
from kg.pipeline import process_document


def posts(text: str):
    doc = Document(id="t", text=text, date="1998-01-07")
    return sorted((m.person.text, m.role, m.organization) for r in process_document(doc, date="1998-01-07")
                  for m in r.memberships)


@pytest.mark.parametrize("text, expected", [
    ("中国驻美国大使馆教育参赞王立新在会上讲话。", [("王立新", "教育参赞", "中国驻美国大使馆")]),
    ("美国驻华大使馆商务参赞约翰逊出席了开幕式。", [("约翰逊", "商务参赞", "美国驻华大使馆")]),
    ("中国驻法国大使馆经济商务参赞刘建国出席了招待会。", [("刘建国", "经济商务参赞", "中国驻法国大使馆")]),
    ("中国驻日本大使馆副武官陈志明出席了招待会。", [("陈志明", "副武官", "中国驻日本大使馆")]),
    # a counsellor with no field, as before
    ("美国驻华使馆参赞约翰逊出席了开幕式。", [("约翰逊", "参赞", "美国驻华使馆")]),
])
def test_field_counsellors(text, expected):
    assert posts(text) == expected
