"""The Dask engine gives the same graph and mentions as local processes."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli

distributed = pytest.importorskip("distributed")
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def scheduler():
    """A local Dask cluster of two worker processes, reached by its address as a remote one would be."""
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                                  silence_logs=50) as cluster:
        yield cluster.scheduler_address


def _run(*args: str) -> str:
    r = CliRunner().invoke(cli, list(args))
    assert r.exit_code == 0, r.output
    return r.output


def _quads(store: Path) -> set[str]:
    import pyoxigraph as ox

    return {str(q) for q in ox.Store.read_only(str(store))}


def test_build_on_a_dask_cluster_is_the_local_build(seed_paragraphs: Path, tmp_path: Path, scheduler: str):
    """Workers write N-Quads shards, the client loads them: the store of a local build, quad for quad."""
    _run("build", str(seed_paragraphs), "--out", str(tmp_path / "local"), "--jobs", "1")
    _run("build", str(seed_paragraphs), "--out", str(tmp_path / "dask"), "--engine", "dask",
         "--scheduler", scheduler)
    local, dask = (_quads(tmp_path / d / "store") for d in ("local", "dask"))
    assert local == dask and any("NewsArticle" in q for q in local)
    for name in ("graph.ttl", "graph.html"):
        assert (tmp_path / "local" / name).read_bytes() == (tmp_path / "dask" / name).read_bytes(), name
    assert not list((tmp_path / "dask").glob(".*shards")), "the shards are removed after the load"


def test_namesakes_are_told_apart_across_workers(tmp_path: Path, scheduler: str):
    """Two 李理 of two cities in articles that land on different workers get two IRIs, as locally."""
    records = [{"id": f"n{i}", "text": text, "date": "2025-06-14"}
               for i, text in enumerate(["包头市市长李理主持会议。", "鄂尔多斯市市长李理出席会议。"] * 40)]
    inp = tmp_path / "namesakes.jsonl"
    inp.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    _run("build", str(inp), "--out", str(tmp_path / "local"), "--jobs", "1")
    _run("build", str(inp), "--out", str(tmp_path / "dask"), "--engine", "dask", "--scheduler", scheduler)
    local, dask = (_quads(tmp_path / d / "store") for d in ("local", "dask"))
    assert local == dask
    assert any("%EF%BC%88%E5%8C%85%E5%A4%B4%E5%B8%82%EF%BC%89" in q for q in local)  # 李理（包头市）


def test_extract_on_a_local_dask_cluster(seed_paragraphs: Path):
    assert _run("extract", str(seed_paragraphs), "--engine", "dask") == _run("extract", str(seed_paragraphs),
                                                                              "--jobs", "1")


def test_scheduler_needs_the_dask_engine(seed_paragraphs: Path):
    r = CliRunner().invoke(cli, ["extract", str(seed_paragraphs), "--scheduler", "tcp://127.0.0.1:1"])
    assert r.exit_code == 2 and "--engine dask" in r.output
