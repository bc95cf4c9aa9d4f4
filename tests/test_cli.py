"""The kg command, driven through click's CliRunner and as a real process."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg import __version__
from kg.cli import cli

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("out")
    result = CliRunner().invoke(cli, ["build", str(SEEDS), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


def test_version_and_help():
    runner = CliRunner()
    assert __version__ in runner.invoke(cli, ["--version"]).output
    for args in (["--help"], ["build", "-h"], ["query", "--help"], ["extract", "--help"]):
        r = runner.invoke(cli, args)
        assert r.exit_code == 0 and "Usage" in r.output


def test_build_writes_both_files_and_a_summary(built: Path):
    ttl, html = built / "graph.ttl", built / "graph.html"
    assert ttl.stat().st_size > 1000 and html.stat().st_size > 1000
    assert not ttl.read_bytes().startswith(b"\xef\xbb\xbf")


def test_build_summary_line(tmp_path: Path):
    r = CliRunner().invoke(cli, ["build", str(SEEDS), "--out", str(tmp_path)])
    assert r.exit_code == 0
    assert "articles" in r.output and "triples" in r.output


def test_extract_jsonl_offsets_index_the_input(tmp_path: Path):
    text = "本报讯 6月13日，市委书记李理主持召开市委常委会会议。"
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a1", "text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["extract", str(src), "--format", "jsonl", "--date", "2025-06-14"])
    assert r.exit_code == 0, r.output
    [rec] = [json.loads(line) for line in r.output.splitlines()]
    assert rec["id"] == "a1"
    assert rec["mentions"], "nothing found"
    for m in rec["mentions"]:
        assert text[m["start"]:m["end"]] == m["text"]
        assert m["type"] in {"PER", "ORG", "LOC", "TITLE", "DATE", "EVENT"}


def test_extract_is_the_same_on_several_processes(tmp_path: Path, monkeypatch):
    monkeypatch.setattr("kg.api.PARALLEL_FROM_CHARS", 0)  # a pool even for this small input
    src = tmp_path / "in.jsonl"
    lines = [json.dumps({"id": f"d{i}", "text": f"市委书记李理第{i}次主持会议。"}, ensure_ascii=False)
             for i in range(20)]
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    one = CliRunner().invoke(cli, ["extract", str(src), "--jobs", "1"]).output
    two = CliRunner().invoke(cli, ["extract", str(src), "--jobs", "2"]).output
    assert one == two and len(one.splitlines()) == 20


def test_query_by_name_prints_a_table(built: Path):
    r = CliRunner().invoke(cli, ["query", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--graph",
                                 str(built / "graph.ttl")])
    assert r.exit_code == 0, r.output
    assert "n" in r.output.splitlines()[0]


@pytest.mark.parametrize("fmt", ["csv", "tsv", "json"])
def test_query_formats(built: Path, fmt: str):
    q = "SELECT ?s WHERE { ?s a <https://schema.org/NewsArticle> } ORDER BY ?s"
    r = CliRunner().invoke(cli, ["query", q, "--graph", str(built / "graph.ttl"), "--format", fmt])
    assert r.exit_code == 0, r.output
    if fmt == "json":
        assert json.loads(r.output)["results"]["bindings"]
    else:
        assert len(r.output.splitlines()) > 1


def test_real_entry_point_reports_a_missing_file_without_traceback(tmp_path: Path):
    missing = tmp_path / "nope.txt"
    p = subprocess.run([sys.executable, "-c", "from kg.cli import main; main()", "extract", str(missing)],
                       capture_output=True, text=True)
    assert p.returncode != 0
    assert "nope.txt" in p.stderr and "Traceback" not in p.stderr
    assert all(line.startswith("kg: ") for line in p.stderr.strip().splitlines())


@pytest.mark.parametrize(("command", "sets"), [("build", True), ("load", True), ("extract", False)])
def test_the_commands_that_bulk_load_a_store_set_glibc_malloc_at_their_start(tmp_path: Path, monkeypatch,
                                                                             command: str, sets: bool):
    """kg build and kg load set the allocator for their loads (kg.store.steady_malloc), the rest do not:
    a library call leaves the process as it is."""
    called: list[bool] = []
    monkeypatch.setattr("kg.store.steady_malloc", lambda: called.append(True))
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a1", "text": "市委书记李理主持召开会议。"}, ensure_ascii=False) + "\n",
                   encoding="utf-8")
    shard = tmp_path / "part.nq"
    shard.write_text("<http://example.org/s> <http://example.org/p> \"o\" <http://example.org/g> .\n")
    args = {"build": ["build", str(src), "--out", str(tmp_path / "out")],
            "load": ["load", str(shard), "--store", str(tmp_path / "store")],
            "extract": ["extract", str(src)]}[command]
    r = CliRunner().invoke(cli, args)
    assert r.exit_code == 0, r.output
    assert called == ([True] if sets else [])
