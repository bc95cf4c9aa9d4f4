"""A list of titled names goes on over a body the NER did not name, written in nouns only (made-up text:
集团党委副书记A，党群工作部B、C，…参加活动: B and C too), not over words of a clause (讲话时说到D)."""
from __future__ import annotations

from tests.kgread import article_of


def _inspection_people(text: str) -> set[str]:
    r = article_of(text, date="2023-05-10")
    return {a.text for e in r.events if e.type == "Inspection" for a in e.attendees}


def test_over_an_unnamed_body():
    text = ("5月8日，青山建设集团到绿水镇调研帮扶工作。青山建设集团党委副书记王大明，"
            "党群工作部李建华、赵小军，集团派驻帮扶村第一书记参加活动。")
    assert {"王大明", "李建华", "赵小军"} <= _inspection_people(text)
