"""Long inputs: progress (documents, articles/s, an ETA from the input's size; quiet off a terminal) and a
duplicate-id check whose memory does not grow with the input."""
from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from kg.api import input_bytes, iter_results
from kg.cli import cli


def _jsonl(path: Path, texts: list[str]) -> Path:
    path.write_text("".join(json.dumps({"id": f"{path.stem}{i}", "text": t}, ensure_ascii=False) + "\n"
                            for i, t in enumerate(texts)), encoding="utf-8")
    return path


def test_the_bar_counts_the_bytes_of_every_file_and_ends_full(tmp_path: Path, capsys):
    a = _jsonl(tmp_path / "a.jsonl", ["市委书记李理主持会议。", "副市长王强出席会议。"])
    b = _jsonl(tmp_path / "b.jsonl", ["市长张华出席会议。"])
    total = input_bytes([str(tmp_path)])
    assert total == a.stat().st_size + b.stat().st_size
    assert len(list(iter_results([str(tmp_path)], progress=total))) == 3
    err = capsys.readouterr().err
    assert f"100%|██████████| {total}/{total}" in err
    assert "3 docs" in err and "articles/s" in err


def test_no_size_for_standard_input_or_gzip(tmp_path: Path):
    assert input_bytes(["-"]) is None
    (tmp_path / "a.jsonl.gz").write_bytes(b"")
    assert input_bytes([str(tmp_path / "a.jsonl.gz")]) is None


def test_quiet_when_stderr_is_not_a_terminal(tmp_path: Path):
    a = _jsonl(tmp_path / "a.jsonl", ["市委书记李理主持会议。"])
    r = CliRunner().invoke(cli, ["build", str(a), "--out", str(tmp_path / "out")])
    assert r.exit_code == 0, r.output
    assert "docs," not in r.output and "%|" not in r.output


def test_duplicate_ids_are_found_after_the_ids_move_to_disk(tmp_path: Path, monkeypatch):
    """The duplicate-id check keeps few ids in memory: past the limit they live on disk, still checked."""
    from kg.errors import InputError
    from kg.ingest import read_documents

    monkeypatch.setattr("kg.ingest.read.SEEN_IN_MEMORY", 2)
    a = _jsonl(tmp_path / "a.jsonl", ["市委书记李理主持会议。", "副市长王强出席会议。", "市长张华出席会议。"])
    b = tmp_path / "b.jsonl"
    b.write_text(a.read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")
    problems: list[InputError] = []
    docs = list(read_documents([a, b], errors=problems.append))
    assert [d.id for d in docs] == ["a0", "a1", "a2"]
    assert [str(p) for p in problems] == [f"{b}:1: duplicate id 'a0' (first read at {a}:1)"]
