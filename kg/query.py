"""SPARQL over a store or a Turtle graph: ``kg query``.

On a store (``kg build --store``) the query runs in Oxigraph over the union of
the article graphs, in a child process stopped after ``--timeout`` seconds; on
a Turtle file it runs in rdflib.

A query is a ``.rq`` file, the name of one in ``queries/`` or of one that
ships with kg (``kg/queries/``; without ``.rq``), or inline SPARQL. The
prefixes of docs/contract.md §5 are predeclared. Results print as an aligned
table (CJK characters count two columns), CSV or TSV (the W3C SPARQL 1.1 result
formats) or SPARQL JSON.
"""
from __future__ import annotations

import contextlib
import csv
import io
import json
import re
import signal
import sys
import threading
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

from kg.errors import QueryError, printable, quoted
from kg.namespaces import BASE, PREFIXES

if TYPE_CHECKING:  # rdflib is imported where it is used: a query on a store does without it
    import pyoxigraph as ox
    from rdflib import Graph
    from rdflib.query import Result, ResultRow

__all__ = ["QUERY_DIRS", "load_graph", "resolve_query", "run_query", "run_store_query", "query_store",
           "construct", "format_result", "display_width"]

#: Where query names are looked up: ./queries, then the queries that ship in the package (kg/queries/,
#: which the project's top-level queries/ links to).
QUERY_DIRS = (Path("queries"), Path(__file__).resolve().parent / "queries")

_SPARQL_START = re.compile(r"^\s*(?:#[^\n]*\n\s*)*(PREFIX|BASE|SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.I)
_MAX_CELL = 100  # display columns of a table cell before it is cut


def resolve_query(query: str) -> tuple[str, str]:
    """``(text, where)`` of a query given as a path, a name in ``queries/`` or inline SPARQL.

    ``where`` names it in error messages: the file, or ``<query>`` when inline.
    """
    if query.endswith(".rq"):
        candidates = [Path(query)]
    elif _SPARQL_START.match(query) or "{" in query:
        return query, "<query>"
    else:
        candidates = [d / f"{query}.rq" for d in QUERY_DIRS if "/" not in query and query.strip()]
    for path in candidates:
        if path.is_file():
            return _query_text(path), str(path)
    if query.endswith(".rq"):
        raise QueryError("no such query file", query)
    names = sorted({p.stem for d in QUERY_DIRS if d.is_dir() for p in d.glob("*.rq")})
    hint = f" (known: {', '.join(names)})" if names else ""
    raise QueryError(f"not a query file, a name in queries/, or SPARQL: {quoted(query)}{hint}")


def _query_text(path: Path) -> str:
    """The text of a ``.rq`` file: UTF-8, with or without a byte-order mark (as rule files)."""
    try:
        data = path.read_bytes()
    except OSError as e:
        raise QueryError(f"cannot read the query: {e.strerror or e}", str(path)) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line, column = data[:e.start].count(b"\n") + 1, e.start - data.rfind(b"\n", 0, e.start)
        raise QueryError(f"column {column}: the query is not UTF-8 (byte {data[e.start]:#04x}); query files "
                         "are UTF-8", str(path), line) from None


def load_graph(path: str | Path) -> Graph:
    """The graph in Turtle file ``path``."""
    from rdflib import Graph

    from kg.db import check_graph_file, read_turtle

    check_graph_file(path)
    path = Path(path)
    g = Graph(bind_namespaces="none")
    try:
        g.parse(path, format="turtle")
    except Exception as e:  # rdflib raises several types, some without the line: Oxigraph's parser says where
        read_turtle(path)
        msg = " ".join(str(e).split())
        line = re.search(r"line (\d+)", msg)
        where = int(line.group(1)) if line else None
        raise QueryError(f"not valid Turtle: {msg[:300]}", str(path), where) from None
    return g


def _parse_error(e: Exception, text: str, where: str) -> QueryError:
    """A one-line error with the parser's line and column."""
    line = getattr(e, "lineno", None) or getattr(e, "line", None)
    col = getattr(e, "col", None) or getattr(e, "column", None)
    msg = getattr(e, "msg", None) or str(e)
    return _syntax_error(" ".join(str(msg).split()), line, col, text, where)


#: Oxigraph's SPARQL syntax errors: "error at 1:25: expected one of LATERAL, SERVICE, [_]"
_OX_AT = re.compile(r"error at (\d+):(\d+): (.*)", re.S)


def _store_syntax_error(message: str, text: str, where: str) -> QueryError:
    """Oxigraph's syntax error in the query ``text``, said as rdflib's is: line, column, what is there."""
    m = _OX_AT.match(message)
    if m is None:
        return QueryError(f"SPARQL syntax error: {message}", where)
    return _syntax_error(m.group(3), int(m.group(1)), int(m.group(2)), text, where)


def _syntax_error(msg: str, line: object, col: object, text: str, where: str) -> QueryError:
    if isinstance(line, int) and isinstance(col, int):
        lines = text.splitlines()
        found = lines[line - 1][col - 1:col + 19].strip() if line <= len(lines) else ""
        detail = f"column {col}: SPARQL syntax error: {msg}" + (f", at {found!r}" if found else "")
        return QueryError(detail, where, line)
    return QueryError(f"SPARQL syntax error: {msg}", where)


class _QueryTimeoutError(Exception):
    """Raised in the main thread when a query's time is up."""


def run_query(
    query: str, graph_path: str | Path | Graph = "output/graph.ttl", *, timeout: float | None = None
) -> Result:
    """Run ``query`` (a path, a name in ``queries/``, or SPARQL) on the graph in ``graph_path``.

    ``timeout``: seconds the evaluation may take (rdflib evaluates in Python, so a
    timer signal can stop it; only in the main thread).
    """
    from pyparsing import ParseException
    from rdflib import Graph
    from rdflib.plugins.sparql import prepareQuery

    text, where = resolve_query(query)
    try:
        prepared = prepareQuery(text, initNs=PREFIXES)
    except ParseException as e:
        raise _parse_error(e, text, where) from None
    except Exception as e:  # undefined prefix and other static errors
        raise QueryError(f"bad query: {' '.join(str(e).split())}", where) from None
    remote = _remote(prepared.algebra, dataset=True)
    if remote:
        raise _not_allowed(remote, where)
    graph = graph_path if isinstance(graph_path, Graph) else load_graph(graph_path)
    try:
        with _alarm(timeout):
            result = graph.query(prepared)
            if result.type == "SELECT":
                result.bindings  # evaluate now, so that errors surface here  # noqa: B018
    except _QueryTimeoutError:
        raise _stopped(timeout, where) from None
    except Exception as e:
        raise QueryError(f"query failed: {' '.join(str(e).split())}", where) from None
    return result


@contextlib.contextmanager
def _alarm(timeout: float | None) -> Iterator[None]:
    """:class:`_QueryTimeoutError` raised after ``timeout`` seconds of the block (a timer signal: only
    in the main thread, where its alarm can be set; no limit elsewhere)."""
    if not timeout or threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGALRM, _out_of_time)
    signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _out_of_time(_signum: int, _frame: object) -> None:
    raise _QueryTimeoutError


def _stopped(timeout: float | None, where: str) -> QueryError:
    """The error of a query stopped after ``timeout`` seconds."""
    return QueryError(f"query stopped after {timeout:g} s (--timeout); it may need a LIMIT or a more "
                      "selective pattern", where)


def _not_allowed(remote: str, where: str) -> QueryError:
    """The error of a query refused for what would fetch from the network (``remote``: SERVICE, FROM)."""
    return QueryError(f"{remote} is not allowed: kg queries only its graph, never the network", where)


def _refuse_remote(text: str, where: str) -> None:
    """Refuse a query with SERVICE before the store's engine sees it (it would make the request).

    Only a query that has the word at all is parsed (by rdflib) to see whether it is the keyword.
    """
    if not re.search("service", text, re.I):
        return
    from rdflib.plugins.sparql import prepareQuery

    try:
        remote = _remote(prepareQuery(text, initNs=PREFIXES).algebra, dataset=False)
    except Exception:  # SPARQL rdflib does not read: the store's parser will say what is wrong
        remote = "SERVICE" if re.search(r"\bSERVICE\b", text, re.I) else None
    if remote:
        raise _not_allowed(remote, where)


def _remote(node: object, dataset: bool) -> str | None:
    """The part of a parsed query that would fetch from the network, or ``None``: SERVICE, and
    with ``dataset`` FROM (rdflib loads a FROM graph from its IRI; in a store it names a graph)."""
    from rdflib.plugins.sparql.parserutils import CompValue

    if isinstance(node, CompValue):
        if node.name == "ServiceGraphPattern":
            return "SERVICE"
        if dataset and dict.get(node, "datasetClause"):  # CompValue.get answers the key itself when missing
            return "FROM"
        return next((r for r in (_remote(v, dataset) for v in dict.values(node)) if r), None)
    if isinstance(node, list | tuple):
        return next((r for r in (_remote(v, dataset) for v in node) if r), None)
    return None


# -- formatting ------------------------------------------------------------------------

def display_width(text: str) -> int:
    """Columns ``text`` takes in a terminal: wide and full-width characters take two.

    >>> display_width("李理 ab")
    7
    """
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _cut(text: str, width: int) -> str:
    """``text`` in at most ``width`` columns, with "…" where it is cut."""
    if len(text) <= width and display_width(text) <= width:  # a longer text is wider: no need to measure
        return text
    out, used = [], 0
    for c in text:  # ends within ``width`` characters, however long the text
        used += display_width(c)
        if used > width - 1:
            break
        out.append(c)
    return "".join(out) + "…"


def _pad(text: str, width: int) -> str:
    return text + " " * (width - display_width(text))


_PREFIX_OF = sorted(((ns, p) for p, ns in PREFIXES.items()), key=lambda x: -len(x[0]))


def _show(kind: str, value: str) -> str:
    """A term as people read it: prefixed names, decoded kg IRIs, bare literals.

    ``kind`` is ``uri``, ``bnode`` or ``literal`` (the SPARQL JSON result types); ``value`` the
    IRI, blank node label or lexical form.
    """
    if kind == "uri":
        if value.startswith(BASE):
            return printable(unquote(value[len(BASE):]))
        for ns, p in _PREFIX_OF:
            if value.startswith(ns):
                return f"{p}:{value[len(ns):]}"
        return printable(value)
    if kind == "bnode":
        return f"_:{value}"
    return printable(" ".join(value.split()))  # one line per row, control characters escaped


def _rdflib_cell(term) -> str:
    from rdflib import BNode, URIRef

    if term is None:
        return ""
    kind = "uri" if isinstance(term, URIRef) else "bnode" if isinstance(term, BNode) else "literal"
    return _cut(_show(kind, str(term)), _MAX_CELL)


def _ox_cell(term) -> str:
    import pyoxigraph as ox

    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return _cut(_show("uri", term.value), _MAX_CELL)
    if isinstance(term, ox.BlankNode):
        return _cut(_show("bnode", term.value), _MAX_CELL)
    return _cut(_show("literal", term.value if isinstance(term, ox.Literal) else str(term)), _MAX_CELL)


def _rows(result: Result) -> list[ResultRow]:
    """The rows of a SELECT result."""
    from rdflib.query import ResultRow

    return [row for row in result if isinstance(row, ResultRow)]


def _table(variables: list[str], rows: list[list[str]]) -> str:
    """An aligned table of ``rows`` (cells as shown), headed by the ``variables``."""
    names = [printable(v) for v in variables]
    widths = [max([display_width(n)] + [display_width(r[i]) for r in rows]) for i, n in enumerate(names)]
    lines = ["  ".join(_pad(n, w) for n, w in zip(names, widths, strict=True)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(_pad(c, w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines) + "\n"


def _csv(result: Result) -> str:
    from rdflib import BNode

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")  # SPARQL 1.1 CSV: RFC 4180 line ends
    w.writerow([str(v) for v in result.vars or ()])
    for row in _rows(result):
        w.writerow(["" if t is None else (f"_:{t}" if isinstance(t, BNode) else str(t)) for t in row])
    return buf.getvalue()


def _tsv(result: Result) -> str:
    lines = ["\t".join(f"?{v}" for v in result.vars or ())]
    for row in _rows(result):
        lines.append("\t".join("" if t is None else t.n3() for t in row))
    return "\n".join(lines) + "\n"


def _json_term(t) -> dict:
    from rdflib import BNode, Literal, URIRef

    if isinstance(t, URIRef):
        return {"type": "uri", "value": str(t)}
    if isinstance(t, BNode):
        return {"type": "bnode", "value": str(t)}
    out = {"type": "literal", "value": str(t)}
    if isinstance(t, Literal):
        if t.language:
            out["xml:lang"] = t.language
        elif t.datatype:
            out["datatype"] = str(t.datatype)
    return out


def _json(result: Result) -> str:
    """SPARQL 1.1 JSON results, one binding a line (readable, still one JSON document)."""
    if result.type == "ASK":
        return json.dumps({"head": {}, "boolean": bool(result.askAnswer)}) + "\n"
    names = [str(v) for v in result.vars or ()]
    rows = [json.dumps({n: _json_term(t) for n, t in zip(names, row, strict=True) if t is not None},
                       ensure_ascii=False) for row in _rows(result)]
    body = ",\n".join(f"  {r}" for r in rows)
    head = json.dumps({"vars": names}, ensure_ascii=False)
    return f'{{"head": {head},\n "results": {{"bindings": [\n{body}\n ]}}}}\n'


def format_result(result: Result, fmt: str = "table") -> str:
    """``result`` as text: ``table``, ``csv``, ``tsv`` or ``json`` (CONSTRUCT/DESCRIBE give Turtle)."""
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        from rdflib import Graph

        g = result.graph if result.graph is not None else Graph()
        for p, ns in PREFIXES.items():
            g.bind(p, ns)
        return g.serialize(format="turtle")
    if result.type == "ASK" and fmt != "json":
        return f"{'true' if result.askAnswer else 'false'}\n"
    if fmt == "table":
        rows = [[_rdflib_cell(t) for t in row] for row in _rows(result)]
        return _table([str(v) for v in result.vars or ()], rows)
    if fmt == "csv":
        return _csv(result)
    if fmt == "tsv":
        return _tsv(result)
    if fmt == "json":
        return _json(result)
    raise QueryError(f"unknown format {fmt!r}: table, csv, tsv or json")


# -- queries on a store, in a worker process that a time limit can stop ------------------------

def _term_record(t) -> tuple | None:
    """A pyoxigraph term as plain values that cross a process boundary."""
    import pyoxigraph as ox

    if t is None:
        return None
    if isinstance(t, ox.NamedNode):
        return ("uri", t.value)
    if isinstance(t, ox.BlankNode):
        return ("bnode", t.value)
    return ("literal", t.value, t.language, t.datatype.value if t.datatype else None)


def _rdflib_term(rec: tuple | None):
    from rdflib import XSD, BNode, Literal, URIRef

    if rec is None:
        return None
    if rec[0] == "uri":
        return URIRef(rec[1])
    if rec[0] == "bnode":
        return BNode(rec[1])
    _, value, lang, datatype = rec
    if lang:
        return Literal(value, lang=lang)
    if datatype in (None, str(XSD.string)):
        return Literal(value)
    return Literal(value, datatype=URIRef(datatype))


_RESULT_FORMATS = {"csv": "CSV", "tsv": "TSV", "json": "JSON"}


def _answer_records(result) -> tuple[str, Any]:
    """``(kind, payload)`` of a pyoxigraph result as plain values, to make an rdflib ``Result`` of."""
    import pyoxigraph as ox

    if isinstance(result, ox.QueryBoolean):
        return "ASK", bool(result)
    if isinstance(result, ox.QuerySolutions):
        names = [v.value for v in result.variables]
        return "SELECT", (names, [[_term_record(s[n]) for n in names] for s in result])
    return "CONSTRUCT", [tuple(_term_record(x) for x in (t.subject, t.predicate, t.object)) for t in result]


def _answer_text(result, fmt: str) -> str:
    """A pyoxigraph result as ``kg query`` prints it: Oxigraph's own writers for the W3C formats
    and for Turtle, kg's aligned table for ``table``."""
    import pyoxigraph as ox

    if isinstance(result, ox.QueryTriples):
        return (ox.serialize(result, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES) or b"").decode()
    if fmt in _RESULT_FORMATS:
        text = result.serialize(format=getattr(ox.QueryResultsFormat, _RESULT_FORMATS[fmt])).decode()
        return text if text.endswith("\n") else text + "\n"
    if isinstance(result, ox.QueryBoolean):
        return f"{'true' if result else 'false'}\n"
    if fmt != "table":
        raise QueryError(f"unknown format {fmt!r}: table, csv, tsv or json")
    names = [v.value for v in result.variables]
    return _table(names, [[_ox_cell(s[n]) for n in names] for s in result])


#: :func:`_store_worker`'s ``fmt`` for a graph as N-Triples (:func:`construct`).
_GRAPH = "graph"


def _answer(result, fmt: str | None) -> tuple[str, Any]:
    """``(kind, payload)`` of a pyoxigraph result: as records (``fmt`` None), a graph as N-Triples
    (:data:`_GRAPH`: Oxigraph's writer and reader on either side, no Python object per triple), or the
    text ``kg query`` prints in ``fmt``."""
    import pyoxigraph as ox

    if fmt is None:
        return _answer_records(result)
    if fmt == _GRAPH:
        if not isinstance(result, ox.QueryTriples):
            return "ANSWER", None
        return "CONSTRUCT", ox.serialize(result, format=ox.RdfFormat.N_TRIPLES) or b""
    return "text", _answer_text(result, fmt)


def _store_worker(conn, store: str | ox.Store, text: str, fmt: str | None) -> None:
    """Run ``text`` on the store in the folder ``store`` (or on ``store``, a copy of the parent's, forked)
    and send back ``(kind, payload)``: the answer as text in ``fmt``, or as records when ``fmt`` is None."""
    from kg.db import open_store
    from kg.errors import KgError

    try:
        db = open_store(store, read_only=True) if isinstance(store, str) else store
        result = db.query(text, prefixes=PREFIXES)
        conn.send(_answer(result, fmt))
    except KgError as e:
        conn.send(("error", str(e)))
    except SyntaxError as e:
        conn.send(("syntax", " ".join(str(e).split())))
    except Exception as e:  # a failure while evaluating: reported, not a traceback
        conn.send(("failed", " ".join(str(e).split())))
    finally:
        conn.close()


def _in_worker(text: str, where: str, store: str | Path | ox.Store, timeout: float | None, fmt: str | None
               ) -> tuple[str, Any]:
    """``(kind, payload)`` of the query ``text`` (read from ``where``) from :func:`_store_worker`, run in a
    child process killed after ``timeout`` s. ``store``: a store's folder, or a store in this process's
    memory (forked into the child)."""
    import multiprocessing

    from kg.db import is_store, open_store

    _refuse_remote(text, where)
    if isinstance(store, str | Path) and not is_store(store):
        open_store(store, read_only=True)  # raises the one-line error for what is there instead
    ctx: Any = multiprocessing.get_context("fork" if sys.platform != "win32" else "spawn")
    receive, send = ctx.Pipe(duplex=False)
    target = str(store) if isinstance(store, str | Path) else store
    worker = ctx.Process(target=_store_worker, args=(send, target, text, fmt), daemon=True)
    worker.start()
    send.close()
    try:
        if not receive.poll(timeout):
            raise _stopped(timeout, where)
        kind, payload = receive.recv()
    except EOFError:
        raise QueryError("query failed: the query process died (out of memory?)", where) from None
    finally:
        if worker.is_alive():
            worker.kill()
        worker.join()
    if kind == "error":
        raise QueryError(payload)
    if kind == "syntax":
        raise _store_syntax_error(payload, text, where)
    if kind == "failed":
        raise QueryError(f"query failed: {payload}", where)
    return kind, payload


def construct(store: str | Path | ox.Store, query: str, *, timeout: float | None = 60.0) -> ox.Store:
    """The triples a CONSTRUCT ``query`` (a ``.rq`` file, a name in queries/ or SPARQL) makes of ``store``
    (a store's folder, or a store in memory: a Turtle file read), in a new in-memory store; run as
    ``kg query`` runs a query on a store: SERVICE refused, stopped after ``timeout`` seconds; a query that
    makes no triples is an error (nothing is written)."""
    import pyoxigraph as ox

    text, where = resolve_query(query)
    kind, triples = _in_worker(text, where, store, timeout, _GRAPH)
    if kind != "CONSTRUCT":
        raise QueryError("--query makes the graph to draw or export: give a CONSTRUCT query", where)
    if not triples:  # an empty page or file would look like a graph with nothing in it
        raise QueryError("the CONSTRUCT query matched nothing: no triples to draw or export", where)
    out = ox.Store()
    out.load(triples, format=ox.RdfFormat.N_TRIPLES)
    return out


def query_store(
    query: str, store_dir: str | Path, fmt: str = "table", *, timeout: float | None = 60.0
) -> str:
    """The answer to ``query`` on the store at ``store_dir`` as text in ``fmt``, as ``kg query`` prints it.

    CSV, TSV and JSON are written by Oxigraph's result writers, CONSTRUCT and
    DESCRIBE answers as Turtle; nothing goes through rdflib. The query runs as
    in :func:`run_store_query`.
    """
    return _in_worker(*resolve_query(query), store_dir, timeout, fmt)[1]


def run_store_query(query: str, store_dir: str | Path, *, timeout: float | None = 60.0) -> Result:
    """Run ``query`` on the union of the graphs of the store at ``store_dir``, stopped after ``timeout`` s.

    pyoxigraph cannot cancel a query, so it runs in a child process that is
    killed when the time is up: a runaway query ends with a :class:`QueryError`,
    not a hung terminal. The answer comes back as an rdflib ``Result``.
    """
    from rdflib import Graph, Variable
    from rdflib.query import Result

    kind, payload = _in_worker(*resolve_query(query), store_dir, timeout, None)
    if kind == "ASK":
        result = Result("ASK")
        result.askAnswer = payload
    elif kind == "SELECT":
        names, rows = payload
        result = Result("SELECT")
        result.vars = [Variable(n) for n in names]
        result.bindings = [{v: _rdflib_term(t) for v, t in zip(result.vars, row, strict=True)
                            if t is not None} for row in rows]
    else:
        result = Result("CONSTRUCT")
        graph = Graph(bind_namespaces="none")
        for s, p, o in payload:
            graph.add((_rdflib_term(s), _rdflib_term(p), _rdflib_term(o)))
        result.graph = graph
    return result
