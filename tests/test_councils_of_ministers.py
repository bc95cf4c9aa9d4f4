"""A state's council of ministers (部长会议, 部长理事会) is a body right before its post: 古巴部长会议主席X
holds 主席 of 古巴部长会议, a former Soviet one's vice-chair 副主席 of 苏联部长会议 (made-up sentences)."""
from __future__ import annotations

import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, expected", [
    ("古巴部长会议主席卡斯特罗会见了他。", ("卡斯特罗", "主席", "古巴部长会议")),
    ("前苏联部长会议副主席阿尔希波夫访华。", ("阿尔希波夫", "副主席", "苏联部长会议")),
    ("阿尔巴尼亚部长会议主席纳诺会见了代表团。", ("纳诺", "主席", "阿尔巴尼亚部长会议")),
])
def test_the_council_holds_the_post(text, expected):
    assert expected in posts_of(text)


@pytest.mark.parametrize("text", [
    "古巴国务委员会主席和部长会议主席卡斯特罗会见了他。",
    "古巴国务委员会主席、部长会议主席卡斯特罗会见了他。",
    "古巴国务委员会主席兼部长会议主席卡斯特罗会见了他。",
])
def test_the_council_after_another_body_of_its_state_in_a_chain(text):
    """部长会议 written alone after the state's other body in a chain is that state's ({同级}部长会议)."""
    found = posts_of(text)
    assert ("卡斯特罗", "主席", "古巴国务委员会") in found and ("卡斯特罗", "主席", "古巴部长会议") in found


def test_a_council_with_no_state_is_none():
    assert ("卡斯特罗", "主席", None) in posts_of("会议由部长会议主席卡斯特罗主持。")
