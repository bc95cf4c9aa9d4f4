"""The same input gives the same bytes whatever the number of processes."""
from __future__ import annotations

import json
import os
import shutil
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
def test_a_build_loads_its_store_while_extracting_unless_names_are_told_apart(tmp_path: Path, monkeypatch,
                                                                               pool_always, jobs: str):
    """A new store is loaded as the documents are extracted (on the workers with two jobs): no second
    pass over the results. When a name turns out to hold posts in two cities (known only once both are
    read), that store is made again from the results read back re-keyed: the same store as a build that
    always reads them back, whatever the jobs."""
    import pyoxigraph as ox

    import kg.api
    import kg.link

    second_passes = []
    read_back = kg.api._Spilled.parts

    def parts(self, *args, **kwargs):
        second_passes.append(jobs)
        return read_back(self, *args, **kwargs)

    monkeypatch.setattr(kg.api._Spilled, "parts", parts)
    texts = {"same": ["包头市市长李理主持会议。"] * 12,
             "told apart": ["包头市市长李理主持会议。"] * 12 + ["鄂尔多斯市市长李理出席会议。"] * 12}
    stores = {}
    for name, lines in texts.items():
        inp = tmp_path / f"{name}.jsonl"
        records = ({"id": f"d{i}", "text": t, "date": "2025-06-13"} for i, t in enumerate(lines))
        inp.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
        before = len(second_passes)
        r = CliRunner().invoke(cli, ["build", str(inp), "--out", str(tmp_path / name), "--jobs", jobs])
        assert r.exit_code == 0, r.output
        assert len(second_passes) - before == (name == "told apart")
        stores[name] = {str(q) for q in ox.Store.read_only(str(tmp_path / name / "store"))}
    told_apart = "\n".join(stores["told apart"])
    assert "%EF%BC%88%E5%8C%85%E5%A4%B4%E5%B8%82%EF%BC%89" in told_apart  # 李理（包头市）
    assert "%E6%9D%8E%E7%90%86>" not in told_apart  # no 李理 left unqualified
    # the store of a build that reads every result back (as if a name were told apart from the start)
    add = kg.link.Namesakes.add
    monkeypatch.setattr(kg.link.Namesakes, "add", lambda self, r: add(self, r) or True)
    for name in texts:
        again = ["build", str(tmp_path / f"{name}.jsonl"), "--out", str(tmp_path / "again"), "--jobs", jobs]
        r = CliRunner().invoke(cli, again)
        assert r.exit_code == 0, r.output
        assert {str(q) for q in ox.Store.read_only(str(tmp_path / "again" / "store"))} == stores[name]
        shutil.rmtree(tmp_path / "again")
