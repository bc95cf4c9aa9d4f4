"""A list of titled names goes on over a name holding a bracket (made-up text: 市中医医院(工人医院)院长A;
街道党工委书记B参加: A too)."""
from __future__ import annotations

from tests.kgread import article_of


def test_over_the_bracket():
    text = ("10月4日，青山社区卫生服务中心揭牌仪式在青山街道举行。市卫生健康局局长王大明，"
            "市中医医院(工人医院)党委副书记、院长李建华；青山街道党工委书记赵小军参加。")
    r = article_of(text, date="2024-10-05")
    found = [e for e in r.events if e.type == "Ceremony"]
    assert found and {"王大明", "李建华", "赵小军"} <= {a.text for a in found[0].attendees}
