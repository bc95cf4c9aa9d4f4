"""The DuEE scorer (scripts/eval_duee.py): a made-up record scored, bad files a one-line error."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "eval_duee.py"


def _run(path: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(SCRIPT), str(path)], capture_output=True, text=True,
                          timeout=300)


def test_a_record_is_scored(tmp_path):
    text = "据美国媒体报道，一架小型飞机8日在纽约州长岛坠毁。"
    at = text.index("坠毁")
    gold = {"id": "x", "text": text, "events": [{"type": "灾害/意外-坠机", "trigger": {
        "text": "坠毁", "start": at, "end": at + 2}, "arguments": [
        {"role": "地点", "text": "纽约州长岛", "start": text.index("纽约州长岛"), "end": at}]}]}
    path = tmp_path / "duee.jsonl"
    path.write_text(json.dumps(gold, ensure_ascii=False) + "\n", encoding="utf-8")
    done = _run(path)
    assert done.returncode == 0, done.stderr
    rows = {line.split()[0]: line.split()[1:] for line in done.stdout.splitlines() if line.strip()}
    assert rows["地点"] == ["1", "1", "1.000", "1.000", "1.000"]


def test_bad_files_are_one_line_errors(tmp_path):
    missing = _run(tmp_path / "none.jsonl")
    assert missing.returncode != 0 and "none.jsonl" in missing.stderr and "Traceback" not in missing.stderr
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "x", "events": []}\nnot json\n', encoding="utf-8")
    done = _run(bad)
    assert done.returncode != 0 and "bad.jsonl:2:" in done.stderr and "Traceback" not in done.stderr
