"""Made-up texts: a name in Latin letters right after a title, past a form of address in Latin letters
(people/latin_addresses: Mr., Dr., Hon.), or right before one past a space, is a person's (rule
``per.latin``): two to four capitalised words; a capital no small letter follows ends the last (Lee + MBA)."""
from __future__ import annotations

import pytest

from tests.kgread import article_of


def people(text: str) -> list[str]:
    return [m.text for m in article_of(text, date="2024-05-01").mentions if m.type == "PER"]


@pytest.mark.parametrize("text, names", [
    ("悉尼大学副校长Robert Green高度赞扬两校的合作。", ["Robert Green"]),
    ("联谊会秘书长Maria Santoso宣读了贺信。", ["Maria Santoso"]),
    ("委员会主席Mr.Alan Walker，省议员Kevin McDonald出席。", ["Alan Walker", "Kevin McDonald"]),
    ("文化部长 Hon. Peter Ross 议员致辞。", ["Peter Ross"]),
    ("立法会的 Hon. Susan Clark 议员等出席。", ["Susan Clark"]),
    ("商学院副院长Linda Chen MBA项目主任出席。", ["Linda Chen"]),
])
def test_latin_names(text, names):
    assert people(text) == names


def test_one_word_is_no_name():
    assert people("公司总裁Apple出席。") == []
