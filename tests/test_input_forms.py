"""Inputs as globs, gzipped JSON Lines and standard input."""
from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

from kg.errors import InputError
from kg.ingest.read import read_documents

RECORDS = [{"id": f"a{i}", "text": f"市委书记李理第{i}次主持会议。"} for i in range(3)]
JSONL = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS)


def test_gzipped_jsonl_reads_like_jsonl(tmp_path: Path):
    (tmp_path / "a.jsonl").write_text(JSONL, encoding="utf-8")
    with gzip.open(tmp_path / "b.jsonl.gz", "wt", encoding="utf-8") as f:
        f.write(JSONL.replace('"a', '"b'))
    docs = list(read_documents([tmp_path]))  # a folder finds both
    assert [d.id for d in docs] == ["a0", "a1", "a2", "b0", "b1", "b2"]
    assert docs[3].text == RECORDS[0]["text"] and docs[4].line == 2


def test_a_broken_gzip_is_one_problem(tmp_path: Path):
    (tmp_path / "bad.jsonl.gz").write_bytes(b"not gzip at all")
    problems: list[InputError] = []
    assert list(read_documents([tmp_path / "bad.jsonl.gz"], errors=problems.append)) == []
    assert len(problems) == 1 and "gzip" in str(problems[0]) and "bad.jsonl.gz" in str(problems[0])


def test_globs_expand_in_sorted_order(tmp_path: Path):
    for name in ("b.txt", "a.txt", "c.md"):
        (tmp_path / name).write_text("市委书记李理主持会议。", encoding="utf-8")
    assert [d.id for d in read_documents([str(tmp_path / "*.txt")])] == ["a", "b"]
    problems: list[InputError] = []
    assert list(read_documents([str(tmp_path / "*.nothing")], errors=problems.append)) == []
    assert "no file matches" in str(problems[0])


def test_standard_input_jsonl_and_text():
    run = [sys.executable, "-c", "from kg.cli import main; main()", "extract", "-", "-j", "1"]
    out = subprocess.run(run, input=JSONL.encode(), capture_output=True, check=True).stdout.decode()
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["a0", "a1", "a2"]
    out = subprocess.run(run, input="市委书记李理主持会议。".encode(), capture_output=True, check=True).stdout
    [rec] = [json.loads(line) for line in out.decode().splitlines()]
    assert rec["id"] == "stdin" and any(m["text"] == "李理" for m in rec["mentions"])


# A JSONL record with no place gets the home city its own text names most while saying 我市/市委, as a .txt
# page does: the same text gives the same posts either way (市委统战部 is 中共日照市委员会统一战线工作部)
def test_a_record_and_a_page_find_the_same_home(tmp_path: Path):
    from kg.pipeline import process_document

    text = ("日照市召开座谈会。市委书记张海波出席会议，市委常委、市委统战部部长孟庆斌主持。"
            "我市将继续推进日照港建设。")
    page = tmp_path / "a.txt"
    page.write_text(text, encoding="utf-8")
    record = tmp_path / "a.jsonl"
    record.write_text(json.dumps({"id": "a", "text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    posts = []
    for path in (page, record):
        (doc,) = read_documents([path])
        posts.append(sorted((m.person.text, m.role, m.organization)
                            for r in process_document(doc) for m in r.memberships))
    assert posts[0] == posts[1]
    assert ("孟庆斌", "部长", "中共日照市委员会统一战线工作部") in posts[1]
