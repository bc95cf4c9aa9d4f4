"""A head's post of an association written with no body (会长, 理事长), its honorary and lasting forms too
(永远名誉理事长: 永远 and 名誉 both serving), is of the association its sentence named last before it, as a
chair's (主席: posts/words association-chair). Made-up sentences."""
from __future__ import annotations

import pytest
from kgread import article_of


@pytest.mark.parametrize("text, person, expected", [
    ("青山华侨总会首任理事长黄立辉在致词中对永远名誉理事长黄海龙和王海的支持表示感谢。", "黄海龙",
     [("永远名誉理事长", "青山华侨总会")]),
    ("青山华侨总会首任理事长黄立辉在致词中对永远名誉理事长黄海龙和王海的支持表示感谢。", "王海",
     [("永远名誉理事长", "青山华侨总会")]),
    ("青山同乡会举行新春团拜,永远名誉会长李明致辞。", "李明", [("永远名誉会长", "青山同乡会")]),
])
def test_an_honorary_head_of_the_association_named(text, person, expected):
    r = article_of(text, date="2025-06-14")
    assert [(m.role, m.organization) for m in r.memberships if m.person.text == person] == expected
