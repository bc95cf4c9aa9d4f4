"""Made-up texts: 老板 and 老总 (a boss, as people call one) are no post of the company named with them, as
负责人 is none; the company's 总经理 is one."""
from __future__ import annotations

from tests.kgread import posts_of


def test_a_boss_holds_no_post():
    posts = posts_of("青山保健品有限公司老总张友明说，今年销售不错。", date="1998-01-10")
    assert all(role not in ("老总", "老板") for _, role, _ in posts)


def test_a_general_manager_holds_one():
    posts = posts_of("青山保健品有限公司总经理张友明说，今年销售不错。", date="1998-01-10")
    assert ("张友明", "总经理", "青山保健品有限公司") in posts
