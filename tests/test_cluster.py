"""The Dask engine gives the same graph and mentions as local processes."""
from __future__ import annotations

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


def test_build_on_a_dask_cluster_is_the_local_build(seed_paragraphs: Path, tmp_path: Path, scheduler: str):
    _run("build", str(seed_paragraphs), "--out", str(tmp_path / "local"), "--jobs", "1")
    _run("build", str(seed_paragraphs), "--out", str(tmp_path / "dask"), "--engine", "dask",
         "--scheduler", scheduler)
    local, dask = ((tmp_path / d / "graph.ttl").read_bytes() for d in ("local", "dask"))
    assert local == dask and b"NewsArticle" in local


def test_extract_on_a_local_dask_cluster(seed_paragraphs: Path):
    assert _run("extract", str(seed_paragraphs), "--engine", "dask") == _run("extract", str(seed_paragraphs),
                                                                              "--jobs", "1")


def test_scheduler_needs_the_dask_engine(seed_paragraphs: Path):
    r = CliRunner().invoke(cli, ["extract", str(seed_paragraphs), "--scheduler", "tcp://127.0.0.1:1"])
    assert r.exit_code == 2 and "--engine dask" in r.output
