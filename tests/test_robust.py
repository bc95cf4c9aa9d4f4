"""Bad files, bad records, bad rules, bad queries, bad output places, determinism (issue #5).

Every user error gives one line on stderr naming the file (and line), no
traceback, and a non-zero exit; good input next to bad input is still used;
outputs are never left half-written and a good graph is never replaced by a
failed build.
"""
from __future__ import annotations

import errno
import gzip
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from kgrun import one_line_errors, run_kg

from kg.errors import InputError, OutputError
from kg.ingest.read import MAX_LINE_CHARS, read_documents
from kg.io import atomic_write

GOOD = "市委书记李理主持召开会议，研究部署全市安全生产工作。"


# --- bad files -----------------------------------------------------------------------------------

BAD_FILES = [
    # (file name, content, part of the message)
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b" \n\r\n\t\n", "empty file"),
    ("blank.jsonl", b"\n\n", "empty file"),
    ("binary.txt", bytes(range(256)) * 16, "not text"),
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "not text"),
    ("nuls.txt", b"\x00" * 64, "not text"),
    ("bell.txt", b"\x07\x08\x1b" * 200, "not text"),
    ("bad-bom.txt", b"\xff\xfe\x00\xd8\x00\xd8", "byte-order mark"),
    ("page.txt.gz", gzip.compress(GOOD.encode()), "a gzip file: kg reads gzipped JSON Lines (.jsonl.gz)"),
    ("page.txt", gzip.compress(GOOD.encode() * 9), "gunzip it"),
    ("enormous.txt", ("中" * (MAX_LINE_CHARS + 1)).encode(), "longer than"),
    ("enormous.jsonl", json.dumps({"text": "中" * (MAX_LINE_CHARS + 1)}).encode(), "longer than"),
    ("page.jsonl", "市委书记李理主持会议\n\n副市长王强出席。\n".encode(), "none of its 2 lines is JSON"),
]


@pytest.mark.parametrize("name,content,message", BAD_FILES)
def test_bad_file_raises_input_error(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError) as exc:
        list(read_documents([path]))
    assert str(exc.value).startswith(str(path))
    assert message in str(exc.value)


@pytest.mark.parametrize("name,content,message", BAD_FILES)
def test_bad_file_cli_one_line_exit_1(tmp_path, monkeypatch, capsys, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    code, out, err = run_kg(["extract", path], monkeypatch, capsys)
    assert code == 1
    assert out == ""
    first = one_line_errors(err)[0]
    assert first.startswith(f"kg: {path}") and message in first


def test_missing_path(tmp_path, monkeypatch, capsys):
    missing = tmp_path / "no-such.txt"
    with pytest.raises(InputError, match="no such file"):
        list(read_documents([missing]))
    code, out, err = run_kg(["extract", missing], monkeypatch, capsys)
    assert code == 1
    assert one_line_errors(err)[0] == f"kg: {missing}: no such file or folder"


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_device_is_not_read(monkeypatch, capsys):
    code, _, err = run_kg(["extract", "/dev/zero"], monkeypatch, capsys)
    assert code == 1
    assert one_line_errors(err)[0] == "kg: /dev/zero: not a regular file: a device"


def test_too_large_file(tmp_path, monkeypatch):
    import kg.ingest.read

    path = tmp_path / "huge.txt"
    path.write_text(GOOD * 10, encoding="utf-8")
    monkeypatch.setattr(kg.ingest.read, "MAX_FILE_BYTES", 100)
    with pytest.raises(InputError, match="too large"):
        list(read_documents([path]))


def test_folder_without_news(tmp_path, monkeypatch, capsys):
    (tmp_path / "notes.md").write_text("不是新闻", encoding="utf-8")
    code, _, err = run_kg(["extract", tmp_path], monkeypatch, capsys)
    assert code == 1
    assert "no .txt or .jsonl files" in one_line_errors(err)[0]


def test_unreadable_file_simulated(tmp_path, monkeypatch, capsys):
    path = tmp_path / "locked.txt"
    path.write_text(GOOD, encoding="utf-8")

    def deny(self):
        raise PermissionError(errno.EACCES, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", deny)
    code, out, err = run_kg(["extract", path], monkeypatch, capsys)
    assert code == 1
    assert one_line_errors(err)[0] == f"kg: {path}: cannot read: Permission denied"


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file_chmod(tmp_path, monkeypatch, capsys):
    path = tmp_path / "locked.txt"
    path.write_text(GOOD, encoding="utf-8")
    path.chmod(0)
    try:
        code, _, err = run_kg(["extract", path], monkeypatch, capsys)
    finally:
        path.chmod(0o644)
    assert code == 1
    assert "cannot read" in one_line_errors(err)[0]


def test_good_files_still_read_next_to_bad_ones(tmp_path, monkeypatch, capsys):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.txt").write_bytes(GOOD.encode("gb18030"))
    code, out, err = run_kg(["extract", tmp_path, tmp_path / "missing.txt"], monkeypatch, capsys)
    assert code == 1
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["a", "c"]
    lines = one_line_errors(err)
    assert lines == [
        f"kg: {tmp_path / 'b.txt'}: empty file",
        f"kg: {tmp_path / 'missing.txt'}: no such file or folder",
        "kg: 2 input problems skipped (see above)",
    ]


def test_same_stem_in_two_folders_gets_two_ids(tmp_path):
    for sub in ("x", "y"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "page.txt").write_text(GOOD, encoding="utf-8")
    ids = [d.id for d in read_documents([tmp_path])]
    assert len(set(ids)) == 2 and ids[0] == "page"


# --- bad JSONL records ---------------------------------------------------------------------------

BAD_RECORDS = [
    # (line 2 of the file, part of the message)
    ('{"id": "b", "text": "没有结尾"', "not JSON"),
    ("这不是JSON", "not JSON"),
    ('{"id": "b"}', "no 'text'"),
    ('{"id": "b", "txet": "拼错了"}', "no 'text'"),
    ('{"id": "b", "text": 5}', "'text' must be a string, not a number (5)"),
    ('{"id": "b", "text": null}', "'text' must be a string, not null"),
    ('{"id": "b", "text": NaN}', "'text' must be a string, not a number"),
    ('{"id": "b", "text": ["新闻"]}', "'text' must be a string, not a list"),
    ('{"id": 2, "text": "副市长王强出席。"}', "'id' must be a string, not a number (2)"),
    ('{"id": "b", "text": "副市长王强出席。", "date": 20250613}', "'date' must be a string"),
    ('{"id": "b", "text": "副市长王强出席。", "date": "2025/06/13"}', "'date' must be YYYY-MM-DD"),
    ('{"id": "b", "text": "副市长王强出席。", "place": true}', "'place' must be a string, not a boolean"),
    ('{"id": "b", "text": "   "}', "'text' is empty"),
    ('{"id": "b", "text": "\\ud800坏"}', "unpaired surrogate"),
    ('["id", "text"]', "must be a JSON object"),
    ('"一行字符串"', "must be a JSON object"),
    ('{"id": "a", "text": "重复的编号。"}', "duplicate id 'a'"),
    ("[" * 5000 + "]" * 5000, "not JSON"),
]


def _jsonl(tmp_path, bad_line: str) -> Path:
    path = tmp_path / "news.jsonl"
    good1 = json.dumps({"id": "a", "text": GOOD}, ensure_ascii=False)
    good3 = json.dumps({"id": "c", "text": "副市长王强出席会议。"}, ensure_ascii=False)
    path.write_text("\n".join([good1, bad_line, good3]) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("bad_line,message", BAD_RECORDS)
def test_bad_record_reported_good_ones_read(tmp_path, bad_line, message):
    path = _jsonl(tmp_path, bad_line)
    problems: list[InputError] = []
    docs = list(read_documents([path], errors=problems.append))
    assert [d.id for d in docs] == ["a", "c"]
    assert [(p.path, p.line) for p in problems] == [(str(path), 2)]
    assert message in problems[0].message
    with pytest.raises(InputError, match=f"^{path}:2: "):
        list(read_documents([path]))  # without a handler the first problem is raised


@pytest.mark.parametrize("bad_line,message", BAD_RECORDS[:6])
def test_bad_record_cli(tmp_path, monkeypatch, capsys, bad_line, message):
    path = _jsonl(tmp_path, bad_line)
    code, out, err = run_kg(["extract", path], monkeypatch, capsys)
    assert code == 1
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["a", "c"]
    lines = one_line_errors(err)
    assert lines[0].startswith(f"kg: {path}:2: ") and message in lines[0]
    assert lines[-1] == "kg: 1 input problem skipped (see above)"


def test_jsonl_line_numbers_count_blank_lines_and_u2028(tmp_path):
    path = tmp_path / "news.jsonl"
    rec = json.dumps({"id": "a", "text": "第一段\u2028第二段"}, ensure_ascii=False)
    path.write_text(f"{rec}\n\n{{bad\n", encoding="utf-8")
    problems: list[InputError] = []
    docs = list(read_documents([path], errors=problems.append))
    assert docs[0].text == "第一段\u2028第二段"
    assert problems[0].line == 3


# --- outputs -------------------------------------------------------------------------------------


def test_atomic_write_replaces_only_when_complete(tmp_path, monkeypatch):
    target = tmp_path / "graph.ttl"
    atomic_write(target, "good\n")
    assert target.read_text() == "good\n"

    def disk_full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(OutputError, match="No space left on device"):
        atomic_write(target, "half a graph")
    assert target.read_text() == "good\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.ttl"]  # no temporary file left


def test_atomic_write_interrupted(tmp_path, monkeypatch):
    target = tmp_path / "graph.html"
    atomic_write(target, b"<html>good</html>")

    def ctrl_c(fd):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", ctrl_c)
    with pytest.raises(KeyboardInterrupt):
        atomic_write(target, b"<html>ha")
    assert target.read_bytes() == b"<html>good</html>"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.html"]


def test_atomic_write_bad_places(tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(OutputError, match="a file is in the way"):
        atomic_write(tmp_path / "file" / "graph.ttl", "x")
    with pytest.raises(OutputError, match="is a folder"):
        atomic_write(tmp_path, "x")


def test_out_is_a_file(tmp_path, monkeypatch, capsys):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out"
    out.write_text("not a folder")
    code, _, err = run_kg(["build", tmp_path / "a.txt", "--out", out], monkeypatch, capsys)
    assert code == 1
    assert one_line_errors(err) == [f"kg: {out}: --out must be a folder, but this is a file"]
    code, _, err = run_kg(["build", tmp_path / "a.txt", "--out", out / "sub"], monkeypatch, capsys)
    assert code == 1
    expected = f"kg: {out}: cannot create the output folder: a file is in the way"
    assert one_line_errors(err) == [expected]


def test_out_not_writable(tmp_path, monkeypatch, capsys):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if Path(p) == out else real_access(p, mode))
    code, _, err = run_kg(["build", tmp_path / "a.txt", "--out", out / "deeper"], monkeypatch, capsys)
    assert code == 1
    assert one_line_errors(err) == [f"kg: {out}: output folder is not writable"]


def _good_build(tmp_path, monkeypatch, capsys) -> Path:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out"
    code, _, err = run_kg(["build", tmp_path / "a.txt", "--out", out], monkeypatch, capsys)
    assert code == 0, err
    return out


def test_failed_build_keeps_good_graph(tmp_path, monkeypatch, capsys):
    out = _good_build(tmp_path, monkeypatch, capsys)
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    assert {"graph.ttl", "graph.html"} <= set(before)
    (tmp_path / "bad.txt").write_bytes(b"")
    code, _, err = run_kg(["build", tmp_path / "bad.txt", "--out", out], monkeypatch, capsys)
    assert code == 1
    lines = one_line_errors(err)
    assert lines[0] == f"kg: {tmp_path / 'bad.txt'}: empty file"
    assert "nothing to build" in lines[-1]
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before


def test_disk_full_during_build_keeps_good_graph(tmp_path, monkeypatch, capsys):
    out = _good_build(tmp_path, monkeypatch, capsys)
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}

    def disk_full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    (tmp_path / "b.txt").write_text("副市长王强出席会议。", encoding="utf-8")
    code, _, err = run_kg(["build", tmp_path / "b.txt", "--out", out], monkeypatch, capsys)
    assert code == 1
    assert "No space left on device" in one_line_errors(err)[0]
    # nothing replaced, no temp files
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before


def test_interrupted_build_keeps_good_graph(tmp_path, monkeypatch, capsys):
    out = _good_build(tmp_path, monkeypatch, capsys)
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    import kg.api

    def ctrl_c(*args, **kw):
        raise KeyboardInterrupt

    monkeypatch.setattr(kg.api, "process_document", ctrl_c)
    monkeypatch.setattr(kg.api, "process_all", ctrl_c)  # the input is unchanged: it would not be extracted
    monkeypatch.setattr(kg.api, "build", ctrl_c)
    code, _, err = run_kg(["build", tmp_path / "a.txt", "--out", out], monkeypatch, capsys)
    assert code == 130
    assert "kg: interrupted" in err and "Traceback" not in err
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before


def test_build_summary_counts_skipped(tmp_path, monkeypatch, capsys):
    path = _jsonl(tmp_path, '{"id": "b"}')
    code, out, err = run_kg(["build", path, "--out", tmp_path / "out"], monkeypatch, capsys)
    assert code == 1
    assert "2 documents" in out and "1 input problem skipped" in out
    assert (tmp_path / "out" / "graph.ttl").stat().st_size > 0
    assert one_line_errors(err) == [f"kg: {path}:2: record has no 'text'"]


# --- bad rules -----------------------------------------------------------------------------------

GOOD_RULE = '{"id": "user-title-gm", "label": "TITLE", "regex": "总经理"}'
BAD_RULES = [
    # (second line of a user rule file, part of the message)
    ('{"id": "x", "label": "TITLE", "regx": "董事长"}', "field 'regx'"),
    ('{"id": "x", "lable": "TITLE", "regex": "董事长"}', "field 'lable'"),
    ('{"id": "x", "regex": "董事长"}', "field 'label'"),
    ('{"id": "x", "label": "PERSON", "regex": "董事长"}', "field 'label'"),
    ('{"id": "x", "label": "TITLE", "regex": "董事(长"}', "field 'regex'"),
    ('{"id": "x", "label": "TITLE", "regex": "董事长", "priority": "high"}', "field 'priority'"),
    ('{"label": "TITLE", "regex": "董事长"}', "field 'id'"),
    ('{"id": "user-title-gm", "label": "TITLE", "regex": "董事长"}', "field 'id'"),
    ('{"id": "x", "label": "TITLE", "regex": "董事长",}', "not JSON"),
]


@pytest.mark.parametrize("line,message", BAD_RULES)
def test_bad_rule_file_names_file_line_field(tmp_path, monkeypatch, capsys, line, message):
    rules = tmp_path / "my-rules.jsonl"
    rules.write_text(GOOD_RULE + "\n" + line + "\n", encoding="utf-8")
    news = tmp_path / "a.txt"
    news.write_text(GOOD, encoding="utf-8")
    code, out, err = run_kg(["extract", "--rules", rules, news], monkeypatch, capsys)
    assert code == 1
    assert out == ""
    (only,) = one_line_errors(err)
    assert only.startswith(f"kg: {rules}:2: ") and message in only


@pytest.mark.parametrize("content,message", [
    ("总经理\n", "source"),  # a lexicon needs a '# source:' header
    ("# source: my notes\n# lexicon: titles/titles\n总 经理\n", ":3: "),
])
def test_bad_user_lexicon(tmp_path, monkeypatch, capsys, content, message):
    lex = tmp_path / "my-titles.txt"
    lex.write_text(content, encoding="utf-8")
    news = tmp_path / "a.txt"
    news.write_text(GOOD, encoding="utf-8")
    code, _, err = run_kg(["extract", "--rules", lex, news], monkeypatch, capsys)
    assert code == 1
    (only,) = one_line_errors(err)
    assert only.startswith(f"kg: {lex}") and message in only


def test_missing_rule_file(tmp_path, monkeypatch, capsys):
    news = tmp_path / "a.txt"
    news.write_text(GOOD, encoding="utf-8")
    code, _, err = run_kg(["extract", "--rules", tmp_path / "nope.jsonl", news], monkeypatch, capsys)
    assert code == 1
    (only,) = one_line_errors(err)
    assert only.startswith(f"kg: {tmp_path / 'nope.jsonl'}")


def test_rule_file_with_bom_loads(tmp_path):
    from kg.rules import load_rules

    rules = tmp_path / "notepad.jsonl"
    rules.write_bytes(b"\xef\xbb\xbf" + GOOD_RULE.encode("utf-8") + b"\n")
    assert any(p.id == "user-title-gm" for p in load_rules((str(rules),)).patterns)


# --- bad queries ---------------------------------------------------------------------------------

TINY_GRAPH = """@prefix schema: <https://schema.org/> .
<https://kg.example.org/id/person/a> a schema:Person ; schema:name "李理"@zh .
"""
BAD_QUERIES = [
    "SELECT ?s WHERE { ?s ?p }",
    pytest.param("SELECT ?name WHERE {\n  ?p a nosuch:Person ;\n  nosuch:name ?name .\n}",  # unknown prefix
                 marks=pytest.mark.xfail(strict=True, reason="G: position of an unknown prefix (r-to-g.md)")),
    "SELEC ?s WHERE { ?s ?p ?o }",
    "PREFIX schema: <https://schema.org/>\nSELECT ?s WHERE {\n  ?s schema:name ?n .\n  FILTER(?n = )\n}",
]


# "<query>:4: column 3: ..." or "line 4, column 3"
LINE_COLUMN = re.compile(r":\d+: column \d+|line:? ?\d+, col(umn)?:? ?\d+")


@pytest.mark.parametrize("query", BAD_QUERIES)
def test_bad_query_line_and_column(tmp_path, monkeypatch, capsys, query):
    graph = tmp_path / "g.ttl"
    graph.write_text(TINY_GRAPH, encoding="utf-8")
    code, out, err = run_kg(["query", query, "--graph", graph], monkeypatch, capsys)
    assert code == 1
    (only,) = one_line_errors(err)
    assert LINE_COLUMN.search(only), only


def test_bad_query_file_named(tmp_path, monkeypatch, capsys):
    graph = tmp_path / "g.ttl"
    graph.write_text(TINY_GRAPH, encoding="utf-8")
    rq = tmp_path / "broken.rq"
    rq.write_text("# a broken query\nSELECT ?s WHERE { ?s ?p }\n", encoding="utf-8")
    code, _, err = run_kg(["query", rq, "--graph", graph], monkeypatch, capsys)
    assert code == 1
    (only,) = one_line_errors(err)
    assert only.startswith(f"kg: {rq}:2: ") and LINE_COLUMN.search(only), only


@pytest.mark.parametrize("content", [None, "这不是 Turtle 。\n"])
def test_query_bad_graph_file(tmp_path, monkeypatch, capsys, content):
    graph = tmp_path / "g.ttl"
    if content is not None:
        graph.write_text(content, encoding="utf-8")
    code, _, err = run_kg(["query", "SELECT ?s WHERE { ?s ?p ?o }", "--graph", graph], monkeypatch, capsys)
    assert code == 1
    (only,) = one_line_errors(err)
    assert str(graph) in only


# --- the real entry point ------------------------------------------------------------------------

KG = [sys.executable, "-c", "from kg.cli import main; main()"]


def test_entry_point_no_traceback(tmp_path):
    (tmp_path / "bad.jsonl").write_text('{"id": "a", "text": "副市长王强出席。"}\n{"id": "b"}\n',
                                        encoding="utf-8")
    proc = subprocess.run([*KG, "extract", str(tmp_path / "bad.jsonl"), str(tmp_path / "missing.txt")],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1
    assert len(proc.stdout.splitlines()) == 1
    assert proc.stderr.splitlines() == [
        f"kg: {tmp_path / 'bad.jsonl'}:2: record has no 'text'",
        f"kg: {tmp_path / 'missing.txt'}: no such file or folder",
        "kg: 2 input problems skipped (see above)",
    ]


def test_reader_goes_away(tmp_path):
    # kg extract big.jsonl | head -1: no traceback, no "Exception ignored", exit 0
    path = tmp_path / "many.jsonl"
    path.write_text("".join(json.dumps({"id": f"d{i}", "text": GOOD}, ensure_ascii=False) + "\n"
                            for i in range(3000)), encoding="utf-8")
    proc = subprocess.Popen([*KG, "extract", str(path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout.readline().startswith(b'{"id": "d0"')
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=300) == 0, err
    assert err == ""


# --- determinism ---------------------------------------------------------------------------------

SEED = Path(__file__).resolve().parent.parent / "seeds" / "ordos-daily-2025-06-page.txt"


def _nasty_jsonl(tmp_path) -> Path:
    path = tmp_path / "news.jsonl"
    texts = [
        GOOD,
        "6月13日，全区精神文明建设成果交流会在呼和浩特市召开。",
        "國務院總理在北京會見了來訪的德國總理。",
    ]
    path.write_text("".join(json.dumps({"id": f"n{i}", "text": t}, ensure_ascii=False) + "\n"
                            for i, t in enumerate(texts)), encoding="utf-8")
    return path


def test_extract_same_bytes_across_hash_seeds(tmp_path):
    inputs = [str(_nasty_jsonl(tmp_path))] + ([str(SEED)] if SEED.exists() else [])
    outs = []
    for seed in ("0", "12345"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        proc = subprocess.run([*KG, "extract", *inputs], capture_output=True, env=env, timeout=300)
        assert proc.returncode == 0, proc.stderr
        outs.append(proc.stdout)
    assert outs[0] == outs[1] and outs[0]


def test_build_same_bytes_twice_and_across_hash_seeds(tmp_path, monkeypatch, capsys):
    inputs = [str(_nasty_jsonl(tmp_path))] + ([str(SEED)] if SEED.exists() else [])
    results = []
    for n in range(2):  # twice in this process: no state carried over from one build to the next
        out = tmp_path / f"out{n}"
        code, _, err = run_kg(["build", *inputs, "--out", out], monkeypatch, capsys)
        assert code == 0, err
        results.append({name: (out / name).read_bytes() for name in ("graph.ttl", "graph.html")})
    for seed in ("0", "12345"):  # in fresh processes, with other string hashes (set and dict order)
        out = tmp_path / f"out-{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        proc = subprocess.run([*KG, "build", *inputs, "--out", str(out)],
                              capture_output=True, env=env, timeout=300)
        assert proc.returncode == 0, proc.stderr
        results.append({name: (out / name).read_bytes() for name in ("graph.ttl", "graph.html")})
    for other in results[1:]:
        for name in ("graph.ttl", "graph.html"):
            if other[name] != results[0][name]:
                import difflib

                diff = difflib.unified_diff(results[0][name].decode().splitlines(),
                                            other[name].decode().splitlines(), lineterm="", n=1)
                pytest.fail(f"{name} differs between runs:\n" + "\n".join(list(diff)[:40]))


# --- the corpus of nasty inputs (tests/nasty/) ---------------------------------------------------

NASTY = Path(__file__).resolve().parent / "nasty"
NASTY_PAGE = ("市委书记李理主持召开会议\n\n本报讯（记者 张明）6月13日，全市安全生产工作会议在康巴什区召开。"
              "市委副书记、市长王强出席会议。\n")


def _generate_nasty(folder: Path) -> None:
    """The nasty inputs better not kept in git: other encodings, binary, huge."""
    import zlib

    from opencc import OpenCC

    gen = folder / "generated"
    gen.mkdir(parents=True)
    (gen / "gbk.txt").write_bytes(NASTY_PAGE.encode("gbk"))
    (gen / "big5.txt").write_bytes(OpenCC("s2tw").convert(NASTY_PAGE).encode("big5"))
    (gen / "utf16-no-bom.txt").write_bytes(NASTY_PAGE.encode("utf-16-le"))
    (gen / "truncated-utf8.txt").write_bytes(NASTY_PAGE.encode("utf-8")[:-2])  # cut inside the last 。
    (gen / "empty.txt").write_bytes(b"")
    (gen / "binary.txt").write_bytes(bytes(range(256)) * 64)
    (gen / "zip.txt").write_bytes(zlib.compress(NASTY_PAGE.encode("utf-8") * 50))
    (gen / "enormous-line.txt").write_text("李" * (MAX_LINE_CHARS + 10), encoding="utf-8")
    (gen / "enormous-line.jsonl").write_text(json.dumps({"id": "big", "text": "李" * (MAX_LINE_CHARS + 10)}),
                                             encoding="utf-8")


def _nasty_cases() -> list[tuple[str, int, str]]:
    rows = []
    for line in (NASTY / "EXPECTED.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, code, message = line.split("\t")
            rows.append((name, int(code), message))
    return rows


@pytest.fixture(scope="module")
def nasty_dir(tmp_path_factory) -> Path:
    import shutil

    folder = tmp_path_factory.mktemp("nasty")
    for f in NASTY.iterdir():
        if f.suffix in (".txt", ".jsonl", ".json"):
            shutil.copy(f, folder / f.name)
    _generate_nasty(folder)
    return folder


def test_nasty_manifest_lists_every_file(nasty_dir):
    listed = {name for name, _, _ in _nasty_cases()}
    present = {p.relative_to(nasty_dir).as_posix() for p in nasty_dir.rglob("*") if p.is_file()}
    assert listed == present


@pytest.mark.parametrize("name,code,message", _nasty_cases())
def test_nasty_input(nasty_dir, monkeypatch, capsys, name, code, message):
    path = nasty_dir / name
    got, out, err = run_kg(["extract", path], monkeypatch, capsys)
    assert got == code, err
    if message == "-":
        assert err == ""
    else:
        assert message in one_line_errors(err)[0]
    texts = {d.id: d.text for d in read_documents([path], errors=lambda e: None)}
    for line in out.splitlines():
        rec = json.loads(line)
        for m in rec["mentions"]:
            assert texts[rec["id"]][m["start"]:m["end"]] == m["text"], m


def test_nasty_build(nasty_dir, monkeypatch, capsys):
    from rdflib import Graph

    out = nasty_dir.parent / "nasty-out"
    code, stdout, err = run_kg(["build", nasty_dir, "--out", out], monkeypatch, capsys)
    assert code == 1  # some inputs are bad: reported, the rest built
    one_line_errors(err)
    assert "input problems skipped" in stdout
    g = Graph().parse(out / "graph.ttl", format="turtle")
    assert len(g) > 0
    assert (out / "graph.html").stat().st_size > 0
