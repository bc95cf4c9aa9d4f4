"""A village or community the gazetteer does not hold, written right after its town or street
(东峤镇铁炉村, 颍西街道振兴社区) or listed after a village or community (南峰村、望山村; 庆丰社区、
复兴社区), whatever the tagger cut; no count or common word before 村, no body's name after 社区. Made-up
sentences."""
from __future__ import annotations

import pytest

from kg.extract.context import Context
from kg.extract.places import extract_places
from kg.nlp.normalize import View


def _villages(text: str) -> list[str]:
    return [m.text for m in extract_places(View.of(text), Context()) if m.text.endswith(("村", "社区"))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("县长一行来到东峤镇铁炉村，察看村级卫生所。", ["铁炉村"]),
        ("他先后到大河家镇四堡子村、周家村调研。", ["四堡子村", "周家村"]),
        ("调研组在金罗镇白草村查看灾情。", ["白草村"]),
        # a count, a common word, or 村 opening a word: no village
        ("青山镇各村都有卫生室。", []),
        ("青山镇新农村建设成效明显。", []),
        ("青山镇村民代表参加会议。", []),
        # communities after their street, and lists going on from any village or community read
        ("他来到青山街道复兴社区看望居民。", ["复兴社区"]),
        ("座谈会在白河街道前进南社区举行。", ["前进南社区"]),
        ("走访了锦霞社区、光明社区、幸福社区。", ["锦霞社区", "光明社区", "幸福社区"]),
        ("他先后到柳营村、太平村调研。", ["柳营村", "太平村"]),
        ("青山街道社区卫生服务中心揭牌。", []),
        ("青山街道各社区都设了站点。", []),
        # a village or community right after a word of going, visiting or being (places/affixes village-cue),
        # whatever the tagger made of its name; no kind of village (贫困村, 包联社区), no particle in the name
        ("调研组先后到新化村和大围村调研。", ["新化村", "大围村"]),
        ("他走进复兴社区看望老党员。", ["复兴社区"]),
        ("走访了美虹社区。", ["美虹社区"]),
        ("他走访贫困村，深入包联社区。", []),
        ("在中国农村，到各村看看。", []),
    ],
)
def test_villages_after_towns(text, expected):
    assert _villages(text) == expected
