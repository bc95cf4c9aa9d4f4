"""Relations between organisations and places: ``locatedIn`` and ``partOf``.

Rules (the id is on each relation):

* ``relation:loc-de-org`` (0.8): ``[在|位于]X的Y`` with X a place (or an
  organisation named as a zone: 开发区, 园区, also when the NER missed it) and
  Y an organisation: 内蒙古华景新材料有限责任公司 locatedIn 蒙苏经济开发区.
* ``relation:name-prefix`` (0.9): an organisation whose name starts with the name
  of another organisation: 中国人民大学教育学院 partOf 中国人民大学;
  市委常委会 partOf 市委 (short names resolved with the home place).
  ``kg.extract.orgs.parent_org`` is used when it exists.
* ``relation:scene`` (0.6): ``在X,`` opens a sentence about organisation X and
  a unit (…厂, …车间, …分公司) named in the same or the next sentence, with no
  other organisation in between, is part of X: PVC二厂 partOf 鄂尔多斯电冶集团.

Confidence is the share of such matches judged right when the rules were
written (reading the seed and People's Daily hits), rounded: written-out
patterns score high, the two-sentence scene rule low.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from kg.extract.context import Context
from kg.extract.engine import rules_of
from kg.extract.orgs import parent_org
from kg.extract.posts import org_names, resolve_org
from kg.model import Mention, Relation
from kg.nlp.normalize import View
from kg.rules import RuleSet

__all__ = ["extract_relations"]

# 中心 is left out: 鄂尔多斯市中心 (the city centre) would be the parent of 鄂尔多斯市中心医院
_ORG_SUFFIX = re.compile(r"(?:大学|学院|集团|公司|医院|委员会|人民政府|政府|研究院|研究所|银行|协会|学会|"
                         r"党委|市委|省委|县委)$")
_ZONE = re.compile(r"(?:开发区|园区|工业园|新区|高新区|示范区|产业园)$")
_ZONE_DE = re.compile(r"(?:在|位于)([\u4e00-\u9fffA-Za-z0-9]{2,12}?"
                      r"(?:开发区|园区|工业园|新区|高新区|示范区|产业园))的")
_UNIT = re.compile(r"(?:分公司|子公司|分厂|厂|车间|项目部|事业部|分院)$")
# a unit name the NER may miss: latin letters or digits and an ordinal, then 厂 (PVC二厂)
_UNIT_RE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9]*[一二三四五六七八九十\d]+(?:分厂|厂|车间)")
_SENTENCE = re.compile(r"[^。!?;\n]+[。!?;]?")


@lru_cache(maxsize=1 << 14)  # parent_org reads the name alone and is dear: names recur
def _parent_org(name: str, rules: RuleSet) -> str | None:
    return parent_org(name, rules)


def extract_relations(view: View, mentions: list[Mention], ctx: Context) -> Iterator[Relation]:
    """locatedIn and partOf relations of one article."""
    text = view.text
    spans = sorted((view.to_view(m.start), view.to_view(m.end), m) for m in mentions)
    orgs = [s for s in spans if s[2].type == "ORG"]
    places = [s for s in spans if s[2].type == "LOC" or (s[2].type == "ORG" and _ZONE.search(s[2].text))]
    sentences = [m.span() for m in _SENTENCE.finditer(text)]

    def sentence_of(i: int) -> tuple[int, int]:
        for a, b in sentences:
            if a <= i < b:
                return view.to_source(a, b)
        return view.to_source(0, len(text))

    # X的Y
    starts = {a: (a, b, m) for a, b, m in orgs}
    zones = list(places)
    for zm in _ZONE_DE.finditer(text):  # a zone the NER missed: 在蒙苏经济开发区的…公司
        za, zb = zm.span(1)
        if not any(a < zb and za < b for a, b, _ in spans):
            s, e = view.to_source(za, zb)
            zone = Mention(s, e, "LOC", view.source[s:e], rule="relation:zone", key=view.source[s:e])
            zones.append((za, zb, zone))
    for a, b, m in zones:
        if text.startswith("的", b) and b + 1 in starts:
            _, _, org = starts[b + 1]
            if org is not m:
                yield Relation(org, "locatedIn", m, sentence_of(a), "relation:loc-de-org", 0.8)

    # name prefix
    shorts = org_names(rules_of(ctx))
    for a, _, m in orgs:
        name = m.text
        parent_key, parent_len = None, 0
        found = _parent_org(name, rules_of(ctx))
        if found and name.startswith(found) and (found in shorts or _ORG_SUFFIX.search(found)) \
                and len(name) - len(found) >= 2:
            parent_key, parent_len = resolve_org(found, ctx)[0], len(found)
        else:
            for n in range(len(name) - 1, 1, -1):
                prefix = name[:n]
                if prefix in shorts and "{上级}" not in shorts[prefix][0]:
                    parent_key, parent_len = resolve_org(prefix, ctx)[0], n
                    break
                if _ORG_SUFFIX.search(prefix) and len(name) - n >= 2:
                    parent_key, parent_len = prefix, n
                    break
        if parent_len and name[parent_len:parent_len + 1] in "·・-—":
            parent_key = None  # 北京大学人民医院·鄂尔多斯市中心医院 names two partners, not a unit of one
        if parent_key and parent_key != (m.key or name):
            if parent_len:
                s, e = view.to_source(a, a + parent_len)
                obj = Mention(s, e, "ORG", view.source[s:e], rule="relation:name-prefix", key=parent_key)
            else:
                obj = Mention(m.start, m.start, "ORG", "", rule="relation:name-prefix", key=parent_key)
            yield Relation(m, "partOf", obj, sentence_of(a), "relation:name-prefix", 0.9)

    # 在X, ... unit
    units = [s for s in orgs if _UNIT.search(s[2].text)]
    unit_spans = {(a, b) for a, b, _ in units}
    for um in _UNIT_RE.finditer(text):
        if not any(a <= um.start() < b for a, b, _ in orgs):
            s, e = view.to_source(*um.span())
            units.append((um.start(), um.end(), Mention(s, e, "ORG", view.source[s:e], rule="relation:unit",
                                                         key=view.source[s:e])))
    for ua, ub, unit in sorted(units):
        if (ua, ub) not in unit_spans and unit.rule != "relation:unit":
            continue
        # the nearest 在X, before the unit within two sentences
        scene = None
        for a, b, m in reversed(orgs):
            if b > ua:
                continue
            between = [o for o in orgs if b <= o[0] and o[1] <= ua]
            if text[max(0, a - 1):a] == "在" and text[b:b + 1] in ",，" and not between:
                window = sum(1 for s, _ in sentences if b <= s <= ua)
                if window <= 1:
                    scene = m
            break
        if scene is not None and not _UNIT.search(scene.text):
            yield Relation(unit, "partOf", scene, sentence_of(ua), "relation:scene", 0.6)
