"""A body's name never holds the particle 了 of a verb's completed action (made-up texts): 受到了 + 商会副会长
names no body 受到了商会; the words after 了 do, here the association named before; one gone to and received
at (来到X商会，受到了商会副会长Y的接待) is Y's."""
from __future__ import annotations

import pytest

from tests.kgread import posts_of


@pytest.mark.parametrize("text, post", [
    ("白水商会召开年会。来宾受到了商会副会长李明、秘书长赵刚的热情接待。", ("李明", "副会长", "白水商会")),
    ("青山市物流协会举行换届大会。会员们见到了协会会长孙伟。", ("孙伟", "会长", "青山市物流协会")),
])
def test_a_body_starts_after_le(text, post):
    posts = posts_of(text, date="2023-05-10")
    assert post in posts
    assert all("了" not in (org or "") for _, _, org in posts)


def test_received_at_the_association_gone_to():
    text = "考察组一行来到青山市浙江商会，受到了商会副会长姜海、秘书长刘平的热情接待。"
    posts = posts_of(text, date="2023-05-10", publisher="白水市湖北商会")
    assert ("姜海", "副会长", "青山市浙江商会") in posts
    assert ("刘平", "秘书长", "青山市浙江商会") in posts
