"""Made-up texts: a party membership (中国共产党党员, 共产党员) holds no post, yet links an obituary's chain
of titles before the name, so the posts written before it are the name's (X大学校长，中国共产党党员、
全国人大代表，著名数学家Y: the chain broke at 党员 and 校长 was lost)."""
from __future__ import annotations

import pytest

from tests.kgread import posts_of


@pytest.mark.parametrize("member", ["中国共产党党员、全国人大代表", "中国共产党党员", "共产党员"])
def test_a_membership_links_the_chain(member):
    text = f"中国科学院院士，青山大学校长，{member}，著名数学家王大明同志，因病医治无效逝世。"
    assert ("王大明", "校长", "青山大学") in posts_of(text, date="1998-01-14")


def test_a_membership_is_no_post():
    posts = posts_of("优秀共产党员张小明在会上发言。中国共产党党员李小红也发了言。", date="1998-01-14")
    assert all(role not in ("党员", "共产党员") for _, role, _ in posts)
