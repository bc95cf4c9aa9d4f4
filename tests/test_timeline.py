"""benchmarks/timeline.py: a build stamped stage by stage, the same files as kg build's, kg left as it was."""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import timeline  # noqa: E402

import kg.export.html  # noqa: E402
import kg.store  # noqa: E402


def test_a_build_is_stamped_at_each_stage_and_kg_is_left_as_it_was(tmp_path, capsys):
    news = tmp_path / "news.jsonl"
    records = ({"id": f"d{i}", "text": f"市委书记李理{i}日主持会议。"} for i in range(3))
    news.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    before = (kg.store.load_articles, kg.store.write_turtle, kg.store.typed_turtle,
              kg.store.Confidences.quads, kg.export.html.page_writer)
    assert timeline.main([str(news), "-j", "1", "--out", str(tmp_path / "out")]) == 0
    out = capsys.readouterr().out
    stages = [line.split(" | ")[0].lstrip("| ") for line in out.splitlines() if line.startswith("| ")][2:]
    assert stages == ["imports", timeline.START, "every document extracted and its part loaded or queued",
                      timeline.LOADS_DONE, "store closed, opened again", "page data read", "graph.html",
                      "triples counted", "graph.ttl", "end"]  # (the Turtle dumped while the page is made and
    # the triples counted)
    assert "so at least" in out.splitlines()[-1]
    assert (tmp_path / "out" / "graph.ttl").stat().st_size and (tmp_path / "out" / "graph.html").exists()
    assert before == (kg.store.load_articles, kg.store.write_turtle, kg.store.typed_turtle,
                      kg.store.Confidences.quads, kg.export.html.page_writer)


def test_the_summary_bounds_the_extraction_phase_by_the_main_thread_and_by_the_cores():
    rows = [("imports", 0.5, 0.5, 0.0), (timeline.START, 1.0, 0.3, 0.0),
            ("every document extracted and its part loaded or queued", 11.0, 1.0, 8.0),
            (timeline.LOADS_DONE, 12.0, 0.5, 1.0), ("graph.ttl", 15.0, 2.5, 0.5), ("end", 15.0, 0.0, 0.0)]
    # 1.5 s of the main thread, 9 of other threads, 10.5 of workers: 21 s CPU on 2 cores, 10.5 s at least
    bound = timeline.summary(rows, 10.5, 2)
    assert "21.00 in all (1.91 of 2 cores), so at least 10.50 s; then 3.00 s" in bound
    # one job: the main thread extracts, and it bounds the phase
    assert "so at least 1.50 s" in timeline.summary(rows, 0.0, 8)
