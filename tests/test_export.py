"""Turtle and HTML output (kg.export): encoding, determinism, atomic writes, an offline page."""
from __future__ import annotations

import functools
import json
import re
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import Graph
from rdflib.compare import isomorphic
from test_graph import sample_results

from kg.export import html_page, turtle_bytes, write_html, write_turtle
from kg.graph import build_graph


@pytest.fixture(scope="module")
def graph() -> Graph:
    return build_graph(sample_results())


@pytest.fixture(scope="module")
def page(graph: Graph) -> str:
    return html_page(graph)


# -- Turtle ---------------------------------------------------------------------------

def test_turtle_is_utf8_without_bom_with_plain_zh_tags(graph: Graph):
    data = turtle_bytes(graph)
    assert not data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8")
    assert '"李理"@zh' in text  # Chinese as is, not \u escapes
    assert not re.search(r"@zh-", text)
    assert "_:" not in text  # no blank nodes


def test_turtle_reads_back_as_the_same_graph(graph: Graph):
    back = Graph().parse(data=turtle_bytes(graph), format="turtle")
    assert isomorphic(back, graph)


def test_turtle_is_deterministic():
    assert turtle_bytes(build_graph(sample_results())) == turtle_bytes(build_graph(sample_results()))


@pytest.mark.parametrize("writer", [write_turtle, write_html])
def test_writes_are_atomic_and_leave_no_temporary_file(graph: Graph, tmp_path: Path, writer):
    out = tmp_path / "sub" / "graph.out"
    writer(graph, out)
    writer(graph, out)  # over an existing file
    assert out.stat().st_size > 1000
    assert [p.name for p in out.parent.iterdir()] == ["graph.out"]


def test_a_failed_write_keeps_the_old_file(graph: Graph, tmp_path: Path):
    from kg.errors import OutputError

    out = tmp_path / "graph.ttl"
    out.write_text("old", encoding="utf-8")
    with pytest.raises(OutputError):
        write_turtle(graph, tmp_path / "graph.ttl" / "x.ttl")  # a file in the way of the folder
    assert out.read_text(encoding="utf-8") == "old"


# -- HTML -----------------------------------------------------------------------------

def _data(page: str) -> dict:
    """The data embedded in the page."""
    m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    assert m
    return json.loads(m.group(1))


def _names(data: dict) -> dict[str, int]:
    return {e[0]: i for i, e in enumerate(data["entities"])}


def test_page_loads_nothing(page: str):
    from html.parser import HTMLParser

    class Tags(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.seen: list[tuple[str, list]] = []

        def handle_starttag(self, tag, attrs) -> None:
            self.seen.append((tag, attrs))

    parser = Tags()
    parser.feed(page)
    allowed = {"html", "head", "meta", "title", "style", "body", "header", "b", "div", "input", "ol",
               "button", "span", "nav", "label", "select", "option", "main", "aside", "script"}
    assert {t for t, _ in parser.seen} <= allowed
    assert not [a for _, attrs in parser.seen for a in attrs if a[0] in ("src", "href", "srcset", "action")]
    assert "cdn.jsdelivr" not in page and "cdnjs" not in page
    assert "new vis.Network" in page and "@license" in page  # the library is inline, with its licence
    assert 'id="kg-search"' in page and 'id="kg-panel"' in page


def test_page_data_is_embedded_once_as_json(page: str):
    assert page.count('id="kg-data"') == 1
    data = _data(page)
    names = _names(data)
    assert {"李理", "于海宇", "东胜区"} <= set(names)  # Chinese as UTF-8
    kinds = [t[0] for t in data["types"]]
    assert kinds[data["entities"][names["李理"]][1]] == "Person"
    assert kinds[data["entities"][names["东胜区"]][1]] == "Place"
    assert not any("#char=" in e[0] for e in data["entities"])  # no NIF strings or contexts


def test_page_holds_posts_events_and_relations(page: str):
    data = _data(page)
    names, labels = _names(data), [r[0] for r in data["relations"]]
    li = names["李理"]
    assert [p[1] for p in data["posts"] if p[0] == li] == ["市委书记"]
    edges = list(zip(*[iter(data["edges"])] * 3, strict=True))
    chaired = [b for a, rel, b in edges if a == li and labels[rel] == "主持"]
    assert chaired and data["entities"][chaired[0]][0].startswith("市委常委会")
    assert any(ev[0] == chaired[0] and ev[2] == "2025-06-13" for ev in data["events"])


def test_page_mentions_point_at_the_exact_characters(page: str):
    data = _data(page)
    m = data["mentions"]
    assert m
    for k in range(0, len(m), 5):
        ent, art, snippet, begin, end = m[k:k + 5]
        text = data["snippets"][snippet]
        assert 0 <= begin < end <= len(text)
        e = data["entities"][ent]
        if data["types"][e[1]][0] != "Event":  # an event is named by more than its trigger
            assert text[begin:end] in (e[0], *e[2]) or len(text[begin:end]) == 1  # a bare surname: 江主席
        assert ent in data["mentioned"][art]


def test_page_overview_and_articles(page: str):
    data = _data(page)
    assert 10 <= len(data["overview"]) <= 60
    assert all(len(o) == 3 for o in data["overview"])
    assert data["articles"] and len(data["articles"]) == len(data["mentioned"])


def test_page_is_deterministic(graph: Graph):
    assert html_page(graph) == html_page(build_graph(sample_results()))


def test_page_of_a_store_is_the_page_of_the_graph(graph: Graph, page: str):
    store = pyoxigraph.Store()
    store.load(turtle_bytes(graph), pyoxigraph.RdfFormat.TURTLE)
    assert html_page(store) == page
    # the same triples once more in an article's named graph (as a kg store keeps them): nothing counted twice
    store.load(turtle_bytes(graph), pyoxigraph.RdfFormat.TURTLE, to_graph=pyoxigraph.NamedNode("urn:x:a"))
    assert html_page(store) == page


@pytest.mark.parametrize("evil", ["</script><script>alert(1)</script>", "<img src=x onerror=alert(1)>",
                                  "</SCRIPT >", "<!--<script>", "{{data}}", "\u2028"])
def test_input_text_cannot_leave_the_json(evil: str):
    import kg
    from kg.model import Document

    graph = kg.build([Document(id="x", title=evil, text=f"市委书记李理主持会议{evil}。")])
    page = html_page(graph)
    assert "<img" not in page and "<!--" not in page.replace("<!DOCTYPE", "")
    assert page.lower().count("</script") == 3  # the data, vis-network, the page's script: none closed early
    data = _data(page)
    assert [a[0] for a in data["articles"]] == [evil]  # the text itself is kept, as text
    assert any("李理主持会议" + evil[:2] in t for t in data["snippets"])


def test_an_entity_keeps_its_first_sentences_in_article_order():
    import kg
    from kg.export.html import page_data
    from kg.model import Document

    graph = kg.build([Document(id=f"a{i}", text=f"市委书记李理主持第{i}次会议。") for i in range(3)])
    data = page_data(graph, sentences=2)
    li = _names(data)["李理"]
    m = data["mentions"]
    shown = [(m[k + 1], data["snippets"][m[k + 2]]) for k in range(0, len(m), 5) if m[k] == li]
    assert [a for a, _ in shown] == [0, 1]
    assert [data["articles"][a][2] for a, _ in shown] == ["a0#1", "a1#1"]  # article 1 of documents a0, a1
    assert all(f"第{i}次" in text for i, (_a, text) in enumerate(shown))
    assert data["entities"][li][4] == 3  # the panel still says how many mentions there are in all


def test_page_json_written_in_pieces_is_the_json_at_once(page: str):
    from kg.export.html import _json_pieces

    data = _data(page)
    whole = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for step in (1, 2, 7):
        pieces = list(_json_pieces(data, step))
        assert "".join(pieces) == whole
        assert len(pieces) > len(data) * 3  # lists really come in pieces


@pytest.mark.parametrize("numbers", [[], [7], [0, -1, 2**40, 3, 4, 5, 6]])
def test_page_json_writes_an_array_of_numbers_as_their_list(numbers):
    """The page's mentions are packed numbers (an ``array``): written, they are the JSON of their list,
    whole or in pieces, empty or not."""
    from array import array

    from kg.export.html import _json_pieces

    data = {"mentions": array("q", numbers), "snippets": ["甲"], "n": 1}
    whole = json.dumps({**data, "mentions": numbers}, ensure_ascii=False, separators=(",", ":"))
    for step in (1, 2, 20_000):
        assert "".join(_json_pieces(data, step)) == whole


def test_utf16_offsets_for_characters_outside_the_bmp():
    from kg.export.html import _utf16

    text = "𠀀李理"  # a CJK Extension B character takes two UTF-16 units
    f = _utf16(text)
    assert text.encode("utf-16-le")[2 * f(1):2 * f(3)].decode("utf-16-le") == "李理"


# -- kg page --------------------------------------------------------------------------

ROOT = Path(__file__).resolve().parent.parent


def test_kg_page_focus_and_construct(tmp_path: Path):
    from click.testing import CliRunner

    from kg.cli import cli

    run = CliRunner().invoke
    graph = str(ROOT / "output" / "graph.ttl")
    r = run(cli, ["page", "--graph", graph, "--focus", "李理", "--out", str(tmp_path / "li.html")])
    assert r.exit_code == 0, r.output
    assert _data((tmp_path / "li.html").read_text(encoding="utf-8"))["focus"] == "李理"
    query = ("CONSTRUCT { ?p ?r ?o } WHERE { ?p a schema:Person ; ?r ?o . "
             "FILTER(?r IN (rdf:type, schema:name)) }")
    r = run(cli, ["page", "--graph", graph, "--query", query, "--out", str(tmp_path / "people.html")])
    assert r.exit_code == 0, r.output
    data = _data((tmp_path / "people.html").read_text(encoding="utf-8"))
    assert data["entities"] and {e[1] for e in data["entities"]} == {0}  # people only
    r = run(cli, ["page", "--graph", graph, "--focus", "无此人", "--out", str(tmp_path / "x.html")])
    assert r.exit_code == 1 and not (tmp_path / "x.html").exists()
    r = run(cli, ["export", "--format", "html", "--graph", graph, "--query", query,
                  "--out", str(tmp_path / "export.html")])
    assert r.exit_code == 0, r.output
    assert (tmp_path / "export.html").read_text(encoding="utf-8") == (tmp_path / "people.html").read_text(
        encoding="utf-8")
    r = run(cli, ["export", "--format", "nt", "--graph", graph, "--query", query,
                  "--out", str(tmp_path / "p.nt")])
    assert r.exit_code == 0, r.output
    assert all("schema.org/Person" in line or "schema.org/name" in line
               for line in (tmp_path / "p.nt").read_text(encoding="utf-8").splitlines())


@pytest.mark.parametrize("command", [["page"], ["export", "--format", "html"], ["export", "--format", "nt"],
                                     ["export", "--format", "csv"]])
@pytest.mark.parametrize("where", ["FILTER(false)", "FILTER(?r = schema:noSuchProperty)",
                                   "FILTER(STR(?o) = \"无此人\")"])
def test_a_construct_that_matches_nothing_writes_nothing(tmp_path: Path, command: list[str], where: str,
                                                        monkeypatch, capsys):
    """A --query whose CONSTRUCT makes no triple is a one-line error naming the query, and no page or
    file is written (an empty page would look like a graph with nothing in it)."""
    from kgrun import one_line_errors, run_kg

    out = tmp_path / "out"
    query = f"CONSTRUCT {{ ?p ?r ?o }} WHERE {{ ?p ?r ?o {where} }}"
    args = [*command, "--graph", ROOT / "output" / "graph.ttl", "--query", query, "--out", out]
    code, _, err = run_kg(args, monkeypatch, capsys)
    assert code == 1 and one_line_errors(err) == [
        "kg: <query>: the CONSTRUCT query matched nothing: no triples to draw or export"]
    assert not out.exists()


def test_the_page_from_what_the_build_gathered_is_the_page_read_from_the_store():
    """The write pass hands the page each article's mentions (``article_part(..., views=True)``), in any
    order, or some of them (an incremental build writes only what changed): the page's data is the same
    as when it reads every article back from the store."""
    from kg.export.html import PageViews, page_data
    from kg.graph.build import GraphBuilder
    from kg.model import Document
    from kg.pipeline import process_document
    from kg.store import article_part, load_articles

    texts = ["市委书记李理主持召开市委常委会会议。李理强调，要抓好落实。副市长王强出席。",
             "市委书记李理在鄂尔多斯市调研。王强陪同。", "市长张华出席会议。李理讲话。"]
    results = [r for i, t in enumerate(texts * 2)
               for r in process_document(Document(f"d{i}", t, date="2025-06-13", place="鄂尔多斯市"))]
    parts = [article_part([r], GraphBuilder(), views=True) for r in reversed(results)]  # last article first
    assert all(len(p.views) == 1 for p in parts)
    store = pyoxigraph.Store()
    load_articles(store, parts)
    read_back = page_data(store, sentences=2)
    assert read_back["mentions"] and len(read_back["mentioned"]) == len(results)
    for chosen in (parts, parts[::2], []):
        views = PageViews(2)
        for p in chosen:
            views.add(p.views[0])
        assert page_data(store, sentences=2, views=views) == read_back
    views = PageViews(2)
    for p in [parts[0], parts[0]]:  # one article twice (two results of it in one graph): read back
        views.add(p.views[0])
    assert views.repeated and page_data(store, sentences=2, views=views) == read_back


def test_a_new_store_s_page_asks_the_store_nothing_and_is_the_page_read_from_it(monkeypatch):
    """A new store's load hands the page the triples its queries read (``PageViews.whole``): the page's data
    is the same as when it asks the store, which it no longer does (a 10x copy of PD dev: the queries
    filled about 110 MB of Oxigraph's caches)."""
    import kg.export.html as html
    from kg.graph.build import GraphBuilder
    from kg.ingest.read import read_documents
    from kg.pipeline import process_document
    from kg.store import article_part, load_articles

    docs = list(read_documents([str(Path(__file__).parents[1] / "eval/modern/articles.jsonl")]))[:12]
    results = [r for d in docs for r in process_document(d)]
    parts = [article_part(results[i:i + 3], GraphBuilder(), views=True) for i in range(0, len(results), 3)]
    store = pyoxigraph.Store()
    views = html.PageViews()
    load_articles(store, parts, views=views)
    assert views.whole
    read_back = html.page_data(store)
    assert read_back["events"] and read_back["posts"] and read_back["articles"]
    asked = []
    monkeypatch.setattr(html, "_rows", lambda *a, **k: asked.append(a))
    assert html.page_data(store, views=views) == read_back and not asked
    monkeypatch.undo()
    views = html.PageViews()  # a part without the page's facts: the store is asked
    load_articles(pyoxigraph.Store(), [parts[0], article_part(results[3:6], GraphBuilder())], views=views)
    assert not views.whole


_S, _K = "https://schema.org/", "https://kg.example.org/ns#"
_ORG_NS, _RDFS = "http://www.w3.org/ns/org#", "http://www.w3.org/2000/01/rdf-schema#"


def test_the_page_s_queries_read_from_the_facts_are_the_store_s_answers():
    """What :func:`_fact_rows` makes of the facts is what each query of the page answers on a store of the
    same triples, row for row: names and labels several or none, terms repeated, the event kinds' labels
    in other languages, publishers with and without a name, the triples no query reads."""
    import kg.export.html as html
    from kg.graph.terms import nt_iri, nt_literal

    def i(name: str) -> str:
        return nt_iri("http://example.org/" + name)

    a, t = nt_iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), nt_iri
    zh = functools.partial(nt_literal, lang="zh")
    date = functools.partial(nt_literal, datatype="http://www.w3.org/2001/XMLSchema#date")
    triples = [
        (i("p1"), a, t(_S + "Person")), (i("p1"), t(_S + "name"), zh("李理")),
        (i("p1"), t(_S + "name"), zh("李 理")), (i("p1"), t(_S + "name"), nt_literal("李理")),
        (i("p2"), a, t(_S + "Person")),
        (i("p2"), a, t(_S + "Organization")), (i("o1"), a, t(_S + "Organization")),
        (i("o1"), t(_S + "name"), zh("市委")), (i("o1"), t(_S + "alternateName"), zh("市委会")),
        (i("x"), a, t("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#Phrase")),
        (i("x"), t(_S + "name"), zh("不读")), (i("m1"), a, t(_ORG_NS + "Membership")),
        (i("m1"), t(_ORG_NS + "member"), i("p1")), (i("m1"), t(_RDFS + "label"), zh("书记")),
        (i("m1"), t(_RDFS + "label"), zh("市委书记")), (i("m1"), t(_ORG_NS + "organization"), i("o1")),
        (i("m2"), a, t(_ORG_NS + "Membership")), (i("m2"), t(_ORG_NS + "member"), i("p2")),
        (i("m3"), t(_ORG_NS + "member"), i("p2")), (i("m3"), t(_RDFS + "label"), zh("不是职务")),
        (i("m4"), a, t(_ORG_NS + "Membership")), (i("m4"), t(_ORG_NS + "member"), i("p1")),
        (i("m4"), t(_RDFS + "label"), zh("书记")), (i("m4"), t(_ORG_NS + "organization"), i("o1")),
        (i("e1"), a, t(_S + "Event")), (i("e1"), t(_K + "eventType"), i("k1")),
        (i("e1"), t(_K + "eventType"), i("k2")), (i("k1"), t("http://www.w3.org/2004/02/skos/core#prefLabel"),
                                                  zh("会议")),
        (i("k1"), t("http://www.w3.org/2004/02/skos/core#prefLabel"), nt_literal("meeting", lang="en")),
        (i("k2"), t("http://www.w3.org/2004/02/skos/core#prefLabel"), zh("会议")),
        (i("e1"), t(_S + "startDate"), date("2025-06-13")),
        (i("e1"), t(_S + "startDate"), date("2025-06-14")),
        (i("e1"), t(_S + "endDate"), date("2025-06-15")), (i("e1"), t(_K + "chair"), i("p1")),
        (i("e1"), t(_S + "attendee"), i("p1")), (i("e1"), t(_S + "attendee"), i("p2")),
        (i("e2"), a, t(_S + "Event")), (i("e2"), t(_S + "location"), i("o1")),
        (i("a1"), a, t(_S + "NewsArticle")), (i("a1"), t(_S + "identifier"), nt_literal("d1")),
        (i("a1"), t(_S + "headline"), zh("标题")), (i("a1"), t(_S + "datePublished"), date("2025-06-13")),
        (i("a1"), t(_S + "publisher"), i("o1")), (i("a1"), t(_S + "sourceOrganization"), i("o1")),
        (i("a1"), t(_S + "sourceOrganization"), i("o9")), (i("a2"), a, t(_S + "NewsArticle")),
        (i("a2"), t(_S + "publisher"), i("o9")), (i("a3"), a, t(_S + "NewsArticle")),
        (i("a3"), t(_S + "identifier"), nt_literal("d3")), (i("a3"), t(_S + "identifier"), nt_literal("d3b")),
    ]
    store = pyoxigraph.Store()
    store.load("".join(f"{s} {p} {o} .\n" for s, p, o in triples).encode(), pyoxigraph.RdfFormat.N_TRIPLES)
    classes = [cls for cls, *_ in html.page_types()]
    got = html._fact_rows(html.page_facts(triples + triples[::3]), classes)
    queries = {"entities": html._Q_ENTITIES.replace("TYPES", " ".join(f"<{c}>" for c in classes)),
               "aliases": html._Q_ALIASES, "relations": html._Q_RELATIONS, "posts": html._Q_POSTS,
               "events": html._Q_EVENTS, "articles": html._Q_ARTICLES}
    for name, query in queries.items():
        assert got[name] == html._rows(store, query), name
    assert all(got.values())


@pytest.mark.parametrize("order", [
    [0, 1, 2, 3, 4, 5, 6],  # in article order
    [6, 5, 4, 3, 2, 1, 0],  # last first: each article's rows go before those kept
    [3, 0, 6, 1, 5, 2, 4],  # any order
])
def test_page_views_keep_each_entitys_first_sentences_in_article_order_whatever_the_order_they_come(order):
    """Each entity keeps the rows of its first sentences in article order (the article IRIs'), at most
    ``sentences`` of them, whatever order the articles come in; each row reads back its sentence."""
    from kg.export.html import ArticleView, PageViews

    def view(k: int) -> ArticleView:
        found = {"e1": (2, [(f"甲{k}一。", 0, 1), (f"甲{k}二。", 0, 1)])}
        if k % 2:
            found["e2"] = (1, [(f"乙{k}。", 1, 2)])
        return ArticleView(f"a{k}", tuple(found), found)

    views = PageViews(3)
    for k in order:
        views.add(view(k))
    got = {e: [(a, i, views.sentence(at), b, end) for a, i, at, b, end in views.rows(e)]
           for e in ("e1", "e2")}
    assert got == {"e1": [("a0", 0, "甲0一。", 0, 1), ("a0", 1, "甲0二。", 0, 1), ("a1", 0, "甲1一。", 0, 1)],
                   "e2": [("a1", 0, "乙1。", 1, 2), ("a3", 0, "乙3。", 1, 2), ("a5", 0, "乙5。", 1, 2)]}
    assert views.total == {"e1": 14, "e2": 3}
    views.close()


@pytest.mark.parametrize("last_first", [False, True])
def test_page_views_hold_a_few_numbers_a_row_kept(last_first):
    """The rows :class:`PageViews` keeps are packed numbers, not a tuple and an int object each (about 100
    bytes a row with the article's list of entities; a 10x copy of PD dev keeps some 170,000 rows): under
    80 bytes a row, the articles' lists of entities counted, in article order or last first."""
    import tracemalloc

    from kg.export.html import ArticleView, PageViews

    found = {f"e{j}": (1, [(f"句子{j}。", 300 + j, 302 + j)]) for j in range(20)}

    def held(n: int) -> int:
        views = [ArticleView(f"http://example.org/article/a{k:05d}", tuple(found), found) for k in range(n)]
        tracemalloc.start()
        try:
            kept = PageViews(10_000)
            for view in reversed(views) if last_first else views:
                kept.add(view)
            return tracemalloc.get_traced_memory()[0]
        finally:
            tracemalloc.stop()
            kept.close()

    small, large = held(100), held(400)
    assert (large - small) / (300 * len(found)) < 80, (small, large)  # bytes a row


def test_page_views_keep_sentences_in_a_file_each_once_an_article():
    """What a build gathers for the page holds where each sentence kept is, not its text (a 10x copy of PD
    dev kept 43 MB of sentences in memory); a sentence showing two entities is written once, and reads
    back as it was."""
    from kg.export.html import ArticleView, PageViews

    sentence = "市委书记李理和副市长王强出席。"
    views = PageViews(2)
    for article in ("a2", "a1"):
        found = {"e1": (1, [(sentence, 4, 6)]), "e2": (1, [(sentence, 10, 12)])}
        views.add(ArticleView(article, ("e1", "e2"), found))
    rows = [row for e in ("e1", "e2") for row in views.rows(e)]
    assert [(a, begin) for a, _i, _at, begin, _end in rows] == [("a1", 4), ("a2", 4), ("a1", 10), ("a2", 10)]
    assert all(isinstance(at, int) for _a, _i, at, _b, _e in rows)
    assert len({at for _a, _i, at, _b, _e in rows}) == 2  # one a sentence of an article
    assert {views.sentence(at) for _a, _i, at, _b, _e in rows} == {sentence}
    views.close()
