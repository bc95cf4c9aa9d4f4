"""Made-up texts: a unit's name written short before its head's title (伊犁州 + 州长, a surname's character
and two more) is the unit, no person holding the post; the name after the title holds it."""
from __future__ import annotations

import pytest

from tests.kgread import posts_of


@pytest.mark.parametrize("unit", ["伊犁州", "伊春市"])
def test_a_unit_before_its_heads_title_is_no_person(unit):
    title = unit[-1] + "长"
    posts = posts_of(f"{unit}{title}王大明在会上讲话。", date="1998-01-14")
    assert all(person != unit for person, _, _ in posts)
    assert any(person == "王大明" and role == title for person, role, _ in posts)
