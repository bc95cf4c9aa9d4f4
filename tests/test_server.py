"""kg serve and kg push against a real Oxigraph server on 127.0.0.1; kg load of N-Quads shards."""
from __future__ import annotations

import http.server
import json
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest
from kgrun import run_kg

from kg.server import oxigraph_binary

ROOT = Path(__file__).resolve().parent.parent
KG_CMD = [sys.executable, "-c", "from kg.cli import main; main()"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _sparql(url: str, query: str) -> dict:
    data = urllib.parse.urlencode({"query": query}).encode()
    req = urllib.request.Request(url, data=data, headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(req, timeout=30) as resp:
        return json.loads(resp.read())


def _wait_up(url: str, proc: subprocess.Popen) -> None:
    for _ in range(200):
        if proc.poll() is not None:
            raise AssertionError(f"server exited: {proc.stderr.read() if proc.stderr else ''}")
        try:
            _sparql(url, "ASK { }")
            return
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.1)
    raise AssertionError("server did not come up")


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("seed") / "out"
    r = subprocess.run([*KG_CMD, "build", str(ROOT / "seeds"), "--out", str(out)],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    return out / "store"


@pytest.fixture
def oxigraph_server(tmp_path):
    """A writable ``oxigraph serve`` on a free loopback port, stopped by its process id."""
    port = _free_port()
    cmd = [oxigraph_binary(), "serve", "--location", str(tmp_path / "server"), "--bind", f"127.0.0.1:{port}"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_up(f"{url}/query", proc)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_push_then_query_back(seed_store, oxigraph_server):
    push = [*KG_CMD, "push", "--endpoint", f"{oxigraph_server}/query", "--store", str(seed_store)]
    r = subprocess.run(push, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    from kg.store import content_graphs

    local = ox.Store.read_only(str(seed_store))
    graphs = content_graphs(local)  # the build's records (kg.incremental) are not pushed
    rows = _sparql(f"{oxigraph_server}/query", "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert {b["g"]["value"] for b in rows["results"]["bindings"]} == {g.value for g in graphs}
    assert len(graphs) == len(list(local.named_graphs())) - 1
    q = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    remote = int(_sparql(f"{oxigraph_server}/query", q)["results"]["bindings"][0]["n"]["value"])
    assert remote == sum(len(list(local.quads_for_pattern(None, None, None, g))) for g in graphs)
    # pushed twice: the same data (PUT replaces each graph)
    r = subprocess.run(push, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0
    assert int(_sparql(f"{oxigraph_server}/query", q)["results"]["bindings"][0]["n"]["value"]) == remote


def test_push_to_nothing_or_to_a_read_only_server_is_one_line(seed_store, tmp_path):
    port = _free_port()
    r = subprocess.run([*KG_CMD, "push", "--endpoint", f"http://127.0.0.1:{port}/query", "--store",
                        str(seed_store)], capture_output=True, text=True, timeout=120)
    assert r.returncode == 1 and len(r.stderr.splitlines()) == 1
    assert "cannot reach the server" in r.stderr and f"127.0.0.1:{port}" in r.stderr
    # a read-only server rejects the push
    proc = subprocess.Popen([*KG_CMD, "serve", "--store", str(seed_store), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        _wait_up(f"http://127.0.0.1:{port}/query", proc)
        r = subprocess.run([*KG_CMD, "push", "--endpoint", f"http://127.0.0.1:{port}/query", "--store",
                            str(seed_store)], capture_output=True, text=True, timeout=120)
        assert r.returncode == 1 and len(r.stderr.splitlines()) == 1
        assert "the server rejected the push of graph " in r.stderr and ": HTTP 403" in r.stderr
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=30)


@pytest.mark.parametrize("option", ["--endpoint", "--graph-store"])
@pytest.mark.parametrize("url, said", [
    ("http://[::1/query", "not a URL: 'http://[::1/query' (Invalid IPv6 URL)"),
    ("http://127.0.0.1:99999/query", "not a URL: 'http://127.0.0.1:99999/query' (Port out of range 0-65535)"),
    ("http://" + "a" * 70 + "/query", "not a URL: 'http://aaaa"),
    ("", "must be an http:// or https:// URL with a host, not ''"),
    ("localhost:3030/sparql", "must be an http:// or https:// URL with a host, not 'localhost:3030/sparql'"),
    ("file:///tmp/news", "must be an http:// or https:// URL with a host, not 'file:///tmp/news'"),
    ("http:///query", "must be an http:// or https:// URL with a host"),
    ("http://example.org/my news/query", "a URL is written in ASCII with no spaces"),
    ("http://127.0.0.1:3030/q\nx", "a URL is written in ASCII with no spaces (percent-encode the rest), not "
                                   "'http://127.0.0.1:3030/q\\nx'"),
    ("http://127.0.0.1:3030/新闻/sparql", "a URL is written in ASCII with no spaces"),
])
def test_a_push_to_a_url_it_cannot_send_to_is_a_command_line_error(option, url, said, tmp_path, monkeypatch,
                                                                   capsys):
    # each was a traceback from urllib (ValueError, InvalidURL, UnicodeError), a file:// URL read a local
    # file, and a URL not in ASCII was blamed on the output encoding ('cannot print ...')
    args = ["push", "--store", tmp_path / "none"]
    if option == "--graph-store":
        args += ["--endpoint", "http://127.0.0.1:9/query"]
    args += [option, url]
    code, out, err = run_kg(args, monkeypatch, capsys)
    assert code == 2 and not out
    assert err.startswith(f"kg: Invalid value for '{option}': {said}") and err.count("\n") == 1, err
    assert err.endswith("push --help)\n")


@pytest.fixture(scope="module")
def store_of_a_long_id(tmp_path_factory) -> Path:
    """The store of one article whose id is 3,000 characters long (in the URL of its graph: 45,000)."""
    news = tmp_path_factory.mktemp("long") / "news.jsonl"
    news.write_text(json.dumps({"id": "长" * 3_000, "text": "市委书记李理主持会议。"}) + "\n",
                    encoding="utf-8")
    r = subprocess.run([*KG_CMD, "build", str(news), "--out", str(news.parent / "out")],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    return news.parent / "out" / "store"


class _Refusing(http.server.BaseHTTPRequestHandler):
    def do_PUT(self):  # noqa: N802 (the handler's name for PUT)
        self.rfile.read(int(self.headers["Content-Length"]))
        self.send_error(413, "Too big", "no room for that graph " * 50)

    def log_message(self, *args):
        pass


def test_push_of_a_graph_with_a_long_iri_fails_in_one_short_line(store_of_a_long_id):
    port = _free_port()
    push = [*KG_CMD, "push", "--endpoint", f"http://127.0.0.1:{port}/query", "--store",
            str(store_of_a_long_id)]
    r = subprocess.run(push, capture_output=True, text=True, timeout=120)
    assert r.returncode == 1 and len(r.stderr.splitlines()) == 1 and len(r.stderr) < 300, r.stderr[:300]
    assert r.stderr.startswith(f"kg: http://127.0.0.1:{port}/store: cannot reach the server")
    server = http.server.HTTPServer(("127.0.0.1", port), _Refusing)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        r = subprocess.run(push, capture_output=True, text=True, timeout=120)
    finally:
        server.shutdown()
    assert r.returncode == 1 and len(r.stderr.splitlines()) == 1 and len(r.stderr) < 500, r.stderr[:500]
    assert r.stderr.startswith(f"kg: http://127.0.0.1:{port}/store: the server rejected the push of graph ")
    assert re.search(r"…' \([0-9,]{6} characters\): HTTP 413 Too big: ", r.stderr)


def test_serve_answers_refuses_updates_and_stops_on_ctrl_c(seed_store):
    port = _free_port()
    cmd = [*KG_CMD, "serve", "--store", str(seed_store), "--port", str(port), "--timeout", "5"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_up(f"{url}/query", proc)
        rows = _sparql(f"{url}/query", 'SELECT ?p WHERE { ?p <https://schema.org/name> "李理"@zh }')
        assert rows["results"]["bindings"]
        update = urllib.request.Request(f"{url}/update", data=b"INSERT DATA { <urn:a> <urn:b> <urn:c> }",
                                        headers={"Content-Type": "application/sparql-update"})
        with pytest.raises(urllib.error.HTTPError) as e:
            urllib.request.urlopen(update, timeout=30)
        assert e.value.code in (403, 404, 405)
    finally:
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    assert f"{url}/query" in out and "Ctrl-C" in out and "server stopped" in out
    assert "Traceback" not in err


def test_serve_on_a_busy_port_is_one_line(seed_store):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        r = subprocess.run([*KG_CMD, "serve", "--store", str(seed_store), "--port", str(port)],
                           capture_output=True, text=True, timeout=60)
    assert r.returncode == 1
    assert r.stderr.strip() == (f"kg: cannot listen on 127.0.0.1:{port}: in use by another program "
                                "(choose another with --port)")


def test_serve_on_an_address_not_of_this_machine_names_the_option(seed_store):
    """192.0.2.1 (TEST-NET-1, documentation only) is no address of this machine: --host is what to change."""
    r = subprocess.run([*KG_CMD, "serve", "--store", str(seed_store), "--host", "192.0.2.1", "--port",
                        "7878"], capture_output=True, text=True, timeout=60)
    assert r.returncode == 1
    assert r.stderr.strip() == ("kg: cannot listen on 192.0.2.1:7878: Cannot assign requested address "
                                "(choose another with --host)")


@pytest.mark.parametrize("host, said", [
    # a name IDNA cannot encode (a label over 63 characters): a traceback (encoding of hostname failed)
    ("服" * 70, "kg: cannot listen on '" + "服" * 60 + "…' (70 characters), port 7878: not a host name or "
                "address (choose another with --host)"),
    ("例子.测试", "kg: cannot listen on 例子.测试:7878: "),
    # a host of 400 characters was printed whole
    ("a" * 400, "kg: cannot listen on '" + "a" * 60 + "…' (400 characters), port 7878: "),
], ids=["idna-label-too-long", "unknown-name", "400-characters"])
def test_serve_on_a_host_that_names_nothing_is_one_short_line(host, said, seed_store):
    r = subprocess.run([*KG_CMD, "serve", "--store", str(seed_store), "--host", host, "--port", "7878"],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 1
    assert r.stderr.startswith(said)
    assert r.stderr.count("\n") == 1 and len(r.stderr) < 200 and "Traceback" not in r.stderr


@pytest.mark.parametrize("host", ["", " "])
def test_serve_on_an_empty_host_is_a_command_line_error(host, tmp_path, monkeypatch, capsys):
    # '' listened on every address of the machine, said 'SPARQL endpoint http://:7878/query', then the
    # server failed with a Rust backtrace in the message
    code, out, err = run_kg(["serve", "--store", tmp_path / "none", "--host", host], monkeypatch, capsys)
    assert (code, out) == (2, "")
    assert err.startswith("kg: Invalid value for '--host': an empty value names no address")
    assert err.count("\n") == 1


def test_a_server_that_stops_is_named_in_one_line_without_its_backtrace(tmp_path, monkeypatch):
    import kg.server

    fake = tmp_path / "oxigraph"
    fake.write_text("#!/bin/sh\necho 'Error: failed to lookup address information' >&2\necho >&2\n"
                    "echo 'Stack backtrace:' >&2\necho '   0: <anyhow::Error as From>' >&2\nexit 1\n")
    fake.chmod(0o755)
    monkeypatch.setattr(kg.server, "oxigraph_binary", lambda: str(fake))
    with pytest.raises(kg.server.ServerError) as e:
        kg.server.serve(tmp_path, host="127.0.0.1", port=_free_port(), timeout=30, echo=lambda _: None)
    said = "the oxigraph server stopped: Error: failed to lookup address information"
    assert str(e.value) == f"{tmp_path}: {said}"


def test_load_shards_gives_the_built_store(seed_store, tmp_path):
    from kg.store import article_quads  # noqa: F401  (shards are what article_quads writes)

    built = ox.Store.read_only(str(seed_store))
    graphs = sorted((g for g in built.named_graphs() if "/article/" in g.value), key=lambda g: g.value)
    shards = []
    for i in range(2):
        quads = [q for g in graphs[i::2] for q in built.quads_for_pattern(None, None, None, g)]
        path = tmp_path / f"part-{i}.nq"
        ox.serialize(quads, str(path), format=ox.RdfFormat.N_QUADS)
        shards.append(str(path))
    r = subprocess.run([*KG_CMD, "load", *shards, "--store", str(tmp_path / "loaded")],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    from kg.incremental import BUILD_GRAPH

    loaded = ox.Store.read_only(str(tmp_path / "loaded"))
    assert set(loaded) == {q for q in built if q.graph_name != BUILD_GRAPH}  # a load keeps no build records
    bad = tmp_path / "bad.nq"
    bad.write_text("<a> <b> .\n")
    r = subprocess.run([*KG_CMD, "load", str(bad), "--store", str(tmp_path / "other")],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 1 and len(r.stderr.splitlines()) == 1 and str(bad) in r.stderr


def test_serve_started_in_the_background_stops_at_once_on_kill(seed_store):
    """`kg serve … &` in a script starts kg and its server ignoring SIGINT; `kill` (SIGTERM) stopped the
    server with a SIGINT it ignored, so kg waited 10 s before killing it."""
    port = _free_port()
    cmd = [*KG_CMD, "serve", "--store", str(seed_store), "--port", str(port)]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN))
    try:
        _wait_up(f"http://127.0.0.1:{port}/query", proc)
    finally:
        start = time.monotonic()
        proc.terminate()
        out, err = proc.communicate(timeout=30)
    assert time.monotonic() - start < 5 and proc.returncode == 0, err
    assert "server stopped" in out and "Traceback" not in err
    with socket.socket() as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # TIME_WAIT is no listener
        s.bind(("127.0.0.1", port))  # the server is gone: its port is free
