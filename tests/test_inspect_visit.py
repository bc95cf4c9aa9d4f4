"""考察访问 is a visit, as 考察学习 is (…代表团到青山集团考察访问; …一行来校考察访问), not an inspection.
Made-up sentences of the shapes company and school news uses."""
from __future__ import annotations

import pytest

from kg.model import Document
from kg.pipeline import process_document


def events(text: str):
    doc = Document(id="t", text=text, date="2012-03-03", place="青山市")
    return [(e.type, e.date, e.trigger.text) for r in process_document(doc, date="2012-03-03", place="青山市")
            for e in r.events]


@pytest.mark.parametrize("text, expected", [
    ("3月1日,青山集团董事长霍庆华陪同白水市党政代表团到青山集团考察访问。",
     [("Visit", "2012-03-01", "考察访问")]),
    ("3月1日,市长李明率团赴白水市考察访问。",
     [("Visit", "2012-03-01", "考察访问")]),
])
def test_inspect_visit(text, expected):
    assert events(text) == expected
