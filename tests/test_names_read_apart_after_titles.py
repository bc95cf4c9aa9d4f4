"""Names after a post's title that the tagger read apart or as another kind of word (made-up texts): a place's
or a distinguishing word and a lone character before a verb (厂长黄山炬说), a name and a rare character
(局长李明暐出席), a name read as a particle (副主席孙地出席)."""
from __future__ import annotations

import pytest

from tests.kgread import article_of


@pytest.mark.parametrize("text, name", [
    ("青山钢铁厂召开职代会，厂长黄山炬说，今年要扭亏为盈。", "黄山炬"),
    ("青山县召开会议，局长李明暐出席了会议。", "李明暐"),
    ("青山县召开会议，县妇联副主席孙地出席了会议。", "孙地"),
])
def test_the_whole_name_is_read(text, name):
    r = article_of(text, date="1998-01-12")
    assert name in [m.text for m in r.mentions if m.type == "PER"]


def test_no_name_of_an_adverb_after_a_title():
    r = article_of("青山县召开会议，主任高兴地说，今年要扭亏为盈。", date="1998-01-12")
    assert not [m for m in r.mentions if m.type == "PER"]
