"""Made-up texts: a head of state's national security aide (总统国家安全事务助理X) holds that post of the
state whose head's title is written before it, not the bare 助理 of no body."""
from __future__ import annotations

from tests.kgread import posts_of


def test_a_presidents_national_security_aide():
    posts = posts_of("美国总统国家安全事务助理伯杰会见了代表团。", date="1998-01-10")
    assert ("伯杰", "国家安全事务助理", "美国") in posts
    assert all(role != "总统" for _, role, _ in posts)
