"""The Oxigraph store: one named graph per article, incremental builds, kg.open, bad stores."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

import kg
from kg.api import build_outputs
from kg.graph.vocab import KG, NIF, ORG, SCHEMA, XSD
from kg.incremental import BUILD_GRAPH
from kg.model import Article, ArticleResult, Document, Mention
from kg.store import (
    CONFIDENCE_GRAPH,
    VOCABULARY_GRAPH,
    StoreError,
    article_graph,
    article_quads,
    open_store,
    triple_count,
    write_results,
)

A = {"id": "a", "text": "市委书记李理主持召开市委常委会会议。副市长王强出席会议。", "date": "2025-06-13"}
B = {"id": "b", "text": "市委书记李理在鄂尔多斯市调研。", "date": "2025-06-14"}
B2 = {"id": "b", "text": "副市长王强在鄂尔多斯市调研。", "date": "2025-06-14"}
KG_CMD = [sys.executable, "-c", "from kg.cli import main; main()"]
C = {"id": "c", "text": "市长张华出席会议。", "date": "2025-06-15"}


def _jsonl(path: Path, *records: dict) -> Path:
    path.write_text("".join(json.dumps({**r, "place": "鄂尔多斯市"}, ensure_ascii=False) + "\n"
                            for r in records), encoding="utf-8")
    return path


def _build(tmp_path: Path, name: str, store: Path, *records: dict) -> str:
    inp = _jsonl(tmp_path / f"{name}.jsonl", *records)
    r = subprocess.run([*KG_CMD, "build", str(inp), "--out", str(tmp_path / name),
                        "--store", str(store)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    return r.stdout


def _quads(store: Path) -> set:
    s = ox.Store.read_only(str(store))
    return set(s.quads_for_pattern(None, None, None, None))


@pytest.fixture(scope="module")
def stores(tmp_path_factory):
    """A+B+C then A+B'+C into one store; A+B'+C fresh into another."""
    tmp = tmp_path_factory.mktemp("stores")
    inc, fresh = tmp / "inc", tmp / "fresh"
    first = _build(tmp, "abc", inc, A, B, C)
    before = _quads(inc)
    second = _build(tmp, "ab2c", inc, A, B2, C)
    _build(tmp, "fresh", fresh, A, B2, C)
    return {"inc": inc, "fresh": fresh, "before": before, "first": first, "second": second, "tmp": tmp}


def test_changed_article_gives_the_store_of_a_fresh_build_quad_for_quad(stores):
    inc, fresh = _quads(stores["inc"]), _quads(stores["fresh"])
    assert inc == fresh
    assert inc != stores["before"]
    assert "3 added" in stores["first"]
    assert "0 added, 1 replaced, 0 removed, 2 unchanged" in stores["second"]
    # the files exported from both stores are the same bytes too
    ttl = [(stores["tmp"] / name / "graph.ttl").read_bytes() for name in ("ab2c", "fresh")]
    assert ttl[0] == ttl[1]


def test_only_the_changed_articles_graph_differs(stores):
    by_graph: dict = {}
    for q in stores["before"]:
        by_graph.setdefault(q.graph_name, set()).add(q)
    after: dict = {}
    for q in _quads(stores["inc"]):
        after.setdefault(q.graph_name, set()).add(q)
    changed = {g for g in by_graph.keys() | after.keys() if by_graph.get(g) != after.get(g)}
    # B's graph, the confidences (李理's post was read in A and B, now only in A), the union and B's record
    assert changed == {article_graph("b#1"), CONFIDENCE_GRAPH, ox.DefaultGraph(), BUILD_GRAPH}


def _post_confidence(store: ox.Store) -> list[float]:
    q = (f'SELECT DISTINCT ?c WHERE {{ ?post <{ORG.member}> ?p ; <{KG.confidence}> ?c . '
         f'?p <{SCHEMA.name}> "李理"@zh }}')
    return [float(r["c"].value) for r in store.query(q)]


def test_shared_entities_survive_and_confidence_is_recombined(stores):
    before = ox.Store()
    before.extend(stores["before"])
    now = ox.Store.read_only(str(stores["inc"]))
    # 李理's post, read in A and in B, then in A only: it survives B's change, less sure
    (was,), (now_c,) = _post_confidence(before), _post_confidence(now)
    assert 0 < now_c < was
    g = kg.open(stores["inc"])
    q = 'SELECT ?c WHERE { ?post org:member ?p ; kg:confidence ?c . ?p schema:name "李理"@zh }'
    rows = list(g.query(q))
    assert [float(r[0]) for r in rows] == [now_c]


def _documents(*records: dict, place: str = "鄂尔多斯市") -> list[Document]:
    return [Document(id=r["id"], text=r["text"], date=r["date"], place=r.get("place", place))
            for r in records]


def test_a_rebuild_extracts_only_the_changed_article(tmp_path):
    store = tmp_path / "s"
    first, _ = build_outputs(_documents(A, B, C), out=None, store=store)
    assert sorted(first.extracted) == ["a", "b", "c"] and first.skipped == 0
    second, _ = build_outputs(_documents(A, B2, C), out=None, store=store)
    assert second.extracted == ["b"] and second.skipped == 2
    assert str(second) == ("0 added, 1 replaced, 0 removed, 2 unchanged article graphs; "
                           "2 unchanged documents not extracted again")
    again, _ = build_outputs(_documents(A, B2, C), out=None, store=store)
    assert again.extracted == [] and again.skipped == 3
    # another --place is another build: everything is extracted again
    other, _ = build_outputs(_documents(A, B2, C), out=None, store=store, place="包头市")
    assert sorted(other.extracted) == ["a", "b", "c"] and other.skipped == 0


D = {"id": "d", "text": "包头市委书记李理在包头市调研。", "date": "2025-06-16", "place": "包头市"}


def test_a_namesake_in_a_new_article_rewrites_the_unchanged_one_that_names_him(tmp_path):
    """A puts 李理 in 鄂尔多斯 and was built alone; D puts a 李理 in 包头: now two people, and A, unchanged,
    is extracted again so that its 李理 becomes 李理（鄂尔多斯市）. Then D goes, and A goes back."""
    import gc

    def quads(store: Path) -> set:
        gc.collect()  # the stores of build_outputs, closed
        return set(ox.Store.read_only(str(store)).quads_for_pattern(None, None, None, None))

    inc = tmp_path / "inc"
    build_outputs(_documents(A, C), out=None, store=inc)
    added, _ = build_outputs(_documents(A, C, D), out=None, store=inc)
    assert added.extracted == ["d", "a"] and added.skipped == 1
    build_outputs(_documents(A, C, D), out=None, store=tmp_path / "fresh")
    assert quads(inc) == quads(tmp_path / "fresh")
    people = {q.subject.value for q in quads(inc) if q.object == ox.NamedNode(str(SCHEMA.Person))}
    assert {p for p in people if "%E6%9D%8E%E7%90%86" in p} == {  # 李理（鄂尔多斯市）, 李理（包头市）
        kg.link.entity_iri("PER", "李理（鄂尔多斯市）"), kg.link.entity_iri("PER", "李理（包头市）")}
    removed, _ = build_outputs(_documents(A, C), out=None, store=inc)
    assert removed.extracted == ["a"] and removed.skipped == 1
    build_outputs(_documents(A, C), out=None, store=tmp_path / "fresh2")
    assert quads(inc) == quads(tmp_path / "fresh2")


def test_deleted_article_loses_its_graph_and_nothing_else(stores, tmp_path):
    store = tmp_path / "s"
    _build(tmp_path, "abc", store, A, B, C)
    out = _build(tmp_path, "ab", store, A, B)
    assert "0 added, 0 replaced, 1 removed, 2 unchanged" in out
    fresh = tmp_path / "f"
    _build(tmp_path, "fab", fresh, A, B)
    assert _quads(store) == _quads(fresh)


def test_article_quads_are_a_function_of_the_article_alone():
    doc = Document("d", "市委书记李理主持会议。")
    r = ArticleResult(doc, Article("d", 0, 0, len(doc.text)), [Mention(4, 6, "PER", "李理")])
    other = ArticleResult(Document("e", "王强讲话。"), Article("e", 0, 0, 5), [Mention(0, 2, "PER", "王强")])
    alone = article_quads(r)
    article_quads(other)
    assert article_quads(r) == alone
    assert {q.graph_name for q in alone} == {article_graph(r.article.id)}
    # written in any order, two stores hold the same quads
    s1, s2 = ox.Store(), ox.Store()
    write_results(s1, [r, other])
    write_results(s2, [other, r])
    assert set(s1) == set(s2)
    assert any(q.graph_name == VOCABULARY_GRAPH for q in s1)


def test_an_article_part_is_its_graph_and_its_union():
    """What the write pass and the Dask workers send: each quad of the article graph and its triple in
    the default graph, as N-Quads (non-ASCII text and escapes kept)."""
    from kg.graph.build import GraphBuilder
    from kg.store import article_part

    doc = Document("d", '市委书记李理主持会议。"引号"\\ 反斜杠\n下一行')
    r = ArticleResult(doc, Article("d", 0, 0, len(doc.text)), [Mention(4, 6, "PER", "李理", rule="r\"1")])
    part = article_part([r], GraphBuilder())
    loaded = ox.Store()
    loaded.bulk_load(part.nquads, ox.RdfFormat.N_QUADS)
    quads = article_quads(r)
    assert set(loaded) == set(quads) | {ox.Quad(q.subject, q.predicate, q.object) for q in quads}
    assert part.quads == 2 * len(quads) and part.graphs == [article_graph(r.article.id).value]


def test_shards_with_or_without_their_union_load_into_the_built_store(stores, tmp_path):
    """Files go through Oxigraph's bulk loader as they are; kg's shards hold each graph's triples in the
    default graph too, files of named graphs only get the union made: a mix of both gives the built
    store, quad for quad (build records aside)."""
    from kg.store import article_graphs, load_nquads

    built = ox.Store.read_only(str(stores["fresh"]))
    graphs = sorted(article_graphs(built), key=lambda g: g.value)
    with_union = [q for g in graphs[:1] for q in built.quads_for_pattern(None, None, None, g)]
    with_union += [ox.Quad(q.subject, q.predicate, q.object) for q in with_union]
    named_only = [q for g in graphs[1:] for q in built.quads_for_pattern(None, None, None, g)]
    paths = [tmp_path / "part-0.nq", tmp_path / "part-1.nq"]
    for path, quads in zip(paths, (with_union, named_only), strict=True):
        ox.serialize(quads, str(path), format=ox.RdfFormat.N_QUADS)
    expected = {q for q in built if q.graph_name != BUILD_GRAPH}
    for files in (paths, paths[:1]):
        loaded = ox.Store()
        load_nquads(loaded, files)
        whole = files == paths
        assert (set(loaded) == expected) is whole
        assert whole or {q for q in loaded if q.graph_name == VOCABULARY_GRAPH} == {
            q for q in expected if q.graph_name == VOCABULARY_GRAPH}


def test_rdflib_view_keeps_offsets_nonnegative_integers():
    g = kg.build(["市委书记李理主持会议。"], date="2025-06-13", place="鄂尔多斯市")
    offsets = set(g.objects(None, NIF.beginIndex))
    assert offsets and {o.datatype for o in offsets} == {XSD.nonNegativeInteger}
    assert len(g) == len(set(g))  # each triple once, however many graphs hold it
    names = {str(r[0]) for r in g.query("SELECT ?n WHERE { ?p a schema:Person ; schema:name ?n }")}
    assert names == {"李理"}


def test_not_a_store_missing_store_and_file(tmp_path):
    (tmp_path / "junk").mkdir()
    (tmp_path / "junk" / "notes.txt").write_text("x")
    with pytest.raises(StoreError, match="not a store"):
        open_store(tmp_path / "junk")
    with pytest.raises(StoreError, match="no store here"):
        open_store(tmp_path / "missing")
    (tmp_path / "file").write_text("x")
    with pytest.raises(StoreError, match="not a store"):
        open_store(tmp_path / "file")
    assert (tmp_path / "junk" / "notes.txt").read_text() == "x"  # untouched


def test_store_held_by_another_process(tmp_path):
    store = tmp_path / "s"
    ox.Store(str(store)).flush()
    hold = "import sys, pyoxigraph as ox; s = ox.Store(sys.argv[1]); print('ready', flush=True); input()"
    holder = subprocess.Popen([sys.executable, "-c", hold, str(store)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        inp = _jsonl(tmp_path / "a.jsonl", A)
        r = subprocess.run([*KG_CMD, "build", str(inp), "--out", str(tmp_path / "o"),
                            "--store", str(store)], capture_output=True, text=True)
        assert r.returncode == 1
        assert r.stderr.strip() == (f"kg: {store}: the store is in use by another process "
                                    "(a build, load or server)")
        assert not (tmp_path / "o" / "graph.ttl").exists()
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)


@pytest.mark.parametrize("damage", ["current", "manifest", "tables"])
def test_a_broken_store_is_one_line_for_every_command_and_nothing_is_written(tmp_path, damage):
    store = tmp_path / "o" / "store"
    _build(tmp_path, "o", store, A)
    if damage == "current":
        (store / "CURRENT").write_text("garbage\n")
    for f in store.glob("MANIFEST-*" if damage == "manifest" else "*.sst"):
        f.write_bytes(f.read_bytes()[:50]) if damage == "manifest" else f.unlink()
    ttl = (tmp_path / "o" / "graph.ttl").read_bytes()
    inp = _jsonl(tmp_path / "c.jsonl", C)
    for args in (["build", str(inp), "--out", str(tmp_path / "o")],
                 ["query", "people-posts", "--store", str(store)],
                 ["export", "--format", "nt", "--store", str(store), "--out", str(tmp_path / "x.nt")],
                 ["serve", "--store", str(store), "--port", "1"]):
        r = subprocess.run([*KG_CMD, *args], capture_output=True, text=True, timeout=60)
        assert r.returncode == 1, (args, r.stderr)
        assert r.stderr.startswith(f"kg: {store}: the store is broken ("), (args, r.stderr)
        assert r.stderr.count("\n") == 1 and "Traceback" not in r.stderr, r.stderr
    assert (tmp_path / "o" / "graph.ttl").read_bytes() == ttl and not (tmp_path / "x.nt").exists()


def test_build_into_a_folder_of_other_files_fails_before_work(tmp_path):
    junk = tmp_path / "junk"
    junk.mkdir()
    (junk / "keep.txt").write_text("x")
    inp = _jsonl(tmp_path / "a.jsonl", A)
    r = subprocess.run([*KG_CMD, "build", str(inp), "--out", str(tmp_path / "o"),
                        "--store", str(junk)], capture_output=True, text=True)
    assert r.returncode == 1 and len(r.stderr.splitlines()) == 1 and "not a store" in r.stderr
    assert sorted(p.name for p in junk.iterdir()) == ["keep.txt"]


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("seedstore")
    r = subprocess.run([*KG_CMD, "build", str(Path(__file__).resolve().parent.parent / "seeds"),
                        "--out", str(tmp / "out")], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    return tmp / "out"


def test_store_query_gives_the_rows_of_the_turtle_file(seed_store):
    from kg.query import format_result, run_query, run_store_query

    for name in ("people-posts", "co-mentions", "events-by-date"):
        on_store = format_result(run_store_query(name, seed_store / "store"), "tsv")
        on_file = format_result(run_query(name, seed_store / "graph.ttl"), "tsv")
        assert on_store.splitlines()[1:], name
        assert sorted(on_store.splitlines()) == sorted(on_file.splitlines()), name


@pytest.mark.parametrize("fmt", ["table", "csv", "tsv", "json"])
def test_kg_query_on_a_store_prints_what_the_file_query_prints(seed_store, fmt):
    """The store's answer is written by Oxigraph's result writers (kg's table for ``table``): the same
    rows as rdflib's answer over graph.ttl, in each format."""
    import csv
    import io

    def rows(where: list[str]) -> list:
        r = subprocess.run([*KG_CMD, "query", "people-posts", "--format", fmt, *where],
                           capture_output=True, text=True)
        assert r.returncode == 0, r.stderr
        if fmt == "csv":
            return sorted(map(tuple, csv.reader(io.StringIO(r.stdout))))
        if fmt == "json":
            doc = json.loads(r.stdout)
            return sorted(json.dumps(b, sort_keys=True) for b in doc["results"]["bindings"])
        if fmt == "tsv":  # terms in N-Triples syntax: compare the values
            return sorted(tuple(cell.split('"')[1] if '"' in cell else cell for cell in line.split("\t"))
                          for line in r.stdout.splitlines())
        return sorted(r.stdout.splitlines())

    on_store = rows(["--store", str(seed_store / "store")])
    assert len(on_store) > 3
    assert on_store == rows(["--graph", str(seed_store / "graph.ttl")])


def test_kg_query_on_a_store_starts_without_rdflib_jieba_or_networkx(seed_store):
    store = str(seed_store / "store")
    code = ("import sys\nfrom kg.cli import cli\n"
            f"cli.main(['query', 'people-posts', '--store', {store!r}], standalone_mode=False)\n"
            "print(sorted(m for m in ('rdflib', 'jieba', 'rjieba', 'networkx') if m in sys.modules),"
            " file=sys.stderr)")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.returncode == 0 and "李理" in r.stdout
    assert r.stderr.strip() == "[]"


def test_runaway_query_is_stopped_by_the_time_limit(seed_store):
    import time

    # three unconstrained patterns: (5k triples)^3 rows, minutes of work
    q = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    t0 = time.perf_counter()
    r = subprocess.run([*KG_CMD, "query", q, "--store", str(seed_store / "store"), "--timeout", "2"],
                       capture_output=True, text=True, timeout=60)
    assert time.perf_counter() - t0 < 20
    assert r.returncode == 1 and r.stdout == ""
    assert r.stderr.strip() == ("kg: <query>: query stopped after 2 s (--timeout); it may need a LIMIT or "
                                "a more selective pattern")


def test_store_query_errors_are_one_line(seed_store, tmp_path):
    from kg.errors import QueryError
    from kg.query import run_store_query

    with pytest.raises(QueryError, match="SPARQL syntax error"):
        run_store_query("SELECT ?x WHERE { ?x ", seed_store / "store")
    with pytest.raises(StoreError, match="no store here"):
        run_store_query("people-posts", tmp_path / "none")


@pytest.fixture(scope="module")
def exported(seed_store, tmp_path_factory) -> dict:
    out = tmp_path_factory.mktemp("exports")
    files = {}
    for fmt in ("turtle", "nt", "nquads", "trig", "jsonld", "graphml", "gexf", "csv"):
        target = out / (fmt if fmt == "csv" else f"graph.{fmt}")
        r = subprocess.run([*KG_CMD, "export", "--format", fmt, "--store", str(seed_store / "store"),
                            "--out", str(target)], capture_output=True, text=True)
        assert r.returncode == 0, r.stderr
        files[fmt] = target
    store = ox.Store.read_only(str(seed_store / "store"))
    files["triples"] = len(list(store.quads_for_pattern(None, None, None, ox.DefaultGraph())))
    files["graphs"] = {g.value for g in store.named_graphs() if g != BUILD_GRAPH}
    return files


@pytest.mark.parametrize("fmt, parser", [("turtle", "oxigraph"), ("nt", "rdflib"), ("jsonld", "oxigraph")])
def test_rdf_exports_read_back_by_another_parser(exported, fmt, parser):
    from rdflib import Graph

    path = exported[fmt]
    if parser == "oxigraph":
        rdf_format = ox.RdfFormat.TURTLE if fmt == "turtle" else ox.RdfFormat.JSON_LD
        triples = set(ox.parse(path=str(path), format=rdf_format))
        offsets = {t.object.datatype.value for t in triples if t.predicate.value == str(NIF.beginIndex)}
    else:
        g = Graph().parse(path, format=fmt)
        triples = set(g)
        offsets = {str(o.datatype) for o in g.objects(None, NIF.beginIndex)}
    assert len(triples) == exported["triples"]
    assert offsets == {str(XSD.nonNegativeInteger)}


@pytest.mark.parametrize("fmt", ["nquads", "trig"])
def test_dataset_exports_keep_the_article_graphs(exported, fmt):
    from rdflib import Dataset

    ds = Dataset().parse(exported[fmt], format=fmt)
    names = {str(g.identifier) for g in ds.graphs() if len(g)}
    assert names == exported["graphs"]
    assert any("/article/" in n for n in names)


def test_jsonld_has_a_compact_context(exported):
    doc = json.loads(exported["jsonld"].read_text(encoding="utf-8"))
    assert doc["@context"]["schema"] == "https://schema.org/"
    assert "schema:name" in exported["jsonld"].read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_network_exports_read_by_networkx(exported, fmt):
    import networkx as nx

    net = (nx.read_graphml if fmt == "graphml" else nx.read_gexf)(exported[fmt])
    labels = {d.get("label") for _, d in net.nodes(data=True)}
    assert "李理" in labels
    assert all(n.startswith("https://") for n in net.nodes)  # entities, never a node per literal
    assert any("chair" in str(d.get("label", "")) for *_, d in net.edges(data=True))


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_network_exports_of_characters_xml_has_none_for_are_read(fmt, tmp_path):
    # a scraped record's headline and publisher may hold C0 controls or U+FFFE (RDF keeps them, escaped):
    # they went into the XML as they were, and no XML parser read the file
    import xml.etree.ElementTree as ET

    import networkx as nx

    news = _jsonl(tmp_path / "news.jsonl", {
        "id": "a\x0b1", "title": "标题\x1b[31m红\x0b色\ufffe", "publisher": "日报\x01社",
        "date": "2025-06-01", "text": "6月1日，市委书记李理主持会议。\x0b市长王强出席会议。\uffff"})
    out, target = tmp_path / "out", tmp_path / f"graph.{fmt}"
    for args in (["build", news, "--out", out],
                 ["export", "--format", fmt, "--store", out / "store", "--out", target]):
        r = subprocess.run([*KG_CMD, *map(str, args)], capture_output=True, text=True)
        assert r.returncode == 0, r.stderr
    ET.parse(target)
    net = (nx.read_graphml if fmt == "graphml" else nx.read_gexf)(target)
    labels = {d.get("label") for _, d in net.nodes(data=True)}
    assert {"李理", "王强", "标题\ufffd[31m红\ufffd色\ufffd"} <= labels


def test_csv_export_is_a_nodes_and_an_edges_table(exported):
    import csv

    with open(exported["csv"] / "nodes.csv", encoding="utf-8") as f:
        nodes = list(csv.DictReader(f))
    with open(exported["csv"] / "edges.csv", encoding="utf-8") as f:
        edges = list(csv.DictReader(f))
    ids = {n["id"] for n in nodes}
    assert nodes and edges and all(e["source"] in ids and e["target"] in ids for e in edges)


def test_stats_counts_and_central_entities(seed_store):
    r = subprocess.run([*KG_CMD, "stats", "--store", str(seed_store / "store"), "--top", "3"],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert "NewsArticle 11" in lines[0] and "Person" in lines[0]
    assert lines[2].startswith("most connected: 鄂尔多斯市")
    assert lines[3].startswith("most central")


def test_every_term_of_ours_is_labelled_and_explained_in_chinese_and_english():
    from kg.graph.vocab import TERMS
    from kg.store import vocabulary_quads

    by_term: dict = {}
    for q in vocabulary_quads():
        if q.predicate.value.endswith(("#label", "#comment")) and isinstance(q.object, ox.Literal):
            kind = q.predicate.value.rsplit("#", 1)[1]
            by_term.setdefault(q.subject.value, set()).add((kind, q.object.language))
    for term in TERMS:
        assert by_term[str(term)] == {("label", "en"), ("label", "zh"), ("comment", "en"), ("comment", "zh")}


@pytest.mark.parametrize("case", ["odd offsets", "one integer each"])
def test_the_turtle_of_a_store_types_the_offsets_whatever_the_text(case):
    """graph.ttl is Oxigraph's own dump with each offset line typed again on its way out: the same bytes as
    serializing every triple retyped (kg.store.typed), even for texts that look like Turtle lines,
    offsets in a list, an offset that is no integer, a negative one; and when every offset is one integer
    (the common line, typed by a template)."""
    import io

    from kg.graph.vocab import PREFIXES
    from kg.store import typed, write_turtle

    store = ox.Store()
    x, y = ox.NamedNode("urn:x"), ox.NamedNode("urn:y")
    begin, end, anchor = (ox.NamedNode(str(NIF[t])) for t in ("beginIndex", "endIndex", "anchorOf"))
    integer = ox.NamedNode(str(XSD.integer))
    quads = [ox.Quad(x, begin, ox.Literal("0", datatype=integer)),
             ox.Quad(x, end, ox.Literal("12", datatype=integer)),
             ox.Quad(y, end, ox.Literal("345", datatype=integer))]
    if case == "odd offsets":
        quads = [ox.Quad(x, begin, ox.Literal("5", datatype=integer)), ox.Quad(x, begin, ox.Literal("17")),
                 ox.Quad(x, begin, ox.Literal("7", datatype=integer)), ox.Quad(x, end, ox.Literal("x")),
                 ox.Quad(x, end, ox.Literal('9 , 5 , "6" ;\n\t8')),
                 ox.Quad(y, anchor, ox.Literal('李理\n\tnif:beginIndex 5 ;\n<urn:y> nif:endIndex 6 .')),
                 ox.Quad(y, end, ox.Literal("-3", datatype=integer))]
    for q in quads:
        store.add(q)
    expected = io.BytesIO()
    ox.serialize((ox.Triple(q.subject, q.predicate, typed(q.predicate, q.object))
                  for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())),
                 expected, ox.RdfFormat.TURTLE, prefixes=PREFIXES)
    written = io.BytesIO()
    write_turtle(store, written)
    assert written.getvalue() == expected.getvalue()
    assert written.getvalue().count(b"^^xsd:nonNegativeInteger") == 3


def test_an_incremental_build_writes_the_files_of_a_fresh_build(stores):
    """The page of an incremental build takes what it shows of the articles written from the write pass
    and reads the unchanged ones back from the store: the same bytes as a fresh build's page."""
    for name in ("graph.ttl", "graph.html"):
        assert (stores["tmp"] / "ab2c" / name).read_bytes() == (stores["tmp"] / "fresh" / name).read_bytes()


def test_the_write_pass_holds_as_much_for_ten_times_the_articles(monkeypatch):
    """What the write pass holds in Python once every part is loaded (the readings kept for the
    confidences, past a limit in files) does not grow with the number of articles but for the
    list of graphs written (the build's report, ~100 bytes an article): the same articles under 400 ids
    instead of 40 (each with facts of its own, its undated meetings; without the files ~400 bytes an
    article). A cheap stand-in for the 10x
    benchmark's resident memory (Oxigraph's own memory is not traced)."""
    import dataclasses
    import tracemalloc

    import kg.store
    from kg.graph.build import GraphBuilder
    from kg.pipeline import process_document
    from kg.store import article_part, load_articles

    monkeypatch.setattr(kg.store, "BULK_QUADS", 2_000)
    monkeypatch.setattr(kg.store, "CONFIDENCES_HELD", 1_000)
    results = [r for d in _documents(A, C) for r in process_document(d)]
    builder = GraphBuilder()
    held: list[int] = []
    combine = kg.store.Confidences.quads

    def quads(self):  # every part loaded: what the write pass holds
        held.append(tracemalloc.get_traced_memory()[0])
        return combine(self)

    monkeypatch.setattr(kg.store.Confidences, "quads", quads)

    def parts(n: int):
        for i in range(n):
            yield article_part([dataclasses.replace(r, article=dataclasses.replace(r.article, doc_id=f"{i}"))
                                for r in results], builder)

    def holds(n: int) -> int:
        tracemalloc.start()
        try:
            load_articles(ox.Store(), parts(n))
        finally:
            tracemalloc.stop()
        return held[-1]

    holds(20)  # caches warm
    small, large = holds(40), holds(400)
    assert (large - small) / (360 * len(results)) < 250, (small, large)  # bytes an article


def test_confidences_moved_to_files_are_those_held_in_memory(monkeypatch):
    """Readings past kg.store.CONFIDENCES_HELD go to sorted files, merged at the end: the same confidence
    graph, in the same order, as with every reading held (a fact read in several files, readings of one
    reading's rules at their best, values multiplied in order)."""
    import random

    import kg.store
    from kg.store import Confidences

    rng = random.Random(7)
    articles = [{(f"urn:fact/{rng.randrange(40)}", f"urn:from/{a}/{rng.randrange(5)}/r{rng.randrange(3)}"):
                 rng.choice([0.5, 0.7, 0.9, 0.95, 0.333]) for _ in range(6)} for a in range(300)]

    def graph(held: int) -> list:
        monkeypatch.setattr(kg.store, "CONFIDENCES_HELD", held)
        confidences = Confidences()
        for readings in articles:
            confidences.add(readings)
        assert bool(confidences._runs) == (held < len(articles))  # moved to files, or all held
        return list(confidences.quads())

    whole = graph(1_000_000)
    assert len(whole) == 40 and [q.subject.value for q in whole] == sorted(q.subject.value for q in whole)
    assert graph(7) == whole


def test_many_small_loads_two_at_a_time_make_the_store_of_one_load(tmp_path, monkeypatch):
    """The write pass loads its parts in several bulk loads, two running at once (``kg.store.LOADS``), those
    past ``LOADED_WHILE_MADE`` once all parts are made: the store is the same as when everything goes in
    one load, and a load that fails is waited for and said."""
    import kg.store
    from kg.graph.build import GraphBuilder
    from kg.pipeline import process_document
    from kg.store import article_part, load_articles

    results = [r for d in _documents(A, B, C) for r in process_document(d)]
    one, many = ox.Store(str(tmp_path / "one")), ox.Store(str(tmp_path / "many"))
    load_articles(one, [article_part(results, GraphBuilder())])
    monkeypatch.setattr(kg.store, "BULK_QUADS", 10)
    parts = [article_part([r], GraphBuilder()) for r in results]
    assert sum(p.quads for p in parts) > 10 * (kg.store.LOADS + 1)  # more loads than run at once
    load_articles(many, parts)
    assert set(one) == set(many)
    monkeypatch.setattr(kg.store, "LARGE_STORE_QUADS", 40)  # smaller loads once the store is large
    monkeypatch.setattr(kg.store, "LARGE_STORE_BULK_QUADS", 3)
    shrunk = ox.Store(str(tmp_path / "shrunk"))
    load_articles(shrunk, parts)
    assert set(shrunk) == set(one)
    monkeypatch.setattr(kg.store, "LOADED_WHILE_MADE", 30)  # the loads past 30 quads wait for the last part
    held = ox.Store(str(tmp_path / "held"))
    load_articles(held, parts)
    assert set(held) == set(one)
    broken = [*parts[:2], kg.store.ArticlesPart(b"<not N-Quads", 20, {}, []), *parts[2:]]
    with pytest.raises(SyntaxError):
        load_articles(ox.Store(str(tmp_path / "broken")), broken)


def test_the_loads_that_waited_run_one_at_a_time(tmp_path, monkeypatch):
    """Loads past ``LOADED_WHILE_MADE`` wait for the last part, then run back to back one at a time, not
    two (``LOADS``): on a large store two loads at once raised the build's peak; the same
    store."""
    import threading
    import time

    import kg.store
    from kg.graph.build import GraphBuilder
    from kg.pipeline import process_document
    from kg.store import article_part, load_articles

    class Counted:
        """A store whose bulk loads are slowed and counted as they overlap."""

        def __init__(self, store: ox.Store) -> None:
            self.store, self.running, self.most, self.lock = store, 0, 0, threading.Lock()

        def bulk_load(self, *args, **options) -> None:
            with self.lock:
                self.running += 1
                self.most = max(self.most, self.running)
            try:
                time.sleep(0.05)  # long enough for a second load to start beside it, were it allowed
                self.store.bulk_load(*args, **options)
            finally:
                with self.lock:
                    self.running -= 1

        def __getattr__(self, name: str):
            return getattr(self.store, name)

    results = [r for d in _documents(A, B, C) for r in process_document(d)]
    parts = [article_part([r], GraphBuilder()) for r in results]
    one = ox.Store(str(tmp_path / "one"))
    load_articles(one, [article_part(results, GraphBuilder())])
    monkeypatch.setattr(kg.store, "BULK_QUADS", 10)
    beside = Counted(ox.Store(str(tmp_path / "beside")))
    load_articles(beside, parts)
    assert beside.most == kg.store.LOADS == 2
    monkeypatch.setattr(kg.store, "LOADED_WHILE_MADE", 0)  # every load waits for the last part
    waited = Counted(ox.Store(str(tmp_path / "waited")))
    load_articles(waited, parts)
    assert waited.most == 1
    assert set(waited.store) == set(beside.store) == set(one)


@pytest.mark.parametrize("together, reopened", [(0, 2), (5_000, 1)])
def test_a_new_store_is_opened_again_before_it_is_read(tmp_path, monkeypatch, together, reopened):
    """A build closes the new store it loaded and opens it again before it exports it (what the loads left
    in memory goes back to the system; the union is counted after the exports), and again between the page
    and the Turtle when they are made one after the other (a store of more than ``EXPORTS_TOGETHER``
    articles; a smaller one's Turtle is dumped while the page is made): each time with the handle before it
    closed (RocksDB would refuse a second one); the files and counts come from the store opened again."""
    import kg.api
    import kg.store

    monkeypatch.setattr(kg.api, "EXPORTS_TOGETHER", together)

    opened: list[Path] = []
    real = kg.store.reopen_new

    def spy(tmp: Path) -> ox.Store:
        store = real(tmp)  # raises if the loading handle were still open
        opened.append(tmp)
        return store

    monkeypatch.setattr(kg.store, "reopen_new", spy)
    changes, triples = build_outputs(_documents(A, C), out=tmp_path / "out", store=tmp_path / "store")
    assert len(opened) == reopened and not opened[0].exists()  # the folder put in place since
    assert triples > 0 and changes.added
    assert (tmp_path / "out" / "graph.ttl").stat().st_size > 0
    assert triples == triple_count(open_store(tmp_path / "store", read_only=True))


@pytest.mark.parametrize(("environment", "expected"), [
    ({}, [(-3, 1 << 20)]),  # M_MMAP_THRESHOLD: blocks of a megabyte mapped on their own
    ({"MALLOC_ARENA_MAX": "4"}, [(-3, 1 << 20)]),  # the arenas are glibc's either way
    ({"MALLOC_MMAP_THRESHOLD_": "65536"}, []),  # what the environment says is left to glibc
])
def test_a_process_that_bulk_loads_sets_glibc_malloc_once(monkeypatch, environment, expected):
    """Blocks of a megabyte mapped on their own (the loads' peak of a 10x copy of PD dev), set once per
    process, never the number of arenas (two made the loader's threads wait on each other); a threshold
    the environment gives is left to glibc."""
    import ctypes
    import sys

    import kg.store

    calls: list[tuple[int, int]] = []

    class Libc:
        def mallopt(self, param: int, value: int) -> int:
            calls.append((param, value))
            return 1

    monkeypatch.setattr(ctypes, "CDLL", lambda _name: Libc())
    monkeypatch.setattr(sys, "platform", "linux")
    for variable in ("MALLOC_ARENA_MAX", "MALLOC_MMAP_THRESHOLD_"):
        monkeypatch.delenv(variable, raising=False)
    for variable, value in environment.items():
        monkeypatch.setenv(variable, value)
    kg.store.steady_malloc.cache_clear()
    try:
        kg.store.steady_malloc()
        kg.store.steady_malloc()
    finally:
        kg.store.steady_malloc.cache_clear()
    assert calls == expected
