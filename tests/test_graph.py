"""The RDF graph built from hand-made records of the full shapes (kg.graph).

``sample_results()`` is also the fixture graph of tests/test_queries.py and test_export.py.
"""
from __future__ import annotations

import pytest
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import ORG, PROV, RDF, RDFS, XSD

from kg.export import turtle_bytes
from kg.graph import GraphBuilder, build_graph
from kg.graph.vocab import KG, NIF, PREFIXES, SCHEMA, TERMS
from kg.link import article_iri, entity_iri
from kg.model import Article, ArticleResult, Document, Event, Membership, Mention, Relation

PAGE = (
    "市委常委会召开会议\n"
    "本报融媒记者张诗曼 赵琛玮\n"
    "6月13日，市委常委会召开会议。市委书记李理主持会议。市委副书记、市长、市政府党组书记于海宇出席会议。\n"
    "\n"
    "签约仪式在东胜区举行\n"
    "康巴什讯 6月14日，内蒙古华景新材料有限责任公司签约仪式在东胜区举行。于海宇出席。"
    "内蒙古华景新材料有限责任公司落户东胜区。中国人民大学教育学院专家参加。（王琪 胡杨 摄）\n"
)
SECOND = "市委书记李理会见客人。李理说，于海宇同志也参加了6月会议。"


def at(text: str, word: str, nth: int = 0, after: str = "") -> tuple[int, int]:
    """Span of the ``nth`` occurrence of ``word`` in ``text`` (after ``after``, if given)."""
    i = text.index(after) if after else 0
    for _ in range(nth + 1):
        i = text.index(word, i)
        i += 1
    return i - 1, i - 1 + len(word)


def m(text: str, word: str, type_: str, key: str = "", nth: int = 0, after: str = "") -> Mention:
    s, e = at(text, word, nth, after)
    return Mention(s, e, type_, word, rule=f"test:{type_.lower()}", key=key)


def sentence(text: str, start_word: str, after: str = "") -> tuple[int, int]:
    s, _ = at(text, start_word, after=after)
    return s, text.index("。", s) + 1


def sample_results() -> list[ArticleResult]:
    """Two articles of a page and a JSONL-like article of another paper, with every record kind."""
    t = PAGE
    doc = Document(id="page", text=t, source="page.txt", date="2025-06-14", place="鄂尔多斯市")
    a1_end = t.index("签约仪式在东胜区举行")
    byline = at(t, "本报融媒记者张诗曼 赵琛玮")
    zsm, zcw = m(t, "张诗曼", "PER"), m(t, "赵琛玮", "PER")
    media = m(t, "本报", "ORG", "鄂尔多斯日报")
    art1 = Article("page", 0, 0, a1_end, headline=at(t, "市委常委会召开会议"), body=(byline[1] + 1, a1_end),
                   reporters=(zsm, zcw), byline=byline, media=media, date="2025-06-13")
    standing = m(t, "市委常委会", "ORG", "中共鄂尔多斯市委员会常务委员会", nth=1)
    li, yu = m(t, "李理", "PER"), m(t, "于海宇", "PER")
    t_sj = m(t, "市委书记", "TITLE", "市委书记")
    t_fsj, t_sz = m(t, "市委副书记", "TITLE"), m(t, "市长", "TITLE", after="市委副书记")
    t_dz = m(t, "市政府党组书记", "TITLE")
    d13 = m(t, "6月13日", "DATE", "2025-06-13")
    s1, s2, s3 = sentence(t, "6月13日"), sentence(t, "市委书记"), sentence(t, "市委副书记")
    cpc = "中共鄂尔多斯市委员会"
    posts = [
        Membership(li, t_sj, "书记", cpc, s2, "post.title-before", 0.9),
        Membership(yu, t_fsj, "副书记", cpc, s3, "post.chain", 0.8),
        Membership(yu, t_sz, "市长", "鄂尔多斯市人民政府", s3, "post.chain", 0.8),
        Membership(yu, t_dz, "书记", "鄂尔多斯市人民政府党组", s3, "post.chain", 0.8),
    ]
    meeting = Event("Meeting", "市委常委会会议", m(t, "召开", "EVENT"), date="2025-06-13", organizer=standing,
                    chair=li, attendees=(yu,), sentence=s1, rule="ev.trigger.召开", confidence=0.9, when=d13,
                    mentions=(m(t, "会议", "EVENT", nth=2),))
    r1 = ArticleResult(doc, art1, sorted([zsm, zcw, media, standing, li, yu, t_sj, t_fsj, t_sz, t_dz, d13]),
                       posts, [meeting], [])

    b = a1_end
    dateline = m(t, "康巴什", "LOC", "康巴什区", after="康巴什讯")
    wq, hy = m(t, "王琪", "PER"), m(t, "胡杨", "PER")
    firm = m(t, "内蒙古华景新材料有限责任公司", "ORG")
    firm2 = m(t, "内蒙古华景新材料有限责任公司", "ORG", nth=1)
    dongsheng = m(t, "东胜区", "LOC", nth=1)
    dongsheng2 = m(t, "东胜区", "LOC", nth=2)
    yu2 = m(t, "于海宇", "PER", nth=1)
    school = m(t, "中国人民大学教育学院", "ORG")
    school_parent = m(t, "中国人民大学", "ORG")
    d14 = m(t, "6月14日", "DATE", "2025-06-14")
    art2 = Article("page", 1, b, len(t), headline=at(t, "签约仪式在东胜区举行"),
                   body=(at(t, "康巴什讯")[0], len(t)),
                   photographers=(wq, hy), dateline=dateline, date="2025-06-14")
    signing = Event("Signing", "内蒙古华景新材料有限责任公司签约仪式", m(t, "签约仪式", "EVENT", nth=1),
                    date="2025-06-14", place=dongsheng, attendees=(yu2,), sentence=sentence(t, "6月14日"),
                    rule="ev.noun.签约仪式", confidence=0.7, when=d14)
    located = Relation(firm2, "locatedIn", dongsheng2, sentence(t, "内蒙古华景", after="于海宇出席。"),
                       "rel.落户", 0.6)
    part = Relation(school, "partOf", school_parent, sentence(t, "中国人民大学"), "rel.name-prefix", 0.95)
    mentions2 = [dateline, wq, hy, firm, firm2, dongsheng, dongsheng2, yu2, school, d14]
    r2 = ArticleResult(doc, art2, sorted(mentions2),
                       [], [signing], [located, part])

    u = SECOND
    doc2 = Document(id="pd-1", text=u, source="news.jsonl", line=1, date="2025-06-20", publisher="人民日报",
                    title="李理会见客人", url="https://example.org/news/1")
    li3, li4, yu3 = m(u, "李理", "PER"), m(u, "李理", "PER", nth=1), m(u, "于海宇", "PER")
    t3 = m(u, "市委书记", "TITLE")
    art3 = Article("pd-1", 0, 0, len(u), body=(0, len(u)), date="2025-06-20")
    post3 = Membership(li3, t3, "书记", cpc, sentence(u, "市委书记"), "post.title-before", 0.5)
    visit = Event("Reception", "会见", m(u, "会见", "EVENT"), date="2025-06", chair=None, attendees=(li3,),
                  sentence=sentence(u, "市委书记"), rule="ev.trigger.会见", confidence=0.5)
    r3 = ArticleResult(doc2, art3, [li3, t3, li4, yu3], [post3], [visit], [])
    return [r1, r2, r3]


@pytest.fixture(scope="module")
def graph() -> Graph:
    return build_graph(sample_results())


def ask(g: Graph, where: str) -> bool:
    prefixes = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
    return bool(g.query(f"{prefixes}ASK {{ {where} }}").askAnswer)


FIRM = entity_iri("ORG", "内蒙古华景新材料有限责任公司")


@pytest.mark.parametrize(
    "what, where",
    [
        ("a person with one @zh name",
         f'<{entity_iri("PER", "李理")}> a schema:Person ; schema:name "李理"@zh'),
        ("a place keyed by its canonical name, read as written",
         f'<{entity_iri("LOC", "康巴什区")}> a schema:Place ; schema:name "康巴什区"@zh ; '
         'schema:alternateName "康巴什"@zh'),
        ("an organisation", f'<{entity_iri("ORG", "内蒙古华景新材料有限责任公司")}> a schema:Organization'),
        ("a post with title as written, role concept and organisation",
         '?m a org:Membership ; org:member/schema:name "李理"@zh ; rdfs:label "市委书记"@zh ; '
         'org:role ?r ; org:organization/schema:name "中共鄂尔多斯市委员会"@zh . '
         '?r a skos:Concept, org:Role ; skos:prefLabel "书记"@zh ; skos:inScheme kg:RoleScheme'),
        ("the person's job title", '?p schema:name "李理"@zh ; schema:jobTitle "市委书记"@zh'),
        ("a chain of posts: 市长 of the city government", '?m org:member/schema:name "于海宇"@zh ; '
         'rdfs:label "市长"@zh ; org:organization/schema:name "鄂尔多斯市人民政府"@zh'),
        ("an event with date, organiser, chair, attendee",
         '?e a schema:Event ; schema:name "市委常委会会议"@zh ; schema:startDate "2025-06-13"^^xsd:date ; '
         'schema:organizer/schema:name "中共鄂尔多斯市委员会常务委员会"@zh ; '
         "kg:chair ?c ; schema:attendee ?c, ?y . "
         '?c schema:name "李理"@zh . ?y schema:name "于海宇"@zh'),
        ("the chair property declared as a sub-property of attendee",
         "kg:chair rdfs:subPropertyOf schema:attendee ; rdfs:label ?l ; rdfs:comment ?c"),
        ("an event type from the scheme", '?e schema:name "市委常委会会议"@zh ; kg:eventType ?t . '
         "?t a skos:Concept ; skos:inScheme kg:EventTypeScheme ; skos:prefLabel ?l"),
        ("an event place", '?e schema:name "内蒙古华景新材料有限责任公司签约仪式"@zh ; '
         'schema:location/schema:name "东胜区"@zh'),
        ("an imprecise date as gYearMonth",
         '?e schema:name "会见"@zh ; schema:startDate "2025-06"^^xsd:gYearMonth'),
        ("an article with headline, reporters, date, media",
         '?a a schema:NewsArticle ; schema:headline "市委常委会召开会议"@zh ; '
         'schema:datePublished "2025-06-13"^^xsd:date ; schema:author/schema:name "张诗曼"@zh, "赵琛玮"@zh ; '
         'schema:sourceOrganization/schema:name "鄂尔多斯日报"@zh'),
        ("photo credits and dateline",
         '?a kg:photographer/schema:name "胡杨"@zh, "王琪"@zh ; schema:contributor ?p ; '
         'schema:dateline "康巴什"@zh ; schema:locationCreated/schema:name "康巴什区"@zh'),
        ("a JSONL article: title, publisher, url", '?a schema:headline "李理会见客人"@zh ; '
         'schema:publisher/schema:name "人民日报"@zh ; schema:url ?u'),
        ("an article mentions its entities and events", '?a schema:headline "市委常委会召开会议"@zh ; '
         'schema:mentions ?e, ?p . ?e a schema:Event . ?p schema:name "于海宇"@zh'),
        ("located in, with provenance",
         f"<{FIRM}> schema:location <{entity_iri('LOC', '东胜区')}> . "
         f"?s a rdf:Statement ; rdf:subject <{FIRM}> ; rdf:predicate schema:location ; "
         "prov:wasDerivedFrom ?a ; kg:sentence/nif:anchorOf ?t ; kg:confidence ?c"),
        ("part of", '?x schema:name "中国人民大学教育学院"@zh ; '
         'schema:parentOrganization/schema:name "中国人民大学"@zh'),
        ("fact provenance: sentence, rule, confidence",
         '?m org:member/schema:name "李理"@zh ; prov:wasDerivedFrom ?a ; kg:sentence ?s ; '
         "prov:qualifiedDerivation ?d . "
         '?s a nif:Sentence ; nif:anchorOf "市委书记李理主持会议。" ; nif:referenceContext ?c . '
         '?d a prov:Derivation ; prov:entity ?a ; kg:rule "post.title-before" ; kg:confidence ?conf . '
         "?a kg:text ?c . ?c a nif:Context ; nif:isString ?text"),
        ("a mention as NIF string", '?n nif:anchorOf "李理" ; nif:beginIndex ?b ; nif:endIndex ?e ; '
         f"nif:referenceContext ?c ; itsrdf:taIdentRef <{entity_iri('PER', '李理')}> ; kg:rule ?r . "
         '?c a nif:Context . FILTER(datatype(?b) = xsd:nonNegativeInteger)'),
        ("the trigger of an event", '?e kg:trigger ?t . ?t nif:anchorOf "召开" ; itsrdf:taIdentRef ?e'),
        ("a title mention points to its role",
         '?t nif:anchorOf "市委书记" ; itsrdf:taIdentRef ?r . ?r a org:Role'),
    ],
)
def test_graph_has(graph: Graph, what: str, where: str):
    assert ask(graph, where), what


def test_one_iri_per_thing_across_articles(graph: Graph):
    li = URIRef(entity_iri("PER", "李理"))
    articles = set(graph.objects(li, PROV.wasDerivedFrom))
    assert {URIRef(article_iri("page#1")), URIRef(article_iri("pd-1#1"))} <= articles
    assert len(list(graph.objects(li, SCHEMA.name))) == 1
    # the same post reported twice is one membership, with two readings
    posts = list(graph.query(
        'PREFIX org: <http://www.w3.org/ns/org#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> '
        f'SELECT ?m WHERE {{ ?m org:member <{li}> ; rdfs:label "市委书记"@zh }}'))
    assert len(posts) == 1
    assert len(list(graph.objects(posts[0][0], PROV.qualifiedDerivation))) == 2


def test_yu_haiyu_holds_three_posts(graph: Graph):
    yu = URIRef(entity_iri("PER", "于海宇"))
    titles = sorted(str(graph.value(ms, RDFS.label)) for ms in graph.subjects(ORG.member, yu))
    assert titles == ["市委副书记", "市政府党组书记", "市长"]


def test_fact_confidence_combines_readings(graph: Graph):
    li = URIRef(entity_iri("PER", "李理"))
    (post,) = [ms for ms in graph.subjects(ORG.member, li)]
    # readings 0.9 and 0.5 in two articles: 1 - 0.1 * 0.5
    assert graph.value(post, KG.confidence) == Literal("0.950", datatype=XSD.decimal)
    readings = graph.objects(post, PROV.qualifiedDerivation)
    assert sorted(str(graph.value(d, KG.confidence)) for d in readings) == ["0.500", "0.900"]


def test_offsets_index_the_context_string(graph: Graph):
    """Every NIF string's anchor is its context's text between its offsets (counted from the article)."""
    n = 0
    for node, anchor in graph.subject_objects(NIF.anchorOf):
        ctx = graph.value(node, NIF.referenceContext)
        text = str(graph.value(ctx, NIF.isString))
        b, e = int(graph.value(node, NIF.beginIndex)), int(graph.value(node, NIF.endIndex))
        assert text[b:e] == str(anchor)
        assert str(node).endswith(f"#char={b},{e}")
        n += 1
    assert n > 30


def test_context_is_the_article_text(graph: Graph):
    a2 = URIRef(article_iri("page#2"))
    text = str(graph.value(graph.value(a2, KG.text), NIF.isString))
    assert text.startswith("签约仪式在东胜区举行") and "市委常委会" not in text


def test_every_entity_and_fact_has_provenance(graph: Graph):
    for cls in (SCHEMA.Person, SCHEMA.Organization, SCHEMA.Place, ORG.Membership, SCHEMA.Event):
        nodes = set(graph.subjects(RDF.type, cls))
        assert nodes, cls
        for node in nodes:
            assert graph.value(node, PROV.wasDerivedFrom) is not None, node


def test_no_blank_nodes(graph: Graph):
    assert not any(isinstance(t, BNode) for triple in graph for t in triple)


def test_vocabulary_written_into_the_graph(graph: Graph):
    for term in TERMS:
        assert graph.value(term, RDFS.label) is not None and graph.value(term, RDFS.comment) is not None


def test_same_input_same_bytes_whatever_the_order():
    first = turtle_bytes(build_graph(sample_results()))
    assert turtle_bytes(build_graph(sample_results())) == first
    assert turtle_bytes(build_graph(reversed(sample_results()))) == first


def test_builds_into_a_given_store():
    ds = Dataset()
    build_graph(sample_results(), graph=ds)
    assert len(ds.default_graph) == len(build_graph(sample_results()))


def test_builder_streams_one_article_at_a_time():
    b = GraphBuilder()
    sizes = []
    for r in sample_results():
        b.add(r)
        sizes.append(len(b.graph))
    assert sizes == sorted(sizes) and len(set(sizes)) == 3


@pytest.mark.parametrize(
    "date, datatype",
    [("2025-06-13", XSD.date), ("2025-06", XSD.gYearMonth), ("2025", XSD.gYear),
     ("2025-06-01/2025-06-28", XSD.date)],
)
def test_event_dates(date: str, datatype):
    t = "6月会议召开。"
    ev = Event("Meeting", "会议", Mention(2, 4, "EVENT", "会议"), date=date, sentence=(0, 7))
    g = build_graph([ArticleResult(Document("d", t), Article("d", 0, 0, len(t)), [], [], [ev], [])])
    (start,) = list(g.objects(None, SCHEMA.startDate))
    assert start.datatype == datatype
    if "/" in date:
        assert [str(d) for d in g.objects(None, SCHEMA.endDate)] == ["2025-06-28"]


def test_spans_outside_the_article_are_not_written():
    t = "甲文。李理讲话。"
    art = Article("d", 0, 0, 3)
    ms = Membership(Mention(0, 1, "PER", "甲"), Mention(1, 2, "TITLE", "文"), "文", sentence=(3, 8))
    g = build_graph([ArticleResult(Document("d", t), art, [Mention(3, 5, "PER", "李理")], [ms], [], [])])
    assert not list(g.subjects(RDF.type, NIF.Sentence))
    assert not list(g.subjects(NIF.anchorOf, Literal("李理")))


def test_places_from_the_gazetteer():
    t = "东胜区"
    mention = Mention(0, 3, "LOC", t, key=t)
    g = build_graph([ArticleResult(Document("d", t), Article("d", 0, 0, 3), [mention])])
    q = ('PREFIX schema: <https://schema.org/> SELECT ?name ?code WHERE { ?p schema:name "东胜区"@zh ; '
         "schema:containedInPlace+ ?up . ?up schema:name ?name OPTIONAL { ?up schema:identifier ?code } }")
    names = {str(r[0]) for r in g.query(q)}
    assert {"鄂尔多斯市", "内蒙古自治区"} <= names
    assert g.value(URIRef(entity_iri("LOC", "东胜区")), SCHEMA.identifier) is not None


def test_graph_conforms_to_the_shapes(graph: Graph):
    """kg/graph/shapes.ttl (SHACL) holds for the hand-made records (pySHACL is in the test extra)."""
    from pathlib import Path

    import pyshacl

    import kg.graph

    shapes = Graph().parse(Path(kg.graph.__file__).parent / "shapes.ttl", format="turtle")
    conforms, _, report = pyshacl.validate(graph, shacl_graph=shapes, advanced=True)
    assert conforms, report


def test_an_organisation_as_venue_is_not_a_location():
    t = "在中组部召开座谈会。"
    ev = Event("Meeting", "座谈会", Mention(5, 8, "EVENT", "座谈会"), place=Mention(1, 4, "ORG", "中组部"),
               sentence=(0, 10))
    g = build_graph([ArticleResult(Document("d", t), Article("d", 0, 0, len(t)), [], [], [ev], [])])
    assert not list(g.objects(None, SCHEMA.location))
    assert URIRef(entity_iri("ORG", "中组部")) in set(g.objects(None, SCHEMA.mentions))


def test_credits_of_the_wrong_type_are_mentions_only():
    t = "本报记者新华社 摄"
    art = Article("d", 0, 0, len(t), reporters=(Mention(4, 7, "ORG", "新华社"),),
                  photographers=(Mention(0, 2, "ORG", "本报"),))
    g = build_graph([ArticleResult(Document("d", t), art)])
    assert not list(g.objects(None, SCHEMA.author)) and not list(g.objects(None, KG.photographer))
    assert len(list(g.subjects(RDF.type, SCHEMA.Organization))) == 2


def test_an_event_gets_one_start_date_in_a_graph_and_in_a_store():
    """A date argument gives an event a start only when its record has none and no other argument gave
    one: decided from the records, so an rdflib graph and a store (each article's triples alone) agree."""
    import pyoxigraph as ox

    from kg.store import write_results

    t = "6月13日会议召开，6月14日闭幕。7月1日座谈会召开，7月2日结束。"
    dated = Event("Meeting", "会议", m(t, "会议", "EVENT"), date="2025-06-13", sentence=(0, 17),
                  arguments=(("Event.时间", m(t, "6月14日", "DATE", key="2025-06-14")),))
    undated = Event("Meeting", "座谈会", m(t, "座谈会", "EVENT"), sentence=(17, len(t)),
                    arguments=(("Event.时间", m(t, "7月1日", "DATE", key="2025-07-01")),
                               ("Event.时间", m(t, "7月2日", "DATE", key="2025-07-02"))))
    results = [ArticleResult(Document(d, t), Article(d, 0, 0, len(t)), [], [], [dated, undated], [])
               for d in ("a", "b")]
    graph = build_graph(results)
    # one dated meeting of both articles, one undated 座谈会 in each
    starts = sorted(str(d) for d in graph.objects(None, SCHEMA.startDate))
    assert starts == ["2025-06-13", "2025-07-01", "2025-07-01"]
    from_graph = ox.Store()
    from_graph.load(graph.serialize(format="nt", encoding="utf-8"), ox.RdfFormat.N_TRIPLES)
    store = ox.Store()
    write_results(store, results)
    union = {(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None,
                                                                                 ox.DefaultGraph())}
    assert union == {(q.subject, q.predicate, q.object) for q in from_graph}
