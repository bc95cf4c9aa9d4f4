"""A list of states before a post (埃及、叙利亚和约旦三国总统, 美国、英国和法国的总统) names no body:
the words after its 、 are no body the NER missed (posts.title._chain_link), so the post is not of
叙利亚和约旦三国; the body missed between a chain's 、 and a post still is (省委书记、代表团团长)."""
from __future__ import annotations

import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, wrong", [
    ("他会见了埃及、叙利亚和约旦三国总统穆巴拉克。", "埃及叙利亚和约旦三国"),
    ("他会见了巴西、阿根廷两国外长。会上，乌拉圭、巴拉圭四国总统桑吉内蒂讲话。", "乌拉圭巴拉圭四国"),
    ("美国、英国和法国的总统萨科齐说。", "美国英国和法国的"),
])
def test_states_listed_before_a_post_are_no_body(text, wrong):
    assert all(org != wrong for _, _, org in posts_of(text, date="1998-01-10"))


def test_a_body_missed_after_a_chains_mark_still_is_one():
    assert ("张三", "团长", "代表团") in posts_of("省委书记、代表团团长张三说。", date="1998-01-10")
