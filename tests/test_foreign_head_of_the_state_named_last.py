"""A foreign name's head-of-government post written with no state (总理X), in an article naming several
foreign states and none in its sentence, is of the state the last sentence before it naming any names
alone, not a job title of no body; none when that sentence names several. Made-up sentences."""
from __future__ import annotations

import pytest
from kgread import article_of


@pytest.mark.parametrize("text, person, expected", [
    ("全国政协副主席王海上周访问斐济。\n本周王海抵达新西兰。\n王海预计将与总理Chris Hopkins在奥克兰会面。",
     "Chris Hopkins", [("总理", "新西兰")]),
    ("全国政协副主席王海上周访问斐济。\n本周王海抵达新西兰。\n王海预计将与总理霍普金斯在奥克兰会面。",
     "霍普金斯", [("总理", "新西兰")]),
    # a state written in the sentence is the post's, as before
    ("全国政协副主席王海访问新西兰。\n王海在悉尼会见澳大利亚总理霍普金斯。", "霍普金斯",
     [("总理", "澳大利亚")]),
    # the sentence before names two: no state told
    ("全国政协副主席王海访问斐济和新西兰。\n王海预计将与总理霍普金斯会面。", "霍普金斯", [("总理", None)]),
])
def test_a_foreign_heads_post_of_the_state_named_last(text, person, expected):
    r = article_of(text, date="2025-06-14")
    assert [(m.role, m.organization) for m in r.memberships if m.person.text == person] == expected
