"""A post written before 的 and the name of a body made for a task (made-up texts): 以县长A为组长的X领导小组,
以B为总指挥的Y指挥部 give 组长 and 总指挥 that body; a post before 的 and anything else keeps none."""
from __future__ import annotations

import pytest

from tests.kgread import posts_of


@pytest.mark.parametrize("text, post", [
    ("成立以县长李建国为组长的县安全生产领导小组。", ("李建国", "组长", "县安全生产领导小组")),
    ("由副市长周美华担任组长的市招商引资工作组一行来我县对接。", ("周美华", "组长", "市招商引资工作组")),
    ("成立以市长王大海为总指挥的市防汛抗旱指挥部。", ("王大海", "总指挥", "市防汛抗旱指挥部")),
])
def test_a_post_before_a_task_body_is_its(text, post):
    assert post in posts_of(text, date="2023-05-10")


def test_a_post_before_anything_else_keeps_no_body():
    posts = posts_of("组长李四的意见很重要，市长王大明的讲话受到欢迎。", date="2023-05-10")
    assert all(org is None or "意见" not in org and "讲话" not in org for _, _, org in posts)
