"""Turtle and HTML output (kg.export): encoding, determinism, atomic writes, an offline page."""
from __future__ import annotations

import json
import re
from pathlib import Path

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


def _vis_data(page: str, what: str) -> list[dict]:
    """The nodes or edges handed to vis.DataSet in the page."""
    m = re.search(rf"{what} = new vis\.DataSet\((\[.*?\])\);", page, re.S)
    assert m, what
    return json.loads(m.group(1))


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

def test_page_loads_nothing_remote(page: str):
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page, re.I)
    assert "cdn.jsdelivr" not in page and "cdnjs" not in page
    assert "vis.Network" in page and "new vis.DataSet" in page  # the library is inline


def test_page_draws_entities_events_posts_articles_not_mentions(page: str):
    nodes = _vis_data(page, "nodes")
    labels = {n["label"] for n in nodes}
    assert {"李理", "于海宇", "东胜区", "市委书记"} <= labels  # Chinese labels, as UTF-8
    assert any(lab.startswith("市委常委会会议") for lab in labels)
    assert not any("#char=" in n["id"] for n in nodes)  # no NIF strings or contexts
    assert all(n.get("title") for n in nodes)  # tooltips


def test_page_colours_nodes_by_type_with_a_legend(page: str):
    nodes = _vis_data(page, "nodes")
    colour = {n["label"]: n["color"] for n in nodes}
    assert colour["李理"] == colour["于海宇"] != colour["东胜区"]
    for name in ("人物 Person", "机构 Organization", "地点 Place", "事件 Event", "职务 Post", "文章 Article"):
        assert name in page


def test_page_edges_join_drawn_nodes(page: str):
    ids = {n["id"] for n in _vis_data(page, "nodes")}
    edges = _vis_data(page, "edges")
    assert edges and all(e["from"] in ids and e["to"] in ids for e in edges)
    assert any(e["title"].startswith("主持") for e in edges)


def test_page_layout_is_seeded_and_physics_stops(page: str):
    assert '"randomSeed": 20250613' in page
    assert "stabilizationIterationsDone" in page and "physics: false" in page


def test_page_has_a_find_box(page: str):
    assert 'id="kg-find"' in page and 'getElementById("kg-find")' in page


def test_page_is_deterministic(graph: Graph):
    assert html_page(graph) == html_page(build_graph(sample_results()))


def test_large_graphs_draw_only_the_best_connected_nodes(graph: Graph):
    page = html_page(graph, max_nodes=10)
    assert len(_vis_data(page, "nodes")) == 10
    assert "只画连接最多的 10 个" in page
