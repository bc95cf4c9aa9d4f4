"""Fixtures shared by several test modules."""
from __future__ import annotations

import json
import signal
from pathlib import Path

import pytest

SEED = Path(__file__).resolve().parents[1] / "seeds" / "ordos-daily-2025-06-page.txt"

# Tests send Ctrl-C (SIGINT) to kg, in this process and in the processes they start, as a terminal does. A
# runner started with SIGINT ignored (``nohup pytest &``) would pass the ignoring on to them: undone here.
signal.signal(signal.SIGINT, signal.default_int_handler)


@pytest.fixture(scope="session")
def seed_paragraphs(tmp_path_factory) -> Path:
    """The seed page's paragraphs as JSONL records, one article each (more than a few chunks of work)."""
    paras = [p.strip() for p in SEED.read_text(encoding="utf-8").split("\n") if len(p.strip()) > 40]
    path = tmp_path_factory.mktemp("paras") / "paras.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for i, text in enumerate(paras):
            rec = {"id": f"p{i}", "text": text, "date": "2025-06-14", "place": "鄂尔多斯市"}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    assert len(paras) > 16
    return path
