"""Made-up texts: on an association's own page (the publisher, its name perhaps in traditional characters,
read as the text is), an association officer's post written with no body is the publisher's, in a sentence
the page opens with its word for itself (本会出席的还有…) too,
after a guest body's posts of the same title."""
from __future__ import annotations

import pytest

from tests.kgread import posts_of


@pytest.mark.parametrize("text, publisher, post", [
    # the publisher's name in traditional characters, read as the text is
    ("本會出席的首長還包括常務副主席鄧大倫，副主席何小強、程大戈。", "香港東山總會",
     ("鄧大倫", "常务副主席", "香港东山总会")),
    ("本會出席的首長還包括常務副主席鄧大倫，副主席何小強、程大戈。", "香港東山總會",
     ("程大戈", "副主席", "香港东山总会")),
    # a guest body's chair named before: the sentence the page opens with its word for itself is its own
    ("省侨联主席张三一行到访本会。本会出席的还有常务副主席李四、副主席王五。", "香港南山总会",
     ("李四", "常务副主席", "香港南山总会")),
    ("省侨联主席张三一行到访本会。本会出席的还有常务副主席李四、副主席王五。", "香港南山总会",
     ("王五", "副主席", "香港南山总会")),
    # an association's own news: its secretary-general
    ("本次大会得到了市民政局的支持。大会由当选秘书长刘小欢主持。", "青山市保洁行业协会",
     ("刘小欢", "秘书长", "青山市保洁行业协会")),
    # given by an election the page tells
    ("新届理事会于10月成立，曾小权当选秘书长。", "新加坡南山会馆联合总会",
     ("曾小权", "秘书长", "新加坡南山会馆联合总会")),
])
def test_own_posts(text, publisher, post):
    assert post in posts_of(text, date="2024-05-01", publisher=publisher)


@pytest.mark.parametrize("text, publisher, person", [
    # a post written right after another body's head word is that body's, not the publisher's
    ("会议期间，工作组会见了三方合作秘书处秘书长李大钟。", "青山友好协会", "李大钟"),
    # a title written after the name (率领代表团: the delegation's body's)
    ("应邀请，赵小明秘书长率友城联合会代表团出席会议。", "青山友好协会", "赵小明"),
    # a guest's post in a sentence the page opens with its word for itself, its body named
    ("省侨联主席张三一行到访本会。本会出席的还有省侨联副主席李四。", "香港南山总会", "李四"),
])
def test_not_own(text, publisher, person):
    assert all(org != publisher for name, _, org in posts_of(text, date="2024-05-01", publisher=publisher)
               if name == person)
