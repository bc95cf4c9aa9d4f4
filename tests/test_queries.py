"""Every query in queries/ says what it answers and returns rows (seed graph, hand-made records)."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph
from test_graph import sample_results

from kg.graph import build_graph
from kg.query import format_result, load_graph, run_query

ROOT = Path(__file__).resolve().parent.parent
QUERIES = sorted((ROOT / "queries").glob("*.rq"))
OUTPUT = ROOT / "output" / "graph.ttl"


@pytest.fixture(scope="module")
def sample() -> Graph:
    return build_graph(sample_results())


@pytest.fixture(scope="module")
def seed_graph(tmp_path_factory) -> Graph:
    """output/graph.ttl as the lead builds it from seeds/ (built here when absent)."""
    if OUTPUT.is_file():
        return load_graph(OUTPUT)
    import kg
    from kg.export import write_turtle

    path = tmp_path_factory.mktemp("output") / "graph.ttl"
    write_turtle(kg.build([ROOT / "seeds"]), path)
    return load_graph(path)


def test_there_are_the_queries_the_issues_ask_for():
    names = {q.stem for q in QUERIES}
    assert len(names) >= 8
    assert {"people-posts", "event-participants", "events-by-date", "orgs-by-place", "article-reporters",
            "co-mentions", "fact-provenance", "place-hierarchy", "chairs-june-2025", "posts-of-yu-haiyu",
            "facts-posts", "facts-events", "facts-located-in", "facts-part-of"} <= names


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.stem)
def test_query_opens_with_comment_lines(path: Path):
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# ") and lines[1].startswith("# "), "say what the query answers"


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.stem)
def test_query_returns_rows_on_hand_made_records(sample: Graph, path: Path):
    rows = list(run_query(str(path), sample))
    assert rows, f"{path.name}: no rows"
    assert format_result(run_query(str(path), sample), "table").count("\n") == len(rows) + 3


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.stem)
def test_query_returns_rows_on_the_seed_graph(seed_graph: Graph, path: Path):
    assert list(run_query(str(path), seed_graph)), f"{path.name}: no rows on the seed's graph"


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.stem)
def test_another_engine_agrees(sample: Graph, path: Path):
    """pyoxigraph (Rust, not rdflib) gives the same number of rows on the same Turtle."""
    import pyoxigraph

    from kg.export import turtle_bytes

    store = pyoxigraph.Store()
    store.load(turtle_bytes(sample), format=pyoxigraph.RdfFormat.TURTLE)
    theirs = list(store.query(path.read_text(encoding="utf-8")))
    assert len(theirs) == len(list(run_query(str(path), sample)))
