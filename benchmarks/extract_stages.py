#!/usr/bin/env python3
"""CPU seconds of each extraction stage over an input, in one process (what ``kg build -j1`` extracts:
``kg extract`` reads an article's facts only where they may change its mentions, see
:func:`kg.link.coref.facts_may_rekey`).

Each stage's function is wrapped where the pipeline calls it and timed with the process's
CPU clock; ``own`` leaves out the stages called inside it (the tagger, the first time an
extractor asks for an article's tokens), ``all`` counts them. ``facts: the rest`` is
``extract_facts`` less the fact stages named above it (placing and dating events, merges).

    python benchmarks/extract_stages.py ../shared/eval/pd1998-dev.jsonl

One pass a process (the rules' caches fill as ``kg extract``'s do): run it several times and take medians.
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench import input_file  # noqa: E402

# (stage, module the pipeline calls it through, name there): the order of the table
STAGES = (
    ("split articles", "kg.pipeline", "split_articles"),
    ("tokens of an article (tokens_of)", "kg.extract.engine", "tokenize"),
    ("mentions: titles", "kg.extract", "extract_titles"),
    ("mentions: people", "kg.extract", "extract_people"),
    ("mentions: places", "kg.extract", "extract_places"),
    ("mentions: orgs", "kg.extract", "extract_orgs"),
    ("mentions: dates", "kg.extract", "extract_dates"),
    ("mentions: patterns", "kg.extract", "match_patterns"),
    ("mentions: resolve", "kg.extract", "resolve"),
    ("mentions (all)", "kg.pipeline", "extract_mentions"),
    ("facts: posts' reading (read_article)", "kg.extract.facts", "read_article"),
    ("facts: posts", "kg.extract.facts", "extract_posts"),
    ("facts: appointments", "kg.extract.facts", "extract_appointments"),
    ("facts: relations", "kg.extract.facts", "extract_relations"),
    ("facts: events", "kg.extract.facts", "extract_events"),
    ("facts: arguments", "kg.extract.facts", "read_arguments"),
    ("facts (all)", "kg.pipeline", "extract_facts"),
    ("link", "kg.pipeline", "link_article"),
    ("whole documents", "kg.api", "process_document"),
)
# every call of the tagger, wherever it is made (rjieba's own time: ``own`` = ``all``)
TAGGER = "rjieba.tag and cut, every call"


class Timer:
    """Own and inclusive CPU seconds of wrapped functions (nested calls subtracted from ``own``)."""

    def __init__(self) -> None:
        self.own: dict[str, float] = defaultdict(float)
        self.all: dict[str, float] = defaultdict(float)
        self.stack: list[float] = []  # CPU seconds of the wrapped calls inside the running one

    def wrap(self, name: str, fn: Callable) -> Callable:
        clock = time.process_time

        def timed(*args, **kwargs):
            self.stack.append(0.0)
            t = clock()
            try:
                result = fn(*args, **kwargs)
                if hasattr(result, "__next__"):  # a generator: drain it inside the timer
                    result = list(result)
                return result
            finally:
                spent = clock() - t
                inner = self.stack.pop()
                self.all[name] += spent
                self.own[name] += spent - inner
                if self.stack:
                    self.stack[-1] += spent

        return timed


def one_pass(path: Path) -> tuple[Timer, float]:
    import importlib

    from kg import api

    timer = Timer()
    saved = []
    for name, module, attr in STAGES:
        mod = importlib.import_module(module)
        saved.append((mod, attr, getattr(mod, attr)))
        setattr(mod, attr, timer.wrap(name, getattr(mod, attr)))
    # extract_mentions calls places, orgs and dates through a tuple made at import
    extract = importlib.import_module("kg.extract")
    wrapped = {fn: getattr(mod, attr) for mod, attr, fn in saved}
    saved.append((extract, "_EXTRACTORS", extract._EXTRACTORS))
    extract._EXTRACTORS = tuple(wrapped.get(fn, fn) for fn in extract._EXTRACTORS)
    import types

    from kg.nlp import tokenize
    rjieba = tokenize.rjieba
    tokenize.rjieba = types.SimpleNamespace(  # type: ignore[assignment]
        tag=timer.wrap(TAGGER, rjieba.tag), cut=timer.wrap(TAGGER, rjieba.cut))
    try:
        t = time.process_time()
        for _ in api.process_all(api._documents([path]), jobs=1):
            pass
        total = time.process_time() - t
    finally:
        for mod, attr, fn in saved:
            setattr(mod, attr, fn)
        tokenize.rjieba = rjieba
    return timer, total


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("input", nargs="?", type=Path, help="JSONL or text input (default: PD dev)")
    args = ap.parse_args(argv)
    path = input_file(args.input)
    import kg.api  # noqa: F401  imports and rules outside the timings
    from kg.rules import load_rules
    load_rules()
    timer, total = one_pass(path)
    print(f"input {path}")
    print("| stage | own CPU s | all CPU s |\n| --- | --- | --- |")
    for name in [name for name, _m, _a in STAGES] + [TAGGER]:
        print(f"| {name} | {timer.own[name]:.2f} | {timer.all[name]:.2f} |")
    print(f"\ntotal {total:.2f} s CPU")
    return 0


if __name__ == "__main__":
    sys.exit(main())
