"""A page known only by its web address that names its own body (session 49, made-up pages): the school,
association or company whose name alone is one of its last lines (the page signed above its date), or that
opens its headline with a word of its own doing (召开, 举行, 第 of its own term), is the page's publisher: its
posts with no body written are that body's, not the address's; a body opening a headline as a guest
(青山市总工会检查组到…) is not. Each page names another body of its kind, which the one body of the kind
the page names (session 45's rule) does not tell from its own."""
import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, publisher, expected", [
    ("6月1日下午，轮值会长李志明在商会会议室主持召开常务会议。参加会议的副会长有王大明、张小红。会议讨论了加入青山省白水商会的事宜。\n"
     "青山市白水商会\n2020年6月1日",
     "qsbssh.com",
     [("李志明", "轮值会长", "青山市白水商会"), ("王大明", "副会长", "青山市白水商会"),
      ("张小红", "副会长", "青山市白水商会")]),
    ("白水华侨华人协会召开第三届理事会\n会议由会长李志明主持，副会长王大明作工作报告，介绍了与红河华侨华人协会的交流。",
     "bshq.org",
     [("李志明", "会长", "白水华侨华人协会"), ("王大明", "副会长", "白水华侨华人协会")]),
    ("青山同乡会第五届理事会就职典礼举行\n会长李志明致辞，常务副会长王大明主持，白水同乡会发来贺信。",
     "qstxh.net",
     [("李志明", "会长", "青山同乡会"), ("王大明", "常务副会长", "青山同乡会")]),
])
def test_pages_known_by_their_address(text, publisher, expected):
    assert posts_of(text, publisher=publisher) == expected


def test_a_guest_opening_the_headline():
    text = "青山市总工会检查组到白水商会检查工作\n白水商会会长李志明陪同。"
    assert posts_of(text, publisher="bssh.com") == [("李志明", "会长", "白水商会")]
