"""A SPARQL server over a store (``kg serve``) and pushing a store to any triple store (``kg push``).

``kg serve`` runs Oxigraph's own server (the ``oxigraph`` binary of the
``oxigraph`` package on PyPI) read-only, on loopback unless told otherwise,
with a query time limit. ``kg push`` sends each named graph of a store to a
SPARQL 1.1 Graph Store Protocol endpoint (Fuseki, GraphDB, Oxigraph ...) with
``PUT``, so pushing twice gives the same data, then checks by asking the
server how many graphs it holds (and that its answer parses: Oxigraph answers
a cancelled query with HTTP 200 and a cut body).
"""
from __future__ import annotations

import errno
import json
import shutil
import socket
import subprocess
import sys
import tempfile
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox

from kg.db import read_turtle
from kg.errors import KgError, quoted
from kg.store import content_graphs, typed

__all__ = ["ServerError", "oxigraph_binary", "check_port", "serve", "push", "graph_store_url"]


class ServerError(KgError):
    """A server that cannot be started, reached or that refuses what is sent."""


def oxigraph_binary() -> str:
    """The ``oxigraph`` command: next to this Python (the package's script), else on PATH."""
    here = Path(sys.executable).parent / "oxigraph"
    found = str(here) if here.is_file() else shutil.which("oxigraph")
    if not found:
        raise ServerError("the oxigraph server is not installed (pip install oxigraph)")
    return found


def check_port(host: str, port: int) -> None:
    """Fail with one line when ``host:port`` cannot be listened on (another server holds it); a long host
    is cut in the line, as long values are."""
    where = f"{host}:{port}" if len(host) <= 60 else f"{quoted(host)}, port {port}"
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM) as s:
        try:
            s.bind((host, port))
        except (TypeError, UnicodeError):  # a name IDNA cannot encode (a label over 63 characters)
            raise ServerError(f"cannot listen on {where}: not a host name or address "
                              "(choose another with --host)") from None
        except OSError as e:
            if e.errno == errno.EADDRINUSE:
                raise ServerError(f"cannot listen on {where}: in use by another program "
                                  "(choose another with --port)") from None
            raise ServerError(f"cannot listen on {where}: {e.strerror or e} "
                              "(choose another with --host)") from None


def serve(location: Path, *, host: str, port: int, timeout: float, echo: Callable[[str], None]) -> int:
    """Serve the store at ``location`` read-only until Ctrl-C; the server's exit status."""
    check_port(host, port)
    cmd = [oxigraph_binary(), "serve-read-only", "--location", str(location), "--bind", f"{host}:{port}",
           "--timeout-s", f"{max(1, round(timeout))}"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    url = f"http://{host if ':' not in host else f'[{host}]'}:{port}"
    echo(f"SPARQL endpoint {url}/query (read-only; queries stop after {timeout:g} s); "
         "Ctrl-C stops the server")
    try:
        rc = proc.wait()
    except KeyboardInterrupt:  # Ctrl-C, or kill: stop the server (SIGTERM: a `kg serve &` of a script
        proc.terminate()         # starts it ignoring SIGINT, as it does kg)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        echo("server stopped")
        return 0
    err = " ".join((proc.stderr.read() if proc.stderr else "").split()).partition(" Stack backtrace:")[0]
    if rc:
        raise ServerError(f"the oxigraph server stopped: {err[:300] or f'exit status {rc}'}", str(location))
    return 0


def serve_file(path: Path, *, host: str, port: int, timeout: float, echo: Callable[[str], None]) -> int:
    """Serve a Turtle file: loaded into a temporary store, removed when the server stops."""
    check_port(host, port)
    with tempfile.TemporaryDirectory(prefix="kg-serve-") as tmp:
        store = read_turtle(path, ox.Store(tmp))
        store.flush()
        del store
        return serve(Path(tmp), host=host, port=port, timeout=timeout, echo=echo)


def graph_store_url(endpoint: str) -> str:
    """The Graph Store Protocol URL of a SPARQL endpoint, by the common layouts.

    >>> graph_store_url("http://127.0.0.1:7878/query")
    'http://127.0.0.1:7878/store'
    >>> graph_store_url("http://localhost:3030/news/sparql")
    'http://localhost:3030/news/data'
    """
    base, _, last = endpoint.rstrip("/").rpartition("/")
    if last == "query":
        return f"{base}/store"  # Oxigraph
    if last == "sparql":
        return f"{base}/data"  # Fuseki
    return endpoint.rstrip("/") + "/store"


def _request(req: urllib.request.Request, what: str, timeout: float) -> bytes:
    """The answer to ``req``; a :class:`ServerError` naming its URL without the query string (a graph's
    IRI there is named in ``what``, shortened: a message stays one readable line)."""
    where = req.full_url.partition("?")[0]
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return resp.read()
    except urllib.error.HTTPError as e:
        body = " ".join(e.read().decode("utf-8", "replace").split())[:200]
        raise ServerError(f"the server rejected the {what}: HTTP {e.code} {e.reason}"
                          + (f": {body}" if body else ""), where) from None
    except (urllib.error.URLError, OSError) as e:
        reason = getattr(e, "reason", e)
        raise ServerError(f"cannot reach the server: {reason}", where) from None


def push(store: ox.Store, endpoint: str, *, graph_store: str | None = None, timeout: float = 60.0,
         progress: Callable[[int, int], None] | None = None) -> tuple[int, int]:
    """PUT every named graph of ``store`` to the Graph Store Protocol service; ``(graphs, triples)`` sent.

    Afterwards the SPARQL ``endpoint`` is asked how many graphs it has; an
    answer that does not parse, or fewer graphs than pushed, is an error.
    """
    target = graph_store or graph_store_url(endpoint)
    graphs = content_graphs(store)
    sent = 0
    for i, g in enumerate(graphs):
        triples = [ox.Triple(q.subject, q.predicate, typed(q.predicate, q.object))
                   for q in store.quads_for_pattern(None, None, None, g)]
        body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""
        url = f"{target}?{urllib.parse.urlencode({'graph': g.value})}"
        _request(urllib.request.Request(url, data=body, method="PUT",
                                        headers={"Content-Type": "application/n-triples"}),
                 f"push of graph {quoted(g.value)}", timeout)
        sent += len(triples)
        if progress is not None:
            progress(i + 1, len(graphs))
    query = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    req = urllib.request.Request(endpoint, data=urllib.parse.urlencode({"query": query}).encode(),
                                 headers={"Accept": "application/sparql-results+json",
                                          "Content-Type": "application/x-www-form-urlencoded"})
    raw = _request(req, "check query", timeout)
    try:
        found = int(json.loads(raw)["results"]["bindings"][0]["n"]["value"])
    except (ValueError, KeyError, IndexError, TypeError):
        raise ServerError("the server's answer to the check query does not parse (cancelled?)",
                          endpoint) from None
    if found < len(graphs):
        raise ServerError(f"the server holds {found} graphs after the push of {len(graphs)}", endpoint)
    return len(graphs), sent
