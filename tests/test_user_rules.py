"""What a user's ``--rules`` file changes in the graph: one test per kind of rule.

Each test builds the same text with and without the user's file and checks the
difference, so a rule that does not reach its stage fails here.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import XSD

import kg
from kg.cli import cli
from kg.errors import RuleError
from kg.graph.vocab import KG, ORG, RDF, RDFS, SCHEMA, SKOS
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
    text = "青山研究院驻院科学家李明表示，项目进展顺利。"
    rules = _write(tmp_path, "titles.txt", "# source: a test\n# lexicon: titles/titles\n驻院科学家\tocc\n")
    assert "驻院科学家" not in _roles(kg.build([text]))
    assert "驻院科学家" in _roles(kg.build([text], rules=[rules]))


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


def test_an_organisation_suffix_and_its_parent(tmp_path):
    """A ``orgs/suffixes`` row: 书院 ends a name, and (use ``parent``) a parent at the head of another."""
    text = "记者从青山书院艺术学院获悉，项目顺利。"
    rules = _write(tmp_path, "suffixes.tsv", HEAD + "# table: orgs/suffixes\n书院\tschool\tparent\n")
    academy, school = URIRef(entity_iri("ORG", "青山书院艺术学院")), URIRef(entity_iri("ORG", "青山书院"))
    assert (academy, SCHEMA.parentOrganization, school) not in kg.build([text])
    assert (academy, SCHEMA.parentOrganization, school) in kg.build([text], rules=[rules])


def test_an_unknown_suffix_use_names_file_and_line(tmp_path):
    rules = _write(tmp_path, "suffixes.tsv", HEAD + "# table: orgs/suffixes\n书院\tschool\tparent,owner\n")
    with pytest.raises(RuleError, match=r"suffixes\.tsv:3: field 3: unknown use 'owner'"):
        kg.build(["没有机构的句子。"], rules=[rules])


def test_a_bad_table_row_fails_before_any_text_is_read(tmp_path):
    rules = _write(tmp_path, "places.tsv", "# source: a test\n# table: places/cn-divisions\n"
                   "150622199001\t青山湾镇\ttownship\t999999999999\n")
    with pytest.raises(RuleError, match=r"places\.tsv:3: parent adcode 999999999999"):
        kg.build(["没有地名的句子。"], rules=[rules])


def test_an_unknown_table_is_rejected(tmp_path):
    rules = _write(tmp_path, "x.tsv", "# source: a test\n# table: places/planets\n火星\tplanet\n")
    with pytest.raises(RuleError, match="names no built-in table"):
        load_rules([rules])



def _records(tmp_path: Path, table: str, *records: dict) -> str:
    """A user record file adding ``records`` to the built-in ``table`` (events/scheme ...)."""
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    return _write(tmp_path, table.replace("/", "-") + ".jsonl",
                  HEAD + f"# table: {table}\n" + "\n".join(lines) + "\n")


def _event_types(graph: Graph) -> set[str]:
    return {str(t).rsplit("/", 1)[1] for t in graph.objects(None, KG.eventType)}


def _persons(graph: Graph) -> set[str]:
    return _names(graph, SCHEMA.Person)


def test_an_event_type_with_its_trigger(tmp_path):
    """A new concept under Ceremony, with its labels, and a noun that names events of it."""
    text = "6月13日，青山实验室奠基仪式在鄂尔多斯市康巴什区举行。"
    types = _records(tmp_path, "events/scheme", {
        "id": "Groundbreaking", "prefLabel": "奠基", "en": "Groundbreaking", "broader": "Ceremony"})
    words = _records(tmp_path, "events/triggers", {
        "id": "ev.noun.奠基仪式", "word": "奠基仪式", "kind": "noun", "type": "Groundbreaking"})
    assert _event_types(kg.build([text])) == {"Ceremony"}
    after = kg.build([text], rules=[types, words])
    assert _event_types(after) == {"Groundbreaking"}
    concept = URIRef("https://kg.example.org/id/event-type/Groundbreaking")
    assert Literal("奠基", lang="zh") in set(after.objects(concept, SKOS.prefLabel))
    assert after.value(concept, SKOS.broader) == URIRef("https://kg.example.org/id/event-type/Ceremony")


def test_a_news_type_with_its_roles_from_data_only(tmp_path):
    """A type DuEE does not have, told by a verb, with who acts, who receives (after a cue) and an amount:
    three record files, no code; the scheme places it under a broader group and the graph declares its
    properties."""
    text = "6月13日，青山集团向鄂尔多斯市受灾群众捐赠500万元。"
    types = _records(tmp_path, "events/scheme", {
        "id": "Donation", "prefLabel": "捐赠", "en": "Donation", "broader": "OrganisationAction",
        "definition": "A person or a body gives money or goods to another (捐赠, 捐款)."})
    words = _records(tmp_path, "events/triggers", {
        "id": "ev.verb.捐赠", "word": "捐赠", "kind": "verb", "type": "Donation", "role": "act"})

    def role(name: str, prop: str, en: str, **how: object) -> dict:
        return {"id": f"Donation.{name}", "type": "Donation", "duee": name, "property": f"kg:{prop}",
                "en": en, "side": "before", "reads": ["ORG", "PER"]} | how

    roles = _records(tmp_path, "events/roles",
                     role("受赠方", "donee", "donee", cue=["向"], reads=["ORG", "PHRASE"]),
                     role("捐赠方", "donor", "donor"),
                     role("捐赠金额", "donated", "amount given", side="clause", reads=["AMOUNT"]))
    assert _event_types(kg.build([text])) == set()
    g = kg.build([text], rules=[types, words, roles])
    assert _event_types(g) == {"Donation"}
    concept = URIRef("https://kg.example.org/id/event-type/Donation")
    assert g.value(concept, SKOS.broader) == URIRef("https://kg.example.org/id/event-type/OrganisationAction")
    event = g.value(None, KG.eventType, concept)
    prop = {name: URIRef(str(KG._NS) + name) for name in ("donor", "donee", "donated")}
    assert g.value(event, prop["donor"]) == URIRef(entity_iri("ORG", "青山集团"))
    assert g.value(event, prop["donee"]) == Literal("鄂尔多斯市受灾群众", lang="zh")  # no name: the words
    amount = g.value(event, prop["donated"])  # 500万元: a schema:MonetaryAmount, its value typed
    assert (amount, RDF.type, SCHEMA.MonetaryAmount) in g
    assert g.value(amount, SCHEMA.value) == Literal("5000000", datatype=XSD.decimal)
    assert g.value(amount, SCHEMA.currency) == Literal("CNY")
    assert Literal("donor", lang="en") in set(g.objects(prop["donor"], RDFS.label))


def test_a_trigger_of_a_built_in_type(tmp_path):
    text = "6月13日，市歌舞团在青山镇义演。"
    words = _records(tmp_path, "events/triggers", {
        "id": "ev.verb.义演", "word": "义演", "kind": "verb", "type": "Performance", "role": "act"})
    assert _event_types(kg.build([text])) == set()
    assert _event_types(kg.build([text], rules=[words])) == {"Performance"}


def test_a_role_with_its_property(tmp_path):
    """A role of a built-in type: its filler is linked by the role's property, which the graph declares."""
    text = "6月13日，市长李明调研康巴什区。"
    role = _inspection_role(tmp_path)
    prop = URIRef(str(KG._NS) + "inspectedPlace")  # not a built-in term: the graph declares it
    before = kg.build([text])
    assert _event_types(before) == {"Inspection"} and not list(before.subject_objects(prop))
    after = kg.build([text], rules=[role])
    assert [o for _, o in after.subject_objects(prop)] == [URIRef(entity_iri("LOC", "康巴什区"))]
    assert Literal("place inspected", lang="en") in set(after.objects(prop, RDFS.label))
    assert Literal("调研地", lang="zh") in set(after.objects(prop, RDFS.label))


def _inspection_role(tmp_path: Path) -> str:
    return _records(tmp_path, "events/roles", {
        "id": "Inspection.调研地", "type": "Inspection", "duee": "调研地", "property": "kg:inspectedPlace",
        "en": "place inspected", "side": "after", "reads": ["LOC"]})


def test_kg_load_declares_the_roles_of_its_rules(tmp_path):
    """Shards of a build with a user role, loaded by ``kg load --rules``: the store's vocabulary graph
    declares the role's property, as the build's own store does; without the file it does not."""
    import pyoxigraph as ox
    from click.testing import CliRunner

    from kg.api import build_outputs
    from kg.cli import cli
    from kg.store import VOCABULARY_GRAPH, article_graphs, open_store

    role = _inspection_role(tmp_path)
    text = _write(tmp_path, "news.txt", "6月13日，市长李明调研康巴什区。\n\n6月14日，副市长王强调研东胜区。")
    build_outputs([text], out=None, store=tmp_path / "built", rules=[role], jobs=1)
    built = open_store(tmp_path / "built", read_only=True)
    shard = tmp_path / "part.nq"
    quads = [q for g in sorted(article_graphs(built), key=lambda g: g.value)
             for q in built.quads_for_pattern(None, None, None, g)]
    ox.serialize(quads, str(shard), format=ox.RdfFormat.N_QUADS)
    prop, label = ox.NamedNode(str(KG._NS) + "inspectedPlace"), ox.NamedNode(str(RDFS.label))

    def declared(store: Path) -> bool:
        english = ox.Literal("place inspected", language="en")
        found = open_store(store, read_only=True).quads_for_pattern(prop, label, english, VOCABULARY_GRAPH)
        return bool(list(found))

    assert declared(tmp_path / "built")
    run = CliRunner().invoke
    for args, expected in (([], False), (["--rules", role], True)):
        store = tmp_path / f"loaded{len(args)}"
        for _ in range(2):  # into a new store, then again into the same, now non-empty, store
            r = run(cli, ["load", str(shard), "--store", str(store), *args])
            assert r.exit_code == 0, r.output
            assert declared(store) is expected
    missing = str(tmp_path / "none.jsonl")
    r = run(cli, ["load", str(shard), "--store", str(tmp_path / "bad"), "--rules", missing])
    assert r.exit_code != 0 and not (tmp_path / "bad").exists()


@pytest.mark.parametrize("prop", ["ex:x", "schema:a#b", "kg:x%zz"])
def test_a_bad_role_names_file_line_and_field(tmp_path, prop):
    role = _records(tmp_path, "events/roles", {
        "id": "Inspection.x", "type": "Inspection", "duee": "x", "property": prop, "en": "x"})
    with pytest.raises(RuleError, match=r"events-roles.jsonl:3: field 'property'"):
        kg.build(["文本。"], rules=[role])


def test_a_phrase_read_only_beside_its_trigger(tmp_path):
    """A PHRASE is the words between the trigger and its clause's end or start: no 'sentence' side."""
    role = _records(tmp_path, "events/roles", {
        "id": "Inspection.x", "type": "Inspection", "duee": "x", "property": "kg:x", "en": "x",
        "side": "sentence", "reads": ["PHRASE"]})
    with pytest.raises(RuleError, match=r"events-roles.jsonl:3: field 'reads': a PHRASE is read only"):
        kg.build(["文本。"], rules=[role])


def test_an_appointment_verb(tmp_path):
    text = "6月13日，李明履任鄂尔多斯市副市长。"
    verbs = _write(tmp_path, "appointments.tsv", HEAD + "# table: posts/appointments\n履任\tstart\n")
    assert _event_types(kg.build([text])) == set()
    assert _event_types(kg.build([text], rules=[verbs])) == {"Appointment"}


@pytest.mark.parametrize(("table", "row"), [
    ("posts/appointments", "履任\tsomething"), ("posts/words", "履任\tsomething"),
    ("places/affixes", "something\t履任"), ("orgs/name-parts", "something\t履任"),
    ("orgs/sports", "something\t履任"),
])
def test_a_word_of_an_unknown_kind_names_file_and_line(tmp_path, table, row):
    words = _write(tmp_path, "words.tsv", HEAD + f"# table: {table}\n{row}\n")
    with pytest.raises(RuleError, match=r"words\.tsv:3: kind 'something' is not one of"):
        kg.build(["6月13日，李明履任鄂尔多斯市副市长。"], rules=[words])


def test_a_person_accepted_and_one_rejected(tmp_path):
    """``people/names`` makes a name a person wherever written; ``people/not_names`` makes one none."""
    names = _write(tmp_path, "names.txt", HEAD + "# lexicon: people/names\n禤国强\n")
    text = "禤国强表示，项目进展顺利。"
    assert _persons(kg.build([text])) == set()
    assert _persons(kg.build([text], rules=[names])) == {"禤国强"}
    not_names = _write(tmp_path, "not_names.txt", HEAD + "# lexicon: people/not_names\n李明\n")
    text = "记者李明报道，春耕正忙。"
    assert _persons(kg.build([text])) == {"李明"}
    assert _persons(kg.build([text], rules=[not_names])) == set()


def test_a_mention_type_with_its_class(tmp_path):
    """A new mention type: patterns may give it, and its names become nodes of its class."""
    types = _records(tmp_path, "types/mentions", {
        "id": "PRODUCT", "rank": 35, "class": "schema:Product", "entity": True,
        "zh": "产品", "en": "product"})
    pattern = _write(tmp_path, "products.jsonl", HEAD + json.dumps(
        {"id": "product.phone", "label": "PRODUCT", "regex": "青山手机"}, ensure_ascii=False) + "\n")
    text = "青山公司今天发布青山手机。"
    with pytest.raises(RuleError, match="field 'label': 'PRODUCT' is not one of"):
        kg.build([text], rules=[pattern])
    graph = kg.build([text], rules=[types, pattern])
    product = URIRef(entity_iri("PRODUCT", "青山手机"))
    assert (product, RDF.type, URIRef("https://schema.org/Product")) in graph
    assert graph.value(product, SCHEMA.name) == Literal("青山手机", lang="zh")


def _product_rules(tmp_path: Path, **drawn: str) -> list[str]:
    """A user mention type PRODUCT (an entity; ``drawn``: its colour and shape) and a pattern giving it."""
    types = _records(tmp_path, "types/mentions", {
        "id": "PRODUCT", "rank": 35, "class": "schema:Product", "entity": True, "segment": "product-line",
        "zh": "产品", "en": "product", **drawn})
    pattern = _write(tmp_path, "products.jsonl", HEAD + json.dumps(
        {"id": "product.phone", "label": "PRODUCT", "regex": "青山手机"}, ensure_ascii=False) + "\n")
    return [types, pattern]


def test_a_mention_type_in_extract_json(tmp_path):
    """``kg extract --rules``: a user entity type's mentions name their entity, under the type's segment,
    the same IRI as the graph's node."""
    text = tmp_path / "news.txt"
    text.write_text("青山公司今天发布青山手机。", encoding="utf-8")
    rules = _product_rules(tmp_path)
    args = ["extract", str(text), "--format", "jsonl"] + [a for r in rules for a in ("--rules", r)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    (product,) = [m for m in json.loads(result.output)["mentions"] if m["type"] == "PRODUCT"]
    iri = entity_iri("PRODUCT", "青山手机", load_rules(rules))
    assert product["entity"] == iri and "/product-line/" in iri
    assert (URIRef(iri), RDF.type, URIRef("https://schema.org/Product")) in kg.build([text], rules=rules)


def test_a_mention_type_drawn_on_the_page(tmp_path):
    """``kg build --rules``: a user type with a colour and a shape is in the page's legend, its nodes
    drawn as that type."""
    text = tmp_path / "news.txt"
    text.write_text("青山公司今天发布青山手机。", encoding="utf-8")
    rules = _product_rules(tmp_path, colour="#76b7b2", shape="diamond")
    args = ["build", str(text), "--out", str(tmp_path / "out")] + [a for r in rules for a in ("--rules", r)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    page = (tmp_path / "out" / "graph.html").read_text(encoding="utf-8")
    data = json.loads(re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page)[1])
    assert ["Product", "产品", "#76b7b2", "diamond"] in data["types"]
    kind = data["types"].index(["Product", "产品", "#76b7b2", "diamond"])
    assert ["青山手机", kind] == [e[:2] for e in data["entities"] if e[0] == "青山手机"][0]


@pytest.mark.parametrize("redraw", [
    ["page", "--graph", "{out}/graph.ttl", "--out", "{out}/page.html"],
    ["export", "--format", "html", "--graph", "{out}/graph.ttl", "--out", "{out}/page.html"],
])
def test_a_mention_type_drawn_again(tmp_path, redraw):
    """``kg page`` and ``kg export --format html`` redraw a built graph with the user's types when given
    the build's ``--rules``, and with the built-in types alone without them."""
    text = tmp_path / "news.txt"
    text.write_text("青山公司今天发布青山手机。", encoding="utf-8")
    rules = _product_rules(tmp_path, colour="#76b7b2", shape="diamond")
    given = [a for r in rules for a in ("--rules", r)]
    out = tmp_path / "out"
    assert CliRunner().invoke(cli, ["build", str(text), "--out", str(out), *given]).exit_code == 0
    command = [a.format(out=out) for a in redraw]
    legends = []
    for extra in ([], given):
        result = CliRunner().invoke(cli, command + extra)
        assert result.exit_code == 0, result.output
        page = (out / "page.html").read_text(encoding="utf-8")
        data = json.loads(re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page)[1])
        legends.append(["Product", "产品", "#76b7b2", "diamond"] in data["types"])
    assert legends == [False, True]
