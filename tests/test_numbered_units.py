"""A military unit by its number (94755部队), with the army before it and a part after it, is an organisation
keyed with the army's name; a number inside a longer number names none."""
from __future__ import annotations

import pytest

from kg.extract.context import Context
from kg.extract.orgs import extract_orgs
from kg.nlp.normalize import View


def _orgs(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.key) for m in extract_orgs(View.of(text), Context())]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("32156部队官兵参加抢险。", [("32156部队", "中国人民解放军32156部队")]),
        ("中国人民解放军61234部队医院的医生说。",
         [("中国人民解放军61234部队医院", "中国人民解放军61234部队医院")]),
        ("他是解放军51001部队政治部的干部。", [("解放军51001部队政治部", "解放军51001部队政治部")]),
        ("电话138123456789部队", []),  # a phone number's end
        ("武警部队战士参加。", []),
    ],
)
def test_numbered_units(text, expected):
    assert _orgs(text) == expected
