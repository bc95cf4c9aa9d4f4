"""A head's or deputy's post written with no body (处长X, 副局长Y) on the page of a body named with the
words of its own website (青禾大学国际交流处网站, 青禾市公安局官网) is the publisher's body, as on a page
named by the body alone; a portal's 网 names no body. Made-up names and sentences."""
import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, publisher, expected", [
    ("10月13日上午，处长王建武教授带队赴南湖大学交流，副处长李红陪同。", "青禾大学国际交流处网站",
     [("王建武", "处长", "青禾大学国际交流处"), ("李红", "副处长", "青禾大学国际交流处")]),
    ("局长王建武出席会议。", "青禾市公安局官网", [("王建武", "局长", "青禾市公安局")]),
    ("局长王建武出席会议。", "青禾市公安局", [("王建武", "局长", "青禾市公安局")]),
])
def test_head_on_own_site(text, publisher, expected):
    assert posts_of(text, date="2023-05-10", publisher=publisher) == expected
