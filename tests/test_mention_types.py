"""Mention types are declared once (kg/rules/types/mentions.jsonl): everything that restates them agrees."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Graph, Namespace, URIRef

from kg.errors import RuleError
from kg.export import html
from kg.extract import check_rules
from kg.rules import load_rules
from kg.rules.mention_types import mention_types

SHAPES = Path(__file__).resolve().parent.parent / "kg" / "graph" / "shapes.ttl"
SH = Namespace("http://www.w3.org/ns/shacl#")
S = Namespace("https://kg.example.org/shapes#")


def test_the_shapes_target_the_declared_classes():
    shapes = Graph().parse(SHAPES)
    types = mention_types()
    entities = {URIRef(t.cls) for t in types.values() if t.entity}
    assert set(shapes.objects(S.Entity, SH.targetClass)) == entities
    assert set(shapes.objects(S.Event, SH.targetClass)) == {URIRef(types["EVENT"].cls)}


def test_the_page_draws_the_declared_types():
    drawn = [t for t in mention_types().values() if t.colour]
    assert {(cls, colour, shape) for cls, _key, _zh, colour, shape in html.page_types()} == \
        {(t.cls, t.colour, t.shape) for t in drawn}
    assert [cls for cls, *_ in html.page_types()][:3] == [t.cls for t in drawn if t.entity]


def test_the_built_in_types():
    types = mention_types()
    # WORK: a work in 《》 read as an event argument
    assert list(types) == ["PER", "ORG", "LOC", "TITLE", "DATE", "EVENT", "WORK"]
    # equal lengths: a date beats anything, an organisation or a place beats a person (伊拉克, 张家口)
    ranks = [types[t].rank for t in ("DATE", "ORG", "LOC", "TITLE", "PER")]
    assert ranks == sorted(ranks, reverse=True) and len(set(ranks)) == len(ranks)


_OK = {"id": "X", "rank": 1, "class": "schema:Thing", "zh": "物", "en": "thing"}


@pytest.mark.parametrize("change, message", [
    ({"rank": "high"}, "field 'rank': must be an integer"),
    ({"rank": True}, "field 'rank': must be an integer"),
    ({"class": "ex:Thing"}, "field 'class'"),
    # a local name an IRI would have to escape (Oxigraph refuses a bad %-escape or a second #)
    ({"class": "schema:Th%zzing"}, "field 'class'"),
    ({"class": "org:a#b"}, "field 'class'"),
    ({"class": "schema:"}, "field 'class'"),
    ({"colour": "red", "shape": "dot"}, "field 'colour'"),
    ({"colour": "#76b7b2"}, "field 'shape'"),
    ({"id": "x"}, "field 'id'"),
])
def test_a_bad_type_names_file_line_and_field(tmp_path, change, message):
    path = tmp_path / "types.jsonl"
    record = json.dumps({**_OK, **change}, ensure_ascii=False)
    path.write_text("# source: a test\n# table: types/mentions\n" + record + "\n", encoding="utf-8")
    with pytest.raises(RuleError, match=f"types.jsonl:3: {message}"):
        check_rules(load_rules([str(path)]))
