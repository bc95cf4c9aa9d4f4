"""Standard input and output as a new user meets them (a file in another encoding piped in, a stream closed,
a full disk behind ``>``), and rule files in another encoding or not files: one line naming the stream or
the file, never a traceback."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import kg_process, one_line_errors

SENTENCE = "市委书记李理主持召开会议，研究部署全市安全生产工作。"


def _piped(data: bytes) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-c", "from kg.cli import main; main()", "extract", "-", "-j1"]
    return subprocess.run(cmd, input=data, capture_output=True, timeout=120)


@pytest.mark.parametrize("encoding", ["gb18030", "utf-16", "utf-16-le", "utf-8-sig"])
@pytest.mark.parametrize("shape", ["text", "jsonl"])
def test_standard_input_in_another_encoding_reads_as_a_file_does(encoding, shape):
    text = SENTENCE if shape == "text" else json.dumps({"id": "a", "text": SENTENCE}, ensure_ascii=False)
    r = _piped(f"{text}\n".encode(encoding))
    assert r.returncode == 0, r.stderr
    [record] = [json.loads(line) for line in r.stdout.decode().splitlines()]
    assert any(m["text"] == "李理" for m in record["mentions"])


def test_binary_data_on_standard_input_is_one_line():
    r = _piped(bytes(range(256)) * 20)
    assert r.returncode == 1 and r.stdout == b""
    [message, _] = one_line_errors(r.stderr.decode())
    assert message == "kg: <stdin>: not text: binary data or an unknown encoding"


@pytest.mark.parametrize("shape", ["text", "jsonl"])
def test_gzip_on_standard_input_is_named_as_gzip(shape):
    """`cat news.jsonl.gz | kg extract -` was "not text: binary data or an unknown encoding"; a gzipped
    page given as a file was already named as gzip."""
    import gzip

    text = SENTENCE if shape == "text" else json.dumps({"id": "a", "text": SENTENCE}, ensure_ascii=False)
    r = _piped(gzip.compress(f"{text}\n".encode()))
    assert r.returncode == 1 and r.stdout == b""
    [message, _] = one_line_errors(r.stderr.decode())
    assert message == ("kg: <stdin>: a gzip file: kg reads gzipped JSON Lines (.jsonl.gz), a page as text: "
                       "gunzip it")


def test_standard_input_closed_is_one_line():
    r = kg_process(["extract", "-"], preexec_fn=lambda: os.close(0))
    assert r.returncode == 1
    assert one_line_errors(r.stderr)[0] == "kg: <stdin>: standard input is closed"


def test_standard_output_closed_is_one_line(tmp_path):
    page = tmp_path / "a.txt"
    page.write_text(SENTENCE, encoding="utf-8")
    r = kg_process(["extract", page], preexec_fn=lambda: os.close(1))
    assert r.returncode == 1
    assert one_line_errors(r.stderr) == ["kg: <stdout>: cannot write: standard output is closed"]


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full")
@pytest.mark.parametrize("command", [["extract", "a.txt"], ["query", "ASK { ?s ?p ?o }", "--graph", "g.ttl"]])
def test_a_full_standard_output_is_one_line_naming_it(command, tmp_path):
    (tmp_path / "a.txt").write_text(SENTENCE, encoding="utf-8")
    (tmp_path / "g.ttl").write_text("<http://example.org/a> <http://example.org/b> 'c' .\n")
    cmd = [sys.executable, "-c", "from kg.cli import main; main()", *command]
    with open("/dev/full", "w") as full:
        r = subprocess.run(cmd, cwd=tmp_path, stdout=full, stderr=subprocess.PIPE, text=True, timeout=120)
    assert r.returncode == 1
    assert one_line_errors(r.stderr) == ["kg: <stdout>: cannot write: No space left on device"]


@pytest.mark.parametrize("name, content, message", [
    ("r.jsonl", '{"id": "r", "label": "PER", "regex": "李理"}\n'.encode("utf-16"),
     "r.jsonl:1: column 1: the rule file is not UTF-8 (byte 0xff); rule files are UTF-8"),
    ("l.txt", "# source: made up\n# lexicon: people/surnames\n王\n".encode() + b"\xff\xfe\n",
     "l.txt:4: column 1: the lexicon is not UTF-8 (byte 0xff); rule files are UTF-8"),
    ("h.tsv", "# source: made up\n# table: posts/heads\n局长\n".encode(),
     "h.tsv:3: expected 2 tab-separated fields, got 1"),
])
def test_a_rule_file_in_another_encoding_or_shape_names_its_line(name, content, message, tmp_path):
    (tmp_path / name).write_bytes(content)
    (tmp_path / "a.txt").write_text(SENTENCE, encoding="utf-8")
    r = kg_process(["extract", "a.txt", "--rules", name], cwd=tmp_path)
    assert r.returncode == 1
    assert one_line_errors(r.stderr) == [f"kg: {message}"]


def test_a_device_as_a_rule_file_says_so(tmp_path):
    (tmp_path / "a.txt").write_text(SENTENCE, encoding="utf-8")
    r = kg_process(["extract", "a.txt", "--rules", "/dev/null"], cwd=tmp_path)
    assert r.returncode == 1
    assert one_line_errors(r.stderr) == ["kg: /dev/null: not a regular file: a device"]


def test_standard_input_piped_in_pieces_is_read_as_it_comes(tmp_path):
    """The head read to tell the encoding is given back: every record of a pipe is read, in order."""
    lines = [json.dumps({"id": f"d{i}", "text": SENTENCE}, ensure_ascii=False) for i in range(200)]
    r = _piped("\n".join(lines).encode())
    assert r.returncode == 0, r.stderr
    ids = [json.loads(line)["id"] for line in r.stdout.decode().splitlines()]
    assert ids == [f"d{i}" for i in range(200)]
    assert not list(Path(tmp_path).iterdir())


@pytest.mark.parametrize("jobs", [["-j1"], []], ids=["one-job", "default-jobs"])
@pytest.mark.parametrize("ascii_only", [False, True], ids=["utf-8", "json-escapes"])
def test_a_stream_of_records_gives_each_line_out_as_it_arrives(ascii_only, jobs):
    """A pipe that writes one record and waits (tail -f, a crawler): its line comes out before the next
    record is written, not once 4 MiB (or, on all cores, 100,000 characters) have arrived or the pipe has
    closed."""
    cmd = [sys.executable, "-c", "from kg.cli import main; main()", "extract", "-", *jobs]
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        for doc_id in ("a", "b"):
            line = json.dumps({"id": doc_id, "text": SENTENCE}, ensure_ascii=ascii_only) + "\n"
            proc.stdin.write(line.encode())
            proc.stdin.flush()
            got = _line_within(proc.stdout, seconds=60)
            assert json.loads(got)["id"] == doc_id
            assert any(m["text"] == "李理" for m in json.loads(got)["mentions"])
        proc.stdin.close()
        assert proc.wait(timeout=60) == 0
        assert proc.stdout.read() == b"" and proc.stderr.read() == b""
    finally:
        proc.kill()


def _line_within(stream, seconds: float) -> bytes:
    """The next line of ``stream``, failing after ``seconds`` rather than waiting for ever."""
    import selectors

    with selectors.DefaultSelector() as sel:
        sel.register(stream, selectors.EVENT_READ)
        assert sel.select(timeout=seconds), f"no line within {seconds} s"
    return stream.readline()


def _record(doc_id: str, text: str = SENTENCE) -> str:
    return json.dumps({"id": doc_id, "text": text}, ensure_ascii=False) + "\n"


@pytest.mark.parametrize("other, text", [("gb18030", "副市长王强出席会议并讲话。"),
                                         ("big5", "副市長王強出席會議並講話。")])
def test_a_later_record_in_another_encoding_on_a_stream_is_named_by_its_line(other, text):
    """A stream starting with UTF-8 records is read as UTF-8 from its first line (so that each record is
    read as it comes): a later record in GBK is one problem naming its line, not a record of U+FFFD."""
    r = _piped(_record("u1").encode() + _record("o2", text).encode(other) + _record("u3").encode())
    assert r.returncode == 1
    ids = [json.loads(line)["id"] for line in r.stdout.decode().splitlines()]
    assert ids == ["u1", "u3"]
    message, summary = one_line_errors(r.stderr.decode())
    assert message.startswith("kg: <stdin>:2: not UTF-8 like the rest of the input (byte 0x")
    assert summary == "kg: 1 input problem skipped (see above)"


@pytest.mark.parametrize("first", ["utf-8", "gb18030"])
def test_records_in_two_encodings_read_alike_from_a_file_and_a_pipe(first, tmp_path):
    """Lines that are UTF-8 are read as UTF-8, the others in the encoding of the others: a file of UTF-8
    records with GBK ones pasted in (or the other way round) reads whole, from a file or a pipe."""
    second = "gb18030" if first == "utf-8" else "utf-8"
    data = (_record("a").encode(first) + _record("b", "副市长王强出席会议并讲话。").encode(second)
            + _record("c", "县长张伟到乡镇调研。").encode(first))
    news = tmp_path / "news.jsonl"
    news.write_bytes(data)
    from_file = kg_process(["extract", news, "-j1"])
    assert from_file.returncode == 0, from_file.stderr
    texts = {"a": "李理", "b": "王强", "c": "张伟"}
    for line in from_file.stdout.splitlines():
        record = json.loads(line)
        assert any(m["text"] == texts[record["id"]] for m in record["mentions"]), record
    if first == "gb18030":  # a pipe whose first line is not UTF-8 is told from its head, as a file
        piped = _piped(data)
        assert piped.returncode == 0 and piped.stdout.decode() == from_file.stdout


def test_a_few_broken_bytes_in_a_utf8_record_are_replaced_as_in_a_file(tmp_path):
    data = (_record("a") + _record("b")).encode()
    cut = data.index("李理".encode(), len(_record("a").encode()))
    r = _piped(data[:cut] + data[cut:cut + 2] + data[cut + 3:])  # the first two bytes of 李
    assert r.returncode == 0
    assert [json.loads(line)["id"] for line in r.stdout.decode().splitlines()] == ["a", "b"]
    assert one_line_errors(r.stderr.decode()) == [
        "kg: <stdin>: 1 broken UTF-8 sequence(s) replaced by U+FFFD"]


@pytest.mark.parametrize("encoding", ["gb18030", "utf-16"])
def test_a_gzipped_jsonl_is_told_its_encoding_as_a_file(encoding, tmp_path):
    """A gzipped dump in GBK was read as UTF-8 with every character replaced, silently."""
    import gzip

    (tmp_path / "news.jsonl.gz").write_bytes(gzip.compress((_record("a") + _record("b")).encode(encoding)))
    r = kg_process(["extract", tmp_path / "news.jsonl.gz", "-j1"])
    assert r.returncode == 0 and r.stderr == ""
    records = [json.loads(line) for line in r.stdout.splitlines()]
    assert [rec["id"] for rec in records] == ["a", "b"]
    assert all(any(m["text"] == "李理" for m in rec["mentions"]) for rec in records)


def test_an_empty_gzipped_jsonl_is_an_empty_file(tmp_path):
    import gzip

    (tmp_path / "news.jsonl.gz").write_bytes(gzip.compress(b"\n\n"))
    r = kg_process(["extract", tmp_path / "news.jsonl.gz", "-j1"])
    assert r.returncode == 1 and r.stdout == ""
    assert one_line_errors(r.stderr)[0] == f"kg: {tmp_path}/news.jsonl.gz: empty file"


@pytest.mark.parametrize("head_bytes", [None, 1 << 16])  # a small file, and one larger than its head
def test_a_gzipped_jsonl_cut_short_gives_its_records_before_the_cut(head_bytes, tmp_path, monkeypatch):
    """A cut .jsonl.gz smaller than the part read to tell its encoding gave no record at all, where a large
    one gave those before the cut: both give them now, then one problem."""
    import gzip
    import random

    from kg.ingest import read as read_mod

    if head_bytes:
        monkeypatch.setattr(read_mod, "JSONL_WHOLE_BYTES", head_bytes)
    chance = random.Random(7)
    texts = ["市委书记李理主持会议。" + "".join(chance.choice("县乡镇村区市省部局委办") for _ in range(200))
             for _ in range(400)]
    data = gzip.compress("".join(json.dumps({"id": f"a{i}", "text": t}, ensure_ascii=False) + "\n"
                                 for i, t in enumerate(texts)).encode())
    (tmp_path / "news.jsonl.gz").write_bytes(data[:len(data) // 2])
    problems: list = []
    docs = list(read_mod.read_documents([tmp_path / "news.jsonl.gz"], errors=problems.append))
    assert 50 < len(docs) < 400 and [d.text for d in docs] == texts[:len(docs)]
    assert [p.message for p in problems] == [
        "cannot read as gzip: Compressed file ended before the end-of-stream marker was reached"]


@pytest.mark.parametrize("records,cut", [(40, 2), (400, 2), (400, 3)])
def test_a_gzipped_jsonl_cut_short_gives_every_whole_record_before_the_cut(records, cut, tmp_path):
    """Every whole line the cut stream still holds is read: a read of the head in pieces of 64 KiB lost the
    piece the cut fell in (all of a small file's records: 88 whole records before the cut, none read)."""
    import gzip
    import random
    import zlib

    from kg.ingest import read as read_mod

    chance = random.Random(11)
    texts = ["市长王强出席活动。" + "".join(chance.choice("县乡镇村区市省部局委办") for _ in range(300))
             for _ in range(records)]
    data = gzip.compress("".join(json.dumps({"id": f"a{i}", "text": t}, ensure_ascii=False) + "\n"
                                 for i, t in enumerate(texts)).encode())
    data = data[:len(data) * (cut - 1) // cut]
    whole = zlib.decompressobj(31).decompress(data).count(b"\n")  # what the cut stream still holds
    (tmp_path / "news.jsonl.gz").write_bytes(data)
    problems: list = []
    docs = list(read_mod.read_documents([tmp_path / "news.jsonl.gz"], errors=problems.append))
    assert whole > 10 and [d.text for d in docs] == texts[:whole]
    assert [p.message for p in problems] == [
        "cannot read as gzip: Compressed file ended before the end-of-stream marker was reached"]
