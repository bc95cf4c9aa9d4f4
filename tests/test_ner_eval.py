"""Scores on a slice of the gold dev files (skipped when ../shared/eval is absent).

The floors sit a little under what the rules reach on these slices, so a change
that loses quality fails here; the full figures are in the README.
"""
from __future__ import annotations

import importlib.util
import json
from itertools import islice

import pytest

from kg.extract import Context, extract_mentions
from kg.nlp.normalize import View
from tests.kgread import SHARED_EVAL as EVAL


def _score_module():
    spec = importlib.util.spec_from_file_location("kg_eval_score", EVAL / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _run(name: str, n: int, types: set[str]) -> dict:
    path = EVAL / name
    if not path.exists():
        pytest.skip(f"{path} not present")
    score = _score_module()
    gold, pred = {}, {}
    with path.open(encoding="utf-8") as fh:
        for line in islice(fh, n):
            rec = json.loads(line)
            gold[rec["id"]] = rec
            mentions = extract_mentions(View.of(rec["text"]), Context())
            pred[rec["id"]] = {"mentions": [{"start": m.start, "end": m.end, "type": m.type}
                                            for m in mentions]}
    return score.score(gold, pred, types)


@pytest.mark.parametrize(("type_", "floor"), [("PER", 0.81)])
def test_pd1998_slice(type_, floor):
    result = _run("pd1998-dev.jsonl", 200, {"PER", "LOC", "ORG"})
    assert result["per_type"][type_]["f1"] >= floor, result["per_type"]


@pytest.mark.parametrize(("type_", "floor"), [("POSITION", 0.76), ("PER", 0.49)])
def test_cluener_slice(type_, floor):
    result = _run("cluener-dev.jsonl", 2000, {"PER", "ORG", "LOC", "POSITION"})
    assert result["per_type"][type_]["f1"] >= floor, result["per_type"]
