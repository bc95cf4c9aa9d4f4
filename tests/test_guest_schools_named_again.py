"""A guest school named again after a word of coming to the publisher in its sentence (会见了访问团,
并与X大学校长Y交谈: ``visit-us``) is the guest still: a later 副校长 or 校党委书记 with no school written
is the host's, not the guest's. Made-up names and sentences."""
import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, expected", [
    ("5月8日，美国南湖大学校长访问团一行对我校进行了访问。校长黄德明会见了访问团，并与南湖大学校长史密斯进行了交谈。"
     "副校长李仁明参加了会见。",
     [("黄德明", "校长", "青禾大学"), ("史密斯", "校长", "南湖大学"), ("李仁明", "副校长", "青禾大学")]),
])
def test_guest_school_named_again(text, expected):
    assert posts_of(text, date="2023-05-10", publisher="青禾大学") == expected


def test_own_delegation_named_again():
    # a page whose guests do not come to the publisher itself (no 我校, 我院): a delegation's body named
    # again after 考察团 is present again, as before
    text = "5月8日，青禾商会企业家考察团抵达南阳访问。考察团成员均来自青禾商会，会长刘文明出席。"
    assert posts_of(text, date="2023-05-10", publisher="新华网") == [("刘文明", "会长", "青禾商会")]
