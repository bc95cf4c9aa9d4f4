"""A name's last character glued by the tagger to the 于 of a date after it (王建 + 强于 + 昨天)."""
from __future__ import annotations

import pytest

from kg.model import Document
from kg.pipeline import process_document


def post_people(text: str) -> set[str]:
    results = process_document(Document(id="x", text=text, date="1998-01-05"))
    return {m.person.key for r in results for m in r.memberships}


@pytest.mark.parametrize("text, name", [
    ("县长王建强于昨天作出批示。", "王建强"),
    ("副市长兼市公安局局长张立强于１月５日作出批示。", "张立强"),
    ("厂长刘文高于一九九七年到任。", "刘文高"),
])
def test_name_before_date(text, name):
    assert name in post_people(text)


def test_not_before_other_words():
    assert "王建强" not in post_people("局长王建强于对手。")


@pytest.mark.parametrize("text", [
    "作者王建生于1986年。",  # 生于: born in
    "局长王建将于明天到任。",  # 将于: will, on
])
def test_not_verbs_of_dates(text):
    assert "王建生" not in post_people(text) and "王建将" not in post_people(text)
