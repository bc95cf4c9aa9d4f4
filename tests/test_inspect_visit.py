"""考察访问 is a visit, as 考察学习 is (…代表团到青山集团考察访问; …一行来校考察访问), not an inspection.
Made-up sentences of the shapes company and school news uses."""
from __future__ import annotations

import pytest
from kgread import events_of


def events(text: str):
    return [(e.type, e.date, e.trigger.text) for e in events_of(text, date="2012-03-03", place="青山市")]


@pytest.mark.parametrize("text, expected", [
    ("3月1日,青山集团董事长霍庆华陪同白水市党政代表团到青山集团考察访问。",
     [("Visit", "2012-03-01", "考察访问")]),
    ("3月1日,市长李明率团赴白水市考察访问。",
     [("Visit", "2012-03-01", "考察访问")]),
])
def test_inspect_visit(text, expected):
    assert events(text) == expected
