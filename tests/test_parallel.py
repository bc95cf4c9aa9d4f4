"""The same input gives the same bytes whatever the number of processes."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli

SEED = Path(__file__).resolve().parents[1] / "seeds" / "ordos-daily-2025-06-page.txt"


@pytest.fixture(scope="module")
def paragraphs(tmp_path_factory) -> Path:
    """The seed page's paragraphs as JSONL records, one article each."""
    paras = [p.strip() for p in SEED.read_text(encoding="utf-8").split("\n") if len(p.strip()) > 40]
    path = tmp_path_factory.mktemp("par") / "paras.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for i, text in enumerate(paras):
            rec = {"id": f"p{i}", "text": text, "date": "2025-06-14", "place": "鄂尔多斯市"}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    assert len(paras) > 16  # more than two chunks of documents: workers really share the work
    return path


@pytest.fixture
def pool_always(monkeypatch):
    monkeypatch.setattr("kg.api.PARALLEL_FROM_CHARS", 0)  # a pool even for this small input


def test_build_writes_the_same_bytes_on_one_and_two_processes(paragraphs: Path, tmp_path: Path, pool_always):
    outs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"j{jobs}"
        r = CliRunner().invoke(cli, ["build", str(paragraphs), "--out", str(out), "--jobs", jobs])
        assert r.exit_code == 0, r.output
        outs.append(out)
    one, two = ((o / "graph.ttl").read_bytes() for o in outs)
    assert one == two and b"NewsArticle" in one
    assert (outs[0] / "graph.html").read_bytes() == (outs[1] / "graph.html").read_bytes()


def test_extract_keeps_input_order_on_two_processes(paragraphs: Path, pool_always):
    r = CliRunner().invoke(cli, ["extract", str(paragraphs), "--jobs", "2"])
    assert r.exit_code == 0, r.output
    ids = [json.loads(line)["id"] for line in r.output.splitlines()]
    assert ids == [json.loads(line)["id"] for line in paragraphs.read_text(encoding="utf-8").splitlines()]
