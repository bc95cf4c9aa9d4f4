"""The seed page's plain facts, read back from the built graph with SPARQL (checked by reading the page)."""
from __future__ import annotations

from pathlib import Path

import pytest

import kg

ROOT = Path(__file__).resolve().parent.parent
PREFIXES = """
PREFIX schema: <https://schema.org/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX kg: <https://kg.example.org/ns#>
"""


@pytest.fixture(scope="module")
def graph():
    return kg.build([ROOT / "seeds"])


def rows(graph, query: str) -> set[tuple[str, ...]]:
    return {tuple(str(v) if v is not None else "" for v in row) for row in graph.query(PREFIXES + query)}


def test_li_li_holds_shiweishuji_and_chairs_the_standing_committee_meeting(graph):
    assert rows(graph, 'SELECT ?t WHERE { ?p schema:name "李理"@zh ; schema:jobTitle ?t }') == {("市委书记",)}
    got = rows(graph, """
        SELECT ?name ?date WHERE {
          ?p schema:name "李理"@zh . ?e kg:chair ?p ; schema:attendee ?p ;
             schema:name ?name ; schema:startDate ?date }""")
    assert ("市委常委会会议", "2025-06-13") in got
    # the chair property is declared a sub-property of schema:attendee in the graph itself
    assert graph.query(PREFIXES + "ASK { kg:chair rdfs:subPropertyOf schema:attendee }").askAnswer


def test_liu_yongfu_holds_two_posts_in_a_chain(graph):
    got = rows(graph, """
        SELECT ?label ?role WHERE {
          ?p schema:name "刘永富"@zh . ?m a org:Membership ; org:member ?p ; rdfs:label ?label ;
             org:role/skos:prefLabel ?role ; org:organization ?o }""")
    assert {("自治区党委常委", "常委"), ("宣传部部长", "部长")} <= got


def test_yu_haiyu_holds_three_posts_in_three_organisations(graph):
    got = rows(graph, """
        SELECT ?label ?org WHERE {
          ?p schema:name "于海宇"@zh . ?m org:member ?p ; rdfs:label ?label ;
             org:organization/schema:name ?org }""")
    labels = {label for label, _ in got}
    assert {"市委副书记", "市长", "市政府党组书记"} <= labels
    assert len({o for _, o in got}) == 3


@pytest.mark.parametrize(
    "headline, reporters",
    [
        ("全区精神文明建设成果交流会召开", {"阿荣", "杨和平", "张诗曼", "赵琛玮"}),
        ("市政府召开常务会议", {"张媛", "张浩"}),
        ("北京大学人民医院·鄂尔多斯市中心医院 专科区域协作中心成功签约", {"赵柔", "张佳荣"}),
    ],
)
def test_articles_have_their_reporters(graph, headline, reporters):
    got = rows(graph, f"""
        SELECT ?n WHERE {{ ?a a schema:NewsArticle ; schema:headline "{headline}"@zh ; schema:author ?r .
                          ?r a schema:Person ; schema:name ?n }}""")
    assert {n for (n,) in got} == reporters


def test_no_reporter_is_read_from_a_verb():
    # 记者演示安全矩阵系统: 记者 is followed by a verb, not a name
    assert not any(m.type == "PER" and m.text.startswith("演示")
                   for m in kg.extract("工作人员向记者演示安全矩阵系统在厂区的综合应用。"))


def test_company_is_located_in_its_development_zone(graph):
    got = rows(graph, """
        SELECT ?place WHERE {
          ?o schema:name "内蒙古华景新材料有限责任公司"@zh ; schema:location/schema:name ?place }""")
    assert ("蒙苏经济开发区",) in got


def test_dates_take_the_year_from_the_page(graph):
    got = rows(graph, 'SELECT DISTINCT ?d WHERE { ?e a schema:Event ; schema:startDate ?d }')
    assert ("2025-06-13",) in got


def test_photographers_of_the_closing_picture(graph):
    got = rows(graph, "SELECT ?n WHERE { ?a a schema:NewsArticle ; ?credit ?p . ?p schema:name ?n }")
    names = {n for (n,) in got}
    assert {"王琪", "胡杨"} <= names


def test_every_mention_points_into_its_article_text(graph):
    q = """SELECT ?anchor ?b ?e ?s WHERE { ?m nif:anchorOf ?anchor ; nif:beginIndex ?b ; nif:endIndex ?e ;
                                             nif:referenceContext/nif:isString ?s }"""
    n = 0
    for anchor, b, e, s in graph.query(PREFIXES + q):
        assert str(s)[int(b):int(e)] == str(anchor)
        n += 1
    assert n > 100


def test_every_entity_comes_from_an_article(graph):
    q = """SELECT ?x WHERE {
             VALUES ?t { schema:Person schema:Organization schema:Place schema:Event org:Membership }
             ?x a ?t FILTER NOT EXISTS { ?x prov:wasDerivedFrom ?a } }"""
    missing = rows(graph, q)
    # places of the gazetteer hierarchy added as parents may have no article of their own
    assert all("/place/" in x for (x,) in missing), sorted(missing)[:5]
