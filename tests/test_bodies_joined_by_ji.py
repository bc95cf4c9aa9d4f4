"""Made-up texts: one association under two names joined by 暨 (青山华侨华人联合会暨青山和平统一促进会): a
post of the second named in the sentence is held in the first too; an association of hometown folk (联谊会,
orgs/suffixes use post) is a body right before a post, whatever words its name holds."""
from __future__ import annotations

import pytest

from tests.kgread import posts_of

_JOINED = "大使会见青山华侨华人联合会暨青山中国和平统一促进会新任会长高大玮、前任会长郭大昌和新任理事会成员。"


@pytest.mark.parametrize("text, post", [
    (_JOINED, ("高大玮", "会长", "青山华侨华人联合会")),
    (_JOINED, ("高大玮", "会长", "青山中国和平统一促进会")),
    (_JOINED, ("郭大昌", "会长", "青山华侨华人联合会")),
    ("澳门青山三角乡亲联谊会会长张大明带领全体理监事宣誓。", ("张大明", "会长", "澳门青山三角乡亲联谊会")),
])
def test_posts(text, post):
    assert post in posts_of(text, date="2024-05-01")


def test_one_body_before_a_meeting_joined():
    text = "青山市运动会代表团成立暨誓师大会召开,团长张大明讲话。"
    assert all(org != "青山市运动会代表团" for _, _, org in posts_of(text, date="2024-05-01"))
