"""Relations between organisations and places: locatedIn and partOf."""
from __future__ import annotations

import re

import pytest

from kg.extract.context import Context
from kg.extract.relations import extract_relations
from kg.model import Mention
from kg.nlp.normalize import View

CTX = Context(date="2025-06-14", place="鄂尔多斯市")


def relations(text, orgs=(), locs=()):
    ms = []
    for typ, words in (("ORG", orgs), ("LOC", locs)):
        for w in sorted(words, key=len, reverse=True):
            ms += [Mention(m.start(), m.end(), typ, w, key=w) for m in re.finditer(re.escape(w), text)
                   if not any(o.start < m.end() and m.start() < o.end for o in ms)]
    found = extract_relations(View.of(text), sorted(ms), CTX)
    return {(r.subject.key, r.predicate, r.object.key, r.rule) for r in found}


@pytest.mark.parametrize("text, orgs, locs, expected", [
    ("在蒙苏经济开发区的内蒙古华景新材料有限责任公司生产车间", ["内蒙古华景新材料有限责任公司"], [],
     ("内蒙古华景新材料有限责任公司", "locatedIn", "蒙苏经济开发区", "relation:loc-de-org")),
    ("位于东胜区的鄂尔多斯市中心医院", ["鄂尔多斯市中心医院"], ["东胜区"],
     ("鄂尔多斯市中心医院", "locatedIn", "东胜区", "relation:loc-de-org")),
    ("邀请中国人民大学教育学院副教授叶阳", ["中国人民大学教育学院"], [],
     ("中国人民大学教育学院", "partOf", "中国人民大学", "relation:name-prefix")),
    ("市委常委会召开会议", ["市委常委会"], [],
     ("市委常委会", "partOf", "中共鄂尔多斯市委员会", "relation:name-prefix")),
    ("在鄂尔多斯电冶集团,数字化革新正在重塑一线生产。PVC二厂生产专工郑欣曾被数据占据",
     ["鄂尔多斯电冶集团"], [],
     ("PVC二厂", "partOf", "鄂尔多斯电冶集团", "relation:scene")),
])
def test_relations(text, orgs, locs, expected):
    assert expected in relations(text, orgs, locs)


@pytest.mark.parametrize("text, orgs", [
    # two partners joined by ·, not a unit of the first
    ("北京大学人民医院·鄂尔多斯市中心医院专科区域协作中心", ["北京大学人民医院·鄂尔多斯市中心医院"]),
    # the city centre is no organisation
    ("鄂尔多斯市中心医院打造区域医疗高地", ["鄂尔多斯市中心医院"]),
    # a scene two sentences away, or another organisation in between, says nothing of the unit
    ("在鄂尔多斯电冶集团,生产忙。工人多。PVC二厂生产忙", ["鄂尔多斯电冶集团"]),
])
def test_no_part_of(text, orgs):
    assert not {r for r in relations(text, orgs) if r[1] == "partOf"}
