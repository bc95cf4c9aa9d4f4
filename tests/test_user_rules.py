"""What a user's ``--rules`` file changes in the graph: one test per kind of rule.

Each test builds the same text with and without the user's file and checks the
difference, so a rule that does not reach its stage fails here.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef

import kg
from kg.errors import RuleError
from kg.graph.vocab import ORG, SCHEMA, SKOS
from kg.link import entity_iri
from kg.rules import load_rules

HEAD = "# source: a test\n"


def _write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def _names(graph: Graph, cls: URIRef) -> set[str]:
    return {str(n) for s in graph.subjects(SCHEMA.name, None) if (s, None, cls) in graph
            for n in graph.objects(s, SCHEMA.name)}


def _roles(graph: Graph) -> set[str]:
    return {str(label) for m in graph.subjects(ORG.role, None) for r in graph.objects(m, ORG.role)
            for label in graph.objects(r, SKOS.prefLabel)}


def test_a_place_with_its_parent_and_code(tmp_path):
    """A township added to the divisions table is a place, with its code, inside its county."""
    text = "记者在青山湾镇看到，春耕正忙。"
    rules = _write(tmp_path, "places.tsv", "# source: a test\n# table: places/cn-divisions\n"
                   "150622199001\t青山湾镇\ttownship\t150622000000\n")
    before = kg.build([text], date="2025-06-13")
    after = kg.build([text], date="2025-06-13", rules=[rules])
    town = URIRef(entity_iri("LOC", "青山湾镇"))
    assert (town, None, None) not in before
    assert after.value(town, SCHEMA.identifier) == Literal("150622199001")
    county = after.value(town, SCHEMA.containedInPlace)
    assert county == URIRef(entity_iri("LOC", "准格尔旗"))
    assert after.value(county, SCHEMA.containedInPlace) == URIRef(entity_iri("LOC", "鄂尔多斯市"))


def test_a_foreign_city_with_its_country(tmp_path):
    text = "代表团抵达塔尔图访问。"
    rules = _write(tmp_path, "world.tsv", HEAD + "# table: places/world\n塔尔图\tforeign-city\tEE\n")
    after = kg.build([text], rules=[rules])
    city = URIRef(entity_iri("LOC", "塔尔图"))
    assert after.value(city, SCHEMA.containedInPlace) == URIRef(entity_iri("LOC", "爱沙尼亚"))
    assert (city, None, None) not in kg.build([text])


def test_a_title_with_its_role(tmp_path):
    """A user title is a post of its own, not the built-in post it ends with (科学家)."""
    text = "青山研究院首席科学家李明表示，项目进展顺利。"
    rules = _write(tmp_path, "titles.txt", "# source: a test\n# lexicon: titles/titles\n首席科学家\tocc\n")
    assert "首席科学家" not in _roles(kg.build([text]))
    assert "首席科学家" in _roles(kg.build([text], rules=[rules]))


def test_a_role_implying_its_body(tmp_path):
    """A ``posts/roles`` row: a title, its bare role and the body it implies."""
    text = "市首席数据官李明主持会议。"
    rules = _write(tmp_path, "roles.tsv", HEAD + "# table: posts/roles\n首席数据官\t首席数据官\t市政府\n")
    graph = kg.build([text], place="鄂尔多斯市", rules=[rules])
    orgs = {str(n) for m in graph.subjects(ORG.role, None) for o in graph.objects(m, ORG.organization)
            for n in graph.objects(o, SCHEMA.name)}
    assert "鄂尔多斯市人民政府" in orgs


def test_an_organisation_and_an_abbreviation(tmp_path):
    text = "市应急委召开会议，蓝鲸汇参加。"
    known = _write(tmp_path, "orgs.txt", "# source: a test\n# lexicon: orgs/orgs\n蓝鲸汇\n")
    abbrev = _write(tmp_path, "abbrev.tsv", HEAD + "# table: orgs/departments\n应急委\t应急委员会\n")
    before = _names(kg.build([text], place="鄂尔多斯市"), SCHEMA.Organization)
    after = _names(kg.build([text], place="鄂尔多斯市", rules=[known, abbrev]), SCHEMA.Organization)
    assert "蓝鲸汇" not in before and "蓝鲸汇" in after
    assert "鄂尔多斯市应急委员会" in after - before


def test_a_bad_table_row_fails_before_any_text_is_read(tmp_path):
    rules = _write(tmp_path, "places.tsv", "# source: a test\n# table: places/cn-divisions\n"
                   "150622199001\t青山湾镇\ttownship\t999999999999\n")
    with pytest.raises(RuleError, match=r"places\.tsv:3: parent adcode 999999999999"):
        kg.build(["没有地名的句子。"], rules=[rules])


def test_an_unknown_table_is_rejected(tmp_path):
    rules = _write(tmp_path, "x.tsv", "# source: a test\n# table: places/planets\n火星\tplanet\n")
    with pytest.raises(RuleError, match="names no built-in table"):
        load_rules([rules])

