"""Made-up texts: 当 (when) opening a clause before a body's short name and a post
(当合营公司总经理X…时) is no part of the body's name (posts/words function): the body is the one named
before whose name ends so; a word of the tagger's that opens with 当 (当代, 当地) is left as it was."""
from __future__ import annotations

import pytest

from tests.kgread import posts_of

CASES = [
    ("广东核电合营公司成立于１９８５年。当合营公司总经理刘锡明搬出管理文件时，记者很受震动。",
     ("刘锡明", "总经理", "广东核电合营公司")),
    ("江南造船集团公司去年造船十艘。当集团公司董事长陈国强谈起这些时，很是自豪。",
     ("陈国强", "董事长", "江南造船集团公司")),
]


@pytest.mark.parametrize("text,post", CASES)
def test_when_is_no_part_of_the_body(text, post):
    posts = posts_of(text, date="1998-01-10")
    assert post in posts
    assert not any((p[2] or "").startswith("当") for p in posts)
