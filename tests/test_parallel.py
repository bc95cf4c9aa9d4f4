"""The same input gives the same bytes whatever the number of processes."""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli


@pytest.fixture
def pool_always(monkeypatch):
    monkeypatch.setattr("kg.api.PARALLEL_FROM_CHARS", 0)  # a pool even for this small input


def test_build_writes_the_same_bytes_on_one_and_two_processes(seed_paragraphs: Path, tmp_path: Path,
                                                               pool_always):
    """Both passes (extraction, then the article graphs) on the pool: the same store and files."""
    import pyoxigraph as ox

    outs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"j{jobs}"
        r = CliRunner().invoke(cli, ["build", str(seed_paragraphs), "--out", str(out), "--jobs", jobs])
        assert r.exit_code == 0, r.output
        outs.append(out)
    one, two = ((o / "graph.ttl").read_bytes() for o in outs)
    assert one == two and b"NewsArticle" in one
    assert (outs[0] / "graph.html").read_bytes() == (outs[1] / "graph.html").read_bytes()
    one, two = ({str(q) for q in ox.Store.read_only(str(o / "store"))} for o in outs)
    assert one == two and len(one) > 10_000


def test_extract_keeps_input_order_on_two_processes(seed_paragraphs: Path, pool_always):
    r = CliRunner().invoke(cli, ["extract", str(seed_paragraphs), "--jobs", "2"])
    assert r.exit_code == 0, r.output
    ids = [json.loads(line)["id"] for line in r.output.splitlines()]
    lines = seed_paragraphs.read_text(encoding="utf-8").splitlines()
    assert ids == [json.loads(line)["id"] for line in lines]


def test_extract_prints_the_same_bytes_on_one_and_two_processes(seed_paragraphs: Path, pool_always):
    """On two processes the workers make the records: the lines are those of one process."""
    one, two = (CliRunner().invoke(cli, ["extract", str(seed_paragraphs), "--jobs", jobs]) for jobs in "12")
    assert one.exit_code == two.exit_code == 0, one.output + two.output
    assert one.output == two.output and '"entity"' in one.output


def test_workers_take_the_garbage_collector_thresholds_of_their_parent():
    import gc

    from kg.api import _pool

    before = gc.get_threshold()
    gc.set_threshold(12_345, 11, 12)
    try:
        with _pool(1, ()) as workers:
            assert workers.submit(gc.get_threshold).result() == (12_345, 11, 12)
    finally:
        gc.set_threshold(*before)


@pytest.mark.skipif(sys.platform != "linux", reason="workers are forked on Linux only")
def test_workers_are_forked_only_from_a_process_running_one_thread():
    import threading

    from kg.api import _workers_context

    alone = len(os.listdir("/proc/self/task")) == 1
    assert (_workers_context().get_start_method() == "fork") == alone
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert _workers_context().get_start_method() == "forkserver"
    finally:
        stop.set()
        other.join()


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_build_mends_the_articles_of_a_name_told_apart(tmp_path: Path, monkeypatch, pool_always, jobs: str):
    """A new store is loaded as the documents are extracted (on the workers with two jobs), never a second
    pass over them all. When a name turns out to hold posts in two cities (known only once both are
    read), the graphs of the articles that name it are written again, re-keyed: the same store, Turtle and
    page as a load of the re-keyed results, whatever the jobs. Enough articles name him for the page to
    keep only some of his sentences (those of the articles that keep him unqualified come back)."""
    import io

    import pyoxigraph as ox

    import kg.api
    from kg.export.html import SENTENCES_PER_ENTITY, PageViews, page_writer
    from kg.incremental import BUILD_GRAPH
    from kg.link import disambiguate_people
    from kg.store import write_results, write_turtle

    lines = (["鄂尔多斯市市长李理出席会议。李理说"] * SENTENCES_PER_ENTITY + ["包头市市长李理主持会议。"] * 3
             + ["李理来了。李理说好。"] * 4)
    records = [{"id": f"d{i:03}", "text": t, "date": "2025-06-13"} for i, t in enumerate(lines)]
    records[-1]["place"] = "包头市"  # no post: the document's place keys him
    inp = tmp_path / "in.jsonl"
    inp.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    r = CliRunner().invoke(cli, ["build", str(inp), "--out", str(tmp_path / "out"), "--jobs", jobs])
    assert r.exit_code == 0, r.output
    built = {str(q) for q in ox.Store.read_only(str(tmp_path / "out" / "store"))
             if q.graph_name != BUILD_GRAPH}
    told_apart = "\n".join(built)
    assert "%EF%BC%88%E5%8C%85%E5%A4%B4%E5%B8%82%EF%BC%89" in told_apart  # 李理（包头市）
    assert "%E6%9D%8E%E7%90%86>" in told_apart  # and 李理 of the articles without a place
    # the re-keyed results loaded from the start (into a store on disk: the Turtle is in its order)
    store, views = ox.Store(str(tmp_path / "again")), PageViews()
    write_results(store, disambiguate_people(kg.api.iter_results([inp])), views=views)
    assert {str(q) for q in store} == built
    turtle, page = io.BytesIO(), io.BytesIO()
    write_turtle(store, turtle)
    page_writer(store, views=views)(page)
    assert (tmp_path / "out" / "graph.ttl").read_bytes() == turtle.getvalue()
    assert (tmp_path / "out" / "graph.html").read_bytes() == page.getvalue()


@pytest.mark.parametrize("jobs", [1, 2])
def test_the_graph_in_memory_is_the_store_of_a_build(tmp_path: Path, monkeypatch, pool_always, jobs: int):
    """``kg.build`` loads its in-memory store as the documents are extracted, as ``kg build`` loads a new
    store (the spilled results read back only for the articles that name a person told apart): the same
    quads, a name told apart or not, whatever the jobs."""
    import kg
    from kg.api import build_outputs
    from kg.incremental import BUILD_GRAPH
    from kg.store import open_store

    lines = ["鄂尔多斯市市长王强出席会议。", "包头市市长王强主持会议。", "王强来了。",
             "市委书记赵敏讲话。"] * 3
    inp = tmp_path / "in.jsonl"
    inp.write_text("".join(json.dumps({"id": f"d{i:02}", "text": t, "date": "2025-06-13"}, ensure_ascii=False)
                           + "\n" for i, t in enumerate(lines)), encoding="utf-8")
    monkeypatch.setattr(kg.api, "_Spilled", None)  # no second pass over the spilled results
    graph = kg.build([inp], jobs=jobs)
    build_outputs([inp], out=None, store=tmp_path / "store", jobs=jobs)
    stored = {str(q) for q in open_store(tmp_path / "store", read_only=True) if q.graph_name != BUILD_GRAPH}
    in_memory = {str(q) for q in graph.store.kg_store}
    assert in_memory == stored and "%EF%BC%88%E5%8C%85%E5%A4%B4%E5%B8%82%EF%BC%89" in "\n".join(stored)
