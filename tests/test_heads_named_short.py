"""Heads written short or with their region: a SAR's chief executive holds the post in the region the text
writes (香港特别行政区行政长官: 香港特别行政区, as a head of state holds the state), its government only where
the text writes it (香港特区政府行政长官); 军委 before a post is the Central Military Commission (军委主席);
江主席, as 毛主席, is the head of state of his years. Made-up sentences."""
from __future__ import annotations

import pytest

from kg.model import Document
from kg.pipeline import process_document


def posts(text: str):
    doc = Document(id="t", text=text, date="1998-01-07")
    return sorted((m.person.text, m.role, m.organization) for r in process_document(doc, date="1998-01-07")
                  for m in r.memberships)


@pytest.mark.parametrize("text, expected", [
    ("香港特别行政区行政长官董建华今天发表讲话。", [("董建华", "行政长官", "香港特别行政区")]),
    ("澳门特别行政区行政长官何厚铧今天发表讲话。", [("何厚铧", "行政长官", "澳门特别行政区")]),
    ("香港特区政府行政长官董建华今天发表讲话。", [("董建华", "行政长官", "香港特别行政区政府")]),
    ("全军认真学习军委主席江泽民的重要指示。", [("江泽民", "主席", "中央军事委员会")]),
    ("军委副主席张万年会见了代表团。", [("张万年", "副主席", "中央军事委员会")]),
    ("评论特别引述江主席的新年讲话。", [("江", "主席", "中华人民共和国")]),
])
def test_heads_named_short(text, expected):
    assert posts(text) == expected
