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

from kg.extract.context import Context
from kg.extract.engine import rules_of
from kg.extract.orgs import parent_org, suffix_re
from kg.extract.posts.resolve import resolve_org
from kg.extract.posts.words import org_names
from kg.model import Mention, Relation
from kg.nlp.normalize import View
from kg.nlp.sentences import sentence_spans

__all__ = ["extract_relations"]

_ZONE = re.compile(r"(?:开发区|园区|工业园|新区|高新区|示范区|产业园)$")
_ZONE_DE = re.compile(r"(?:在|位于)([\u4e00-\u9fffA-Za-z0-9]{2,12}?"
                      r"(?:开发区|园区|工业园|新区|高新区|示范区|产业园))的")
_UNIT = re.compile(r"(?:分公司|子公司|分厂|厂|车间|项目部|事业部|分院)$")
# a unit name the NER may miss: latin letters or digits and an ordinal, then 厂 (PVC二厂)
_UNIT_RE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9]*[一二三四五六七八九十\d]+(?:分厂|厂|车间)")


class _Article:
    """One article's text in view coordinates, its mentions and sentences."""

    def __init__(self, view: View, mentions: list[Mention]):
        self.view = view
        self.text = view.text
        self.spans = view.spans_of(mentions)
        self.orgs = [s for s in self.spans if s[2].type == "ORG"]
        self.sentences = list(sentence_spans(self.text))

    def sentence_of(self, i: int) -> tuple[int, int]:
        """The source span of the sentence holding view offset ``i``."""
        for a, b in self.sentences:
            if a <= i < b:
                return self.view.to_source(a, b)
        return self.view.to_source(0, len(self.text))

    def mention(self, a: int, b: int, type_: str, rule: str, key: str = "") -> Mention:
        """A mention of view span [a, b) (its key the text, unless given)."""
        s, e = self.view.to_source(a, b)
        return Mention(s, e, type_, self.view.source[s:e], rule=rule, key=key or self.view.source[s:e])


def extract_relations(view: View, mentions: list[Mention], ctx: Context) -> Iterator[Relation]:
    """locatedIn and partOf relations of one article."""
    art = _Article(view, mentions)
    yield from _located_in(art)
    yield from _name_prefix(art, ctx)
    yield from _scene(art)


def _located_in(art: _Article) -> Iterator[Relation]:
    """``[在|位于]X的Y``: organisation Y is located in place (or zone) X."""
    text = art.text
    starts = {a: (a, b, m) for a, b, m in art.orgs}
    zones = [s for s in art.spans if s[2].type == "LOC" or (s[2].type == "ORG" and _ZONE.search(s[2].text))]
    for zm in _ZONE_DE.finditer(text):  # a zone the NER missed: 在蒙苏经济开发区的…公司
        za, zb = zm.span(1)
        if not any(a < zb and za < b for a, b, _ in art.spans):
            zones.append((za, zb, art.mention(za, zb, "LOC", "relation:zone")))
    for a, b, m in zones:
        if text.startswith("的", b) and b + 1 in starts:
            _, _, org = starts[b + 1]
            if org is not m:
                yield Relation(org, "locatedIn", m, art.sentence_of(a), "relation:loc-de-org", 0.8)


def _parent_of(name: str, ctx: Context) -> tuple[str | None, int]:
    """The key of the organisation whose name ``name`` starts with, and how many characters it takes
    (0 when the parent is known but not written: ``parent_org``)."""
    rules = rules_of(ctx)
    shorts = org_names(rules)
    found = parent_org(name, rules)
    parent = suffix_re("parent", rules)  # 中国人民大学 of 中国人民大学教育学院
    if found and name.startswith(found) and (found in shorts or parent.search(found)) \
            and len(name) - len(found) >= 2:
        return resolve_org(found, ctx)[0], len(found)
    for n in range(len(name) - 1, 1, -1):
        prefix = name[:n]
        if prefix in shorts and "{上级}" not in shorts[prefix][0]:
            return resolve_org(prefix, ctx)[0], n
        if parent.search(prefix) and len(name) - n >= 2:
            return prefix, n
    return None, 0


def _name_prefix(art: _Article, ctx: Context) -> Iterator[Relation]:
    """An organisation whose name starts with another's is part of it (中国人民大学教育学院)."""
    for a, _, m in art.orgs:
        name = m.text
        parent_key, parent_len = _parent_of(name, ctx)
        if parent_len and name[parent_len:parent_len + 1] in "·・-—":
            continue  # 北京大学人民医院·鄂尔多斯市中心医院 names two partners, not a unit of one
        if not parent_key or parent_key == (m.key or name):
            continue
        if parent_len:
            obj = art.mention(a, a + parent_len, "ORG", "relation:name-prefix", parent_key)
        else:
            obj = Mention(m.start, m.start, "ORG", "", rule="relation:name-prefix", key=parent_key)
        yield Relation(m, "partOf", obj, art.sentence_of(a), "relation:name-prefix", 0.9)


def _scene(art: _Article) -> Iterator[Relation]:
    """``在X,`` and a unit (…厂, …车间) named in the same or the next sentence: the unit is part of X."""
    text, orgs = art.text, art.orgs
    units = [s for s in orgs if _UNIT.search(s[2].text)]
    unit_spans = {(a, b) for a, b, _ in units}
    for um in _UNIT_RE.finditer(text):
        if not any(a <= um.start() < b for a, b, _ in orgs):
            units.append((um.start(), um.end(), art.mention(*um.span(), "ORG", "relation:unit")))
    for ua, ub, unit in sorted(units):
        if (ua, ub) not in unit_spans and unit.rule != "relation:unit":
            continue
        scene = _scene_before(art, ua)
        if scene is not None and not _UNIT.search(scene.text):
            yield Relation(unit, "partOf", scene, art.sentence_of(ua), "relation:scene", 0.6)


def _scene_before(art: _Article, ua: int) -> Mention | None:
    """The organisation of the nearest ``在X,`` before view offset ``ua``, within two sentences."""
    text, orgs = art.text, art.orgs
    for a, b, m in reversed(orgs):
        if b > ua:
            continue
        between = [o for o in orgs if b <= o[0] and o[1] <= ua]
        if text[max(0, a - 1):a] == "在" and text[b:b + 1] in ",，" and not between:
            window = sum(1 for s, _ in art.sentences if b <= s <= ua)
            if window <= 1:
                return m
        return None
    return None
