"""An overseas association's standing secretary-general (常务秘书长) is one of several, as its standing
directors: the title before a list of names is each name's, and the officers listed after them keep the
association (posts/words shared). Made-up sentences."""
from __future__ import annotations

from kgread import article_of


def test_standing_secretaries_general_listed():
    r = article_of("青山同乡会召开理事会。出席的有副理事长张建国、李明,常务秘书长王海、赵强、孙伟,"
                   "常务理事刘洋、周杰。", date="2025-06-14")
    assert [(m.person.text, m.role, m.organization) for m in r.memberships] == [
        ("张建国", "副理事长", "青山同乡会"), ("李明", "副理事长", "青山同乡会"),
        ("王海", "常务秘书长", "青山同乡会"), ("赵强", "常务秘书长", "青山同乡会"),
        ("孙伟", "常务秘书长", "青山同乡会"), ("刘洋", "常务理事", "青山同乡会"),
        ("周杰", "常务理事", "青山同乡会")]
