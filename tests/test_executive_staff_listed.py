"""An executive or deputy staff post (执行秘书长, made-up texts) listed right after a post of a body is the
body's, as 秘书长 is."""
from __future__ import annotations

import pytest

from tests.kgread import posts_of


@pytest.mark.parametrize("text, post", [
    ("青山商会会长张成明，执行秘书长吴岩芳等一行赴成都考察。", ("吴岩芳", "执行秘书长", "青山商会")),
    ("白水市物流协会会长李强、常务副会长王伟，执行秘书长赵丽出席。",
     ("赵丽", "执行秘书长", "白水市物流协会")),
])
def test_executive_staff_listed_after_a_post_of_the_body(text, post):
    assert post in posts_of(text, date="2023-05-10")
