"""Large JSONL dumps stream line by line: same documents and problems as a small file."""
from __future__ import annotations

import json

import pytest

from kg.errors import InputError
from kg.ingest import read as read_mod
from kg.ingest.read import read_documents


def _write(path, records, encoding="utf-8"):
    lines = [r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records]
    path.write_bytes(("\n".join(lines) + "\n").encode(encoding))


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030"])
def test_streamed_jsonl_gives_the_same_documents(tmp_path, monkeypatch, encoding):
    recs = [{"id": f"a{i}", "text": f"市委书记李理第{i}次主持召开会议。"} for i in range(200)]
    recs.insert(5, "{broken")
    src = tmp_path / "dump.jsonl"
    _write(src, recs, encoding)
    problems: list[InputError] = []
    whole = list(read_documents([src], errors=problems.append))
    monkeypatch.setattr(read_mod, "JSONL_WHOLE_BYTES", 512)
    streamed_problems: list[InputError] = []
    streamed = list(read_documents([src], errors=streamed_problems.append))
    assert [d.id for d in streamed] == [d.id for d in whole] and len(whole) == 200
    assert [d.text for d in streamed] == [d.text for d in whole]
    where = [(p.path, p.line) for p in streamed_problems]
    assert where == [(str(src), 6)] == [(p.path, p.line) for p in problems]


def test_a_page_named_jsonl_is_one_problem_even_when_streamed(tmp_path, monkeypatch):
    src = tmp_path / "page.jsonl"
    src.write_text("\n".join(f"这是第{i}段正文，不是JSON。" for i in range(3000)) + "\n", encoding="utf-8")
    monkeypatch.setattr(read_mod, "JSONL_WHOLE_BYTES", 1024)
    problems: list[InputError] = []
    assert list(read_documents([src], errors=problems.append)) == []
    assert len(problems) == 1 and "not JSON Lines" in problems[0].message
