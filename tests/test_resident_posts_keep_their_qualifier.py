"""An association's resident (full-time) officer (驻会副理事长) holds a post of its own, as a 专职 one: 驻会
belongs to the role (posts/words post-qualifier). Made-up sentences."""
from __future__ import annotations

import pytest
from kgread import article_of


@pytest.mark.parametrize("text, person, expected", [
    ("青山市五金协会召开第七届会员代表大会。张东立当选理事长,王海当选驻会副理事长。", "王海",
     [("驻会副理事长", "青山市五金协会")]),
    ("青山市五金协会驻会副会长张三出席。", "张三", [("驻会副会长", "青山市五金协会")]),
])
def test_a_resident_post_keeps_its_qualifier(text, person, expected):
    r = article_of(text, date="2025-06-14")
    assert [(m.role, m.organization) for m in r.memberships if m.person.text == person] == expected
