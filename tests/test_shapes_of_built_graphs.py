"""The graphs kg writes hold kg/graph/shapes.ttl (SHACL), as an outside check runs it
(`shacl-validate output/graph.ttl kg/graph/shapes.ttl`): the shipped seed graph, and an event whose
arguments are read as values (a count, the words before the trigger), whose spans are strings of the text with
their rule, not phrases without a class. Made-up sentences of the shapes news uses."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import RDF

import kg.graph
from kg.graph import build_graph
from kg.graph.vocab import ITSRDF, KG, NIF
from kg.model import Article, ArticleResult, Document, Event, Mention

pyshacl = pytest.importorskip("pyshacl")

ROOT = Path(__file__).resolve().parents[1]
SHAPES = Path(kg.graph.__file__).parent / "shapes.ttl"


def conforms(graph: Graph) -> tuple[bool, str]:
    ok, _, report = pyshacl.validate(graph, shacl_graph=Graph().parse(SHAPES, format="turtle"), advanced=True)
    return ok, report


def event_with(text: str, trigger: str, role: str, value: str, kind: str) -> Graph:
    t, v = text.index(trigger), text.index(value)
    ev = Event(role.partition(".")[0], trigger, Mention(t, t + len(trigger), "EVENT", trigger),
               sentence=(0, len(text)), rule="test",
               arguments=((role, Mention(v, v + len(value), kind, value, rule="arg." + role)),))
    return build_graph([ArticleResult(Document("d", text), Article("d", 0, 0, len(text)), [], [], [ev], [])])


VALUE_ARGUMENTS = [
    ("市场监管局责令整改3家，罚款共计2万元。", "罚款", "Fine.罚款对象", "3家", "PHRASE"),
    ("经查，对涉事的5家门店罚款。", "罚款", "Fine.罚款对象/对", "涉事的5家门店", "PHRASE"),
    ("该区先后编制发布了两份清单。", "发布", "Release.发布方", "该区先后编制", "PHRASE"),
    ("公司当天发布新一代管理系统。", "发布", "Release.发布产品", "新一代管理系统", "PHRASE"),
]


@pytest.mark.parametrize("text,trigger,role,value,kind", VALUE_ARGUMENTS)
def test_a_value_argument_is_a_string_of_the_text_not_a_phrase(text, trigger, role, value, kind):
    g = event_with(text, trigger, role, value, kind)
    span = g.value(predicate=NIF.anchorOf, object=Literal(value))
    assert span is not None and (span, KG.rule, Literal("arg." + role)) in g
    assert (span, RDF.type, NIF.Phrase) not in g
    for phrase in g.subjects(RDF.type, NIF.Phrase):  # the trigger: a phrase of schema:Event
        assert g.value(phrase, ITSRDF.taClassRef) is not None
    ok, report = conforms(g)
    assert ok, report


def test_the_shipped_seed_graph_conforms():
    ok, report = conforms(Graph().parse(ROOT / "output" / "graph.ttl", format="turtle"))
    assert ok, report
