"""An association officer's post with no body (监事), listed after a person whose chain ends in a body of
another kind (副会长兼青年会主任A), is of the association of that person's last post of one. Made-up
sentences."""
from __future__ import annotations

from kgread import article_of


def test_an_officer_listed_after_a_chain_ending_in_another_body():
    r = article_of("青山市南安商会召开会长办公会。会长黄玉琦、副会长兼青年会主任陈锦堂、监事郑海铭参加会议。",
                   date="2025-06-14")
    assert [(m.person.text, m.role, m.organization) for m in r.memberships] == [
        ("黄玉琦", "会长", "青山市南安商会"), ("陈锦堂", "副会长", "青山市南安商会"),
        ("陈锦堂", "主任", "青年会"), ("郑海铭", "监事", "青山市南安商会")]
