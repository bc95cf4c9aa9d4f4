"""Graph files (``--graph``) that are broken or not files: one line naming the file, and for a syntax
error its line and column, the same from every command that reads one (query, page, export, serve)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import one_line_errors, run_kg

COMMANDS = [
    ["query", "SELECT * { ?s ?p ?o }", "--graph"],
    ["page", "--out", "page.html", "--graph"],
    ["export", "--format", "nt", "--out", "x.nt", "--graph"],
]

# made-up Turtle, each broken in one place: (content, line, column)
BROKEN = [
    ("@prefix ex: <http://example.org/> .\nex:a ex:b", 2, 10),  # cut after the predicate
    ("<http://a> <http://b> (1 2", 1, 27),  # a list never closed
    ('@prefix ex: <http://example.org/> .\nex:a ex:b """long', 2, 11),  # a long string never closed
    ("@base", 1, 1),  # a directive without its IRI
    ("@prefix ex: <http://example.org/> .\nex:a ex:b ex:c\nex:d ex:e ex:f .\n", 3, 1),  # a dot missing
]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
@pytest.mark.parametrize("content, line, column", BROKEN)
def test_a_broken_turtle_file_is_one_line_with_its_line(command, content, line, column, tmp_path,
                                                         monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    Path("g.ttl").write_text(content, encoding="utf-8")
    code, out, err = run_kg([*command, "g.ttl"], monkeypatch, capsys)
    assert code == 1 and out == ""
    [message] = one_line_errors(err)
    assert message.startswith(f"kg: g.ttl:{line}: column {column}: not valid Turtle: "), message
    assert not Path("page.html").exists() and not Path("x.nt").exists()


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_turtle_not_in_utf8_is_one_line(command, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    Path("g.ttl").write_bytes('<http://a> <http://b> "李理" .\n'.encode("utf-16"))
    code, _, err = run_kg([*command, "g.ttl"], monkeypatch, capsys)
    assert code == 1
    [message] = one_line_errors(err)
    assert message.startswith("kg: g.ttl:1: column 1: not valid Turtle: "), message


@pytest.mark.parametrize("command", [*COMMANDS, ["serve", "--port", "1", "--graph"]], ids=lambda c: c[0])
@pytest.mark.parametrize("path, reason", [
    ("/dev/null", "not a regular file: a device"),
    (".", "a folder, not a file"),
    ("fifo.ttl", "not a regular file: a named pipe"),
    ("gone.ttl", "no such graph file (build one with: kg build INPUT...)"),
])
def test_a_graph_that_is_not_a_file_says_what_it_is(command, path, reason, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    import os

    os.mkfifo("fifo.ttl")
    code, _, err = run_kg([*command, path], monkeypatch, capsys)
    assert code in (1, 2)
    [message] = one_line_errors(err)
    assert message == f"kg: {path}: {reason}" or (code == 2 and "is a directory" in message), message


# -- exports on a full disk: both CSV tables or neither, no folder left that the export made ------------

def _store(tmp_path: Path) -> Path:
    from kg.api import build_outputs
    from kg.model import Document

    build_outputs([Document(id="a", text="市委书记李理主持召开会议。")], out=None, store=tmp_path / "store")
    return tmp_path / "store"


def _disk_full_at(monkeypatch, call: int) -> None:
    """os.fsync fails with ENOSPC from its ``call``-th call on (the ``call``-th file written)."""
    import errno
    import os

    calls = iter(range(1, 1000))
    real = os.fsync

    def fsync(fd):
        if next(calls) >= call:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(fd)

    monkeypatch.setattr(os, "fsync", fsync)


def test_csv_export_on_a_full_disk_leaves_the_old_tables(tmp_path, monkeypatch, capsys):
    store = _store(tmp_path)
    out = tmp_path / "tables"
    out.mkdir()
    (out / "nodes.csv").write_text("old nodes\n")
    (out / "edges.csv").write_text("old edges\n")
    _disk_full_at(monkeypatch, 2)  # nodes.csv is written aside, edges.csv is not
    code, _, err = run_kg(["export", "--format", "csv", "--store", store, "--out", out], monkeypatch, capsys)
    assert code == 1
    assert one_line_errors(err) == [f"kg: {out / 'edges.csv'}: cannot write: No space left on device"]
    assert sorted(p.name for p in out.iterdir()) == ["edges.csv", "nodes.csv"]
    assert (out / "nodes.csv").read_text() == "old nodes\n"


@pytest.mark.parametrize("fmt, name", [("csv", "tables"), ("nt", "x/g.nt"), ("html", "x/p.html")])
def test_an_export_on_a_full_disk_leaves_no_folder_it_made(fmt, name, tmp_path, monkeypatch, capsys):
    store = _store(tmp_path)
    _disk_full_at(monkeypatch, 1)
    out = tmp_path / "new" / name
    code, _, err = run_kg(["export", "--format", fmt, "--store", store, "--out", out], monkeypatch, capsys)
    assert code == 1
    [message] = one_line_errors(err)
    assert message.endswith("cannot write: No space left on device"), message
    assert not (tmp_path / "new").exists()


# -- lock files: removed when the writer is done, with the folders made for them --------------------------

def test_a_failed_build_leaves_no_lock_file_nor_folder(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    Path("a.txt").write_text("市委书记李理主持召开会议。", encoding="utf-8")
    Path("notastore").write_text("x")
    code, _, err = run_kg(["build", "a.txt", "--out", "new/out", "--store", "notastore"], monkeypatch, capsys)
    assert code == 1
    assert one_line_errors(err) == ["kg: notastore: not a store: this is a file, a store is a folder"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "notastore"]


def test_a_build_leaves_no_lock_file(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    Path("a.txt").write_text("市委书记李理主持召开会议。", encoding="utf-8")
    code, _, _ = run_kg(["build", "a.txt", "--out", "out"], monkeypatch, capsys)
    assert code == 0
    assert sorted(p.name for p in Path(".").iterdir()) == ["a.txt", "out"]
    assert sorted(p.name for p in Path("out").iterdir()) == ["graph.html", "graph.ttl", "store"]


def test_a_lock_file_removed_as_it_is_locked_is_not_held(tmp_path, monkeypatch):
    """A kg that opened the lock file of a writer ending (which removes it) locks the next one, not that."""
    from kg import io as kg_io

    lock = tmp_path / ".out.kg.lock"
    real_flock = kg_io.fcntl.flock
    removed = []

    def flock_after_the_writer_ended(fd, op):
        if not removed:
            removed.append(lock.unlink())  # the writer ends between our open and our lock
        return real_flock(fd, op)

    monkeypatch.setattr(kg_io.fcntl, "flock", flock_after_the_writer_ended)
    with kg_io.output_lock(tmp_path / "out"):
        assert lock.read_text().strip() == str(__import__("os").getpid())
    assert not lock.exists()


@pytest.mark.parametrize("source", ["store", "graph"])
def test_a_query_syntax_error_names_its_line_and_column_on_both(source, tmp_path, monkeypatch, capsys):
    store = _store(tmp_path)
    graph = tmp_path / "g.ttl"
    graph.write_text("<http://example.org/a> <http://example.org/b> <http://example.org/c> .\n")
    rq = tmp_path / "bad.rq"
    rq.write_text("SELECT ?x\nWHERE {\n  ?x ?y\n}\n", encoding="utf-8")  # an object missing on line 3
    code, _, err = run_kg(["query", rq, f"--{source}", store if source == "store" else graph], monkeypatch,
                          capsys)
    assert code == 1
    [message] = one_line_errors(err)
    assert re.match(rf"kg: {re.escape(str(rq))}:\d+: column \d+: SPARQL syntax error: ", message), message


def test_what_a_build_killed_outright_left_is_removed_by_the_next(tmp_path, monkeypatch, capsys):
    """kill -9 leaves the new store being made (.store.XXXX.tmp) or the backup of the old (.store.XXXX.old):
    the next writer, holding the store, removes them; another store's are not touched."""
    monkeypatch.chdir(tmp_path)
    Path("a.txt").write_text("市委书记李理主持召开会议。", encoding="utf-8")
    for stale in ("out/.store.ab12cd.tmp/000001.sst", "out/.store.ef34gh.old/CURRENT",
                  "out/.other.ab12cd.tmp/000001.sst"):
        Path(stale).parent.mkdir(parents=True, exist_ok=True)
        Path(stale).write_text("x")
    code, _, err = run_kg(["build", "a.txt", "--out", "out"], monkeypatch, capsys)
    assert code == 0, err
    assert sorted(p.name for p in Path("out").iterdir()) == [".other.ab12cd.tmp", "graph.html", "graph.ttl",
                                                              "store"]


# -- a page opening on an entity the graph does not hold -------------------------------------------------

@pytest.mark.parametrize("focus", ["王五", "李", "李理 "])
def test_a_focus_not_in_the_graph_names_the_graph_file(focus, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    Path("g.ttl").write_text('@prefix schema: <https://schema.org/> .\n<https://kg.example.org/id/person/a> '
                             'a schema:Person ; schema:name "李理" .\n', encoding="utf-8")
    code, out, err = run_kg(["page", "--graph", "g.ttl", "--focus", focus, "--out", "p.html"], monkeypatch,
                            capsys)
    assert code == 1 and out == ""
    assert one_line_errors(err) == [f"kg: g.ttl: no entity named {focus!r} in the graph"]
    assert not Path("p.html").exists()


@pytest.mark.parametrize("command", [
    ["extract", "a.txt", "--rules", "r.jsonl/"],
    ["query", "ASK { ?s ?p ?o }", "--graph", "g.ttl/"],
    ["page", "--out", "p.html", "--graph", "g.ttl/"],
    ["export", "--format", "nt", "--out", "x.nt", "--graph", "g.ttl/"],
    ["serve", "--host", "192.0.2.1", "--graph", "g.ttl/"],  # (an address not of this machine: never served)
], ids=lambda c: c[0])
def test_a_graph_or_rule_file_named_with_a_trailing_slash_is_not_read(command, tmp_path, monkeypatch, capsys):
    """As for news files (``cat g.ttl/``: Not a directory): one line naming it as given."""
    monkeypatch.chdir(tmp_path)
    Path("a.txt").write_text("市委书记李理主持召开会议。", encoding="utf-8")
    Path("r.jsonl").write_text('{"id": "r1", "label": "PER", "regex": "李理"}\n', encoding="utf-8")
    Path("g.ttl").write_text("<http://example.org/a> <http://example.org/b> <http://example.org/c> .\n")
    code, out, err = run_kg(command, monkeypatch, capsys)
    assert code == 1 and out == ""
    assert one_line_errors(err) == [f"kg: {command[-1]}: not a folder: the name ends with a slash"]
    assert not Path("p.html").exists() and not Path("x.nt").exists()


SEED_GRAPH = Path(__file__).resolve().parents[2] / "output" / "graph.ttl"


@pytest.mark.parametrize("command", [
    ["page", "--graph", "g.ttl", "--out", "g.ttl"],
    ["page", "--graph", "link.ttl", "--out", "./g.ttl"],  # the same file by a link and another spelling
    ["export", "--format", "graphml", "--graph", "g.ttl", "--out", "g.ttl"],
    ["export", "--format", "html", "--graph", "sub/../g.ttl", "--out", "g.ttl"],
    ["export", "--format", "turtle", "--graph", "output/graph.ttl"],  # its default --out is the graph
], ids=lambda c: " ".join(c))
def test_an_output_that_is_the_graph_being_read_is_refused(command, tmp_path, monkeypatch, capsys):
    # before: the graph was replaced by its own page or GraphML, exit 0, and the Turtle was gone
    monkeypatch.chdir(tmp_path)
    Path("sub").mkdir()
    Path("output").mkdir()
    for name in ("g.ttl", "output/graph.ttl"):
        Path(name).write_bytes(SEED_GRAPH.read_bytes())
    Path("link.ttl").symlink_to("g.ttl")
    code, out, err = run_kg(command, monkeypatch, capsys)
    written = Path(command[command.index("--out") + 1] if "--out" in command else "output/graph.ttl")
    assert code == 1 and out == ""
    assert one_line_errors(err) == [
        f"kg: {written}: this is the --graph being read: the output would replace it; choose another --out"]
    assert Path("g.ttl").read_bytes() == Path("output/graph.ttl").read_bytes() == SEED_GRAPH.read_bytes()
