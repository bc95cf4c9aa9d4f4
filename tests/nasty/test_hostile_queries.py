"""Queries as a new user writes them: ``.rq`` files saved by Windows editors, and the ``--query`` of
``kg page`` and ``kg export``, held to what ``kg query`` promises: it never reaches the network (SERVICE
refused before any request), it stops after ``--timeout`` seconds, and a query that makes no graph is one
line."""
from __future__ import annotations

import contextlib
import socket
import threading
import time

import pytest
from conftest import SEED, one_line_errors, run_kg

GRAPH = SEED.parent.parent / "output" / "graph.ttl"


def _commands(tmp_path):
    return [["page", "--graph", GRAPH, "--out", tmp_path / "p.html"],
            ["export", "--format", "nt", "--graph", GRAPH, "--out", tmp_path / "g.nt"]]


@pytest.mark.parametrize("which", [0, 1], ids=["page", "export"])
def test_a_construct_with_service_is_refused_before_any_request(which, tmp_path, monkeypatch, capsys):
    with socket.socket() as listener:  # a SPARQL endpoint of our own, hanging up on whoever calls
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        listener.settimeout(0.2)
        called: list[object] = []
        done = threading.Event()

        def answer() -> None:
            while not done.is_set():
                with contextlib.suppress(TimeoutError):
                    connection, _ = listener.accept()
                    called.append(connection)
                    connection.close()

        answering = threading.Thread(target=answer)
        answering.start()
        endpoint = f"http://127.0.0.1:{listener.getsockname()[1]}/sparql"
        query = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ SERVICE <{endpoint}> {{ ?s ?p ?o }} }}"
        try:
            code, out, err = run_kg([*_commands(tmp_path)[which], "--query", query], monkeypatch, capsys)
        finally:
            done.set()
            answering.join()
    assert called == []
    assert code == 1 and out == ""
    assert one_line_errors(err) == [
        "kg: <query>: SERVICE is not allowed: kg queries only its graph, never the network"]
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize("which", [0, 1], ids=["page", "export"])
def test_a_construct_that_runs_away_is_stopped(which, tmp_path, monkeypatch, capsys):
    query = "CONSTRUCT { ?a ?b ?c } WHERE { ?a ?p ?o . ?b ?q ?r . ?c ?x ?y }"
    t0 = time.monotonic()
    code, out, err = run_kg([*_commands(tmp_path)[which], "--query", query, "--timeout", "2"],
                            monkeypatch, capsys)
    assert time.monotonic() - t0 < 60
    assert code == 1 and out == ""
    assert one_line_errors(err) == [
        "kg: <query>: query stopped after 2 s (--timeout); it may need a LIMIT or a more selective pattern"]
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize("which", [0, 1], ids=["page", "export"])
def test_a_query_that_makes_no_graph_is_one_line(which, tmp_path, monkeypatch, capsys):
    code, out, err = run_kg([*_commands(tmp_path)[which], "--query", "SELECT * WHERE { ?s ?p ?o }"],
                            monkeypatch, capsys)
    assert code == 1 and out == ""
    assert one_line_errors(err) == [
        "kg: <query>: --query makes the graph to draw or export: give a CONSTRUCT query"]


def test_a_construct_on_a_store_reads_the_store(tmp_path, monkeypatch, capsys):
    page = tmp_path / "a.txt"
    page.write_text("市委书记李理主持召开会议，研究部署全市安全生产工作。", encoding="utf-8")
    assert run_kg(["build", page, "--out", tmp_path / "out"], monkeypatch, capsys)[0] == 0
    query = "CONSTRUCT { ?p schema:name ?n } WHERE { ?p a schema:Person ; schema:name ?n }"
    code, _, _ = run_kg(["export", "--format", "nt", "--store", tmp_path / "out" / "store", "--query", query,
                         "--out", tmp_path / "people.nt"], monkeypatch, capsys)
    assert code == 0
    assert (tmp_path / "people.nt").read_text(encoding="utf-8").count('"李理"') == 1


def test_a_query_file_saved_with_a_byte_order_mark_runs(tmp_path, monkeypatch, capsys):
    (tmp_path / "count.rq").write_text("SELECT (COUNT(*) AS ?n) WHERE { ?s a schema:Person }\r\n",
                                       encoding="utf-8-sig")
    code, out, err = run_kg(["query", tmp_path / "count.rq", "--graph", GRAPH, "--format", "csv"],
                            monkeypatch, capsys)
    assert code == 0 and err == ""
    assert out.splitlines()[0] == "n" and int(out.splitlines()[1]) > 0


def test_a_query_file_in_another_encoding_names_its_line(tmp_path, monkeypatch, capsys):
    query = tmp_path / "people.rq"
    query.write_bytes("# 人物\nSELECT ?n WHERE { ?p schema:name ?n }\n".encode("gb18030"))
    code, out, err = run_kg(["query", query, "--graph", GRAPH], monkeypatch, capsys)
    assert code == 1 and out == ""
    assert one_line_errors(err) == [
        f"kg: {query}:1: column 3: the query is not UTF-8 (byte 0xc8); query files are UTF-8"]


@pytest.mark.parametrize("command", [
    ["query", "people-posts", "--graph", "GRAPH"],
    ["page", "--graph", "GRAPH", "--query", "people-posts", "--out", "OUT"],
    ["export", "--format", "nt", "--graph", "GRAPH", "--query", "people-posts", "--out", "OUT"],
    ["serve", "--graph", "GRAPH"],
    ["push", "--store", "OUT", "--endpoint", "http://127.0.0.1:9/query"],
])
@pytest.mark.parametrize("value, said", [
    ("nan", "'nan' is not a number of seconds"),
    ("-nan", "'-nan' is not a number of seconds"),
    ("inf", "inf is not in the range 0<x<=86400."),
    ("1e308", "1e+308 is not in the range 0<x<=86400."),
    ("0", "0.0 is not in the range 0<x<=86400."),
])
def test_a_timeout_that_is_no_number_of_seconds_is_a_command_line_error(command, value, said, tmp_path,
                                                                        monkeypatch, capsys):
    # nan, inf and 1e308 passed the range: tracebacks where the wait was set (cannot convert float NaN to
    # integer, timestamp out of range for platform time_t)
    paths = {"GRAPH": str(SEED.parent.parent / "output" / "graph.ttl"), "OUT": str(tmp_path / "out")}
    code, out, err = run_kg([paths.get(a, a) for a in command] + ["--timeout", value], monkeypatch, capsys)
    assert (code, out) == (2, "")
    [line] = one_line_errors(err)
    assert line.startswith(f"kg: Invalid value for '--timeout': {said} (see: ") and line.endswith(" --help)")
    assert not (tmp_path / "out").exists()
