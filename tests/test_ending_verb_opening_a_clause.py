"""Made-up texts: a clause opening with a verb ending a post (posts/appointments ``end``: 不再担任, 辞去) and
no subject, after a clause that names the person (X同志任Y，不再担任Z职务): X no longer holds Z, as after
同时一并 already; the post is former and a removal is told."""
from __future__ import annotations

import pytest

from tests.kgread import article_of

_PLACE = "鄂尔多斯市"


@pytest.mark.parametrize("text, post", [
    ("王明同志任市委书记，不再担任市长职务。", ("王明", "市长", "鄂尔多斯市人民政府", True)),
    ("李强同志任市委委员、常委，不再担任市政府副市长职务。", ("李强", "副市长", "鄂尔多斯市人民政府", True)),
    ("赵林当选市政协主席，辞去市委常委职务。", ("赵林", "常委", "中共鄂尔多斯市委员会", True)),
    ("王明同志任市委书记，不再担任市长职务。", ("王明", "书记", "中共鄂尔多斯市委员会", False)),
])
def test_posts(text, post):
    r = article_of(text, date="2024-05-01", place=_PLACE)
    assert post in [(m.person.text, m.role, m.organization, m.former) for m in r.memberships]


def test_removal_told():
    r = article_of("王明同志任市委书记，不再担任市长职务。", date="2024-05-01", place=_PLACE)
    assert "Removal" in [e.type for e in r.events]
