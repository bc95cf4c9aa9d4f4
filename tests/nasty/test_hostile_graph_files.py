"""Graph files (``--graph``) that are broken or not files: one line naming the file, and for a syntax
error its line and column, the same from every command that reads one (query, page, export, serve)."""
from __future__ import annotations

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
