"""The ``kg`` command: thin wrappers over the library (``kg.api``)."""
from __future__ import annotations

import gc
import io
import json
import logging
import os
import signal
import stat
import sys
import urllib.parse
from pathlib import Path
from typing import TYPE_CHECKING

import click

from kg import __version__
from kg.errors import InputError, KgError, OutputError, printable, quoted

if TYPE_CHECKING:  # the rules are loaded where a command needs them
    from kg.rules import RuleSet

__all__ = ["main", "cli"]


class _Path(click.Path):
    """A path option or argument that is never empty: ``""`` names no file, and would otherwise be
    read as the current folder or as the option left out."""

    def convert(self, value, param, ctx):
        if value == "":
            self.fail("an empty path names no file or folder", param, ctx)
        return super().convert(value, param, ctx)


class _Url(click.ParamType):
    """An http:// or https:// URL with a host, written in ASCII: what ``kg push`` can send to (urllib
    raised on a bracket left open, a space or a character not ASCII, and opened a file:// one itself)."""

    name = "url"

    def convert(self, value, param, ctx):
        try:
            url = urllib.parse.urlsplit(value)
            url.port  # noqa: B018 (a port out of range raises here)
            (url.hostname or "").encode("idna")  # a label of a host over 63 characters, or empty
        except ValueError as e:
            self.fail(f"not a URL: {quoted(value)} ({e})", param, ctx)
        if url.scheme not in ("http", "https") or not url.hostname:
            self.fail(f"must be an http:// or https:// URL with a host, not {quoted(value)}", param, ctx)
        if not value.isascii() or any(c.isspace() or not c.isprintable() for c in value):
            self.fail("a URL is written in ASCII with no spaces (percent-encode the rest), "
                      f"not {quoted(value)}", param, ctx)
        return value


class _Text(click.ParamType):
    """A value that is words, not a file's name (a place, a host, an entity's name): Unicode text, as kg
    reads its command line as UTF-8. A byte that is not UTF-8 (held as a surrogate escape) went on to where
    the value was written or sent: a whole build, then 'cannot write '\\udce9': not a Unicode character'
    (--place), or a traceback (--host)."""

    name = "text"

    def convert(self, value, param, ctx):
        bad = next((c for c in value if "\udc80" <= c <= "\udcff"), None)
        if bad is not None:
            self.fail(f"not UTF-8 text (byte {printable(bad)}): kg reads its command line as UTF-8",
                      param, ctx)
        return value


class _Seconds(click.FloatRange):
    """A number of seconds a wait may last: over 0 and at most a day (nan, inf or 1e308 passed the range
    and were tracebacks where the wait was set, or 'timestamp out of range for platform time_t')."""

    def __init__(self) -> None:
        super().__init__(min=0, max=86_400, min_open=True)

    def convert(self, value, param, ctx):
        seconds = super().convert(value, param, ctx)
        if seconds != seconds:
            self.fail(f"{value!r} is not a number of seconds", param, ctx)
        return seconds


def _check_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    from kg.ingest.read import date_problem

    problem = value is not None and date_problem(value)
    if problem:
        raise click.BadParameter(problem)
    return value


def _check_host(_ctx: click.Context, _param: click.Parameter, value: str) -> str:
    if not value.strip():  # would listen on every address of the machine, then fail in the server
        raise click.BadParameter("an empty value names no address (127.0.0.1: this machine only)")
    return value


def _check_place(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    from kg.extract.places import lookup

    if value is not None and not value.strip():  # an unset "$PLACE": not a place to warn about
        raise click.BadParameter("an empty value names no place")
    if value is not None and lookup(value) is None:
        logging.getLogger("kg").warning(
            "--place %s: not a place kg knows (see kg/rules/places/); 我市, 市委 are read as it anyway",
            value)
    return value


def _common_extraction_options(f):
    f = click.option("--rules", "rules", multiple=True, type=_Path(dir_okay=False),
                     help="Extra rule file (JSONL); may be repeated.")(f)
    f = click.option("--place", type=_Text(), callback=_check_place,
                     help="The publisher's home place (e.g. 鄂尔多斯市), where the input gives none.")(f)
    f = click.option("--date", callback=_check_date,
                     help="Publication date YYYY-MM-DD, where the input gives none.")(f)
    f = click.option("-j", "--jobs", default=None, type=click.IntRange(min=0),
                     help="Processes to extract with (0: all cores, the default; but 1 for kg extract - "
                          "from a pipe or terminal, so that each record's line comes out as soon as it is "
                          "in). Output is the same for any number.")(f)
    f = click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
                     help="Where to extract: local processes, or a Dask cluster (a local one without "
                          "--scheduler).")(f)
    f = click.option("--scheduler", metavar="ADDRESS",
                     help="Address of a Dask scheduler (tcp://host:8786), with --engine dask.")(f)
    return f


class _Problems:
    """Collects input problems: each is printed as one line on stderr when found."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, error: KgError) -> None:
        self.count += 1
        click.echo(f"kg: {error}", err=True)

    def __str__(self) -> str:
        return f"{self.count} input problem{'s' if self.count != 1 else ''} skipped (see above)"


def _progress(inputs: tuple[str, ...]) -> bool | int:
    """A progress bar on a terminal only: the input's size in bytes when known (an ETA), else True."""
    if not sys.stderr.isatty():
        return False
    from kg.api import input_bytes

    return input_bytes(inputs) or True


def _live_stdin(inputs: tuple[str, ...]) -> bool:
    """Whether an input is standard input from a pipe or a terminal (not ``< news.jsonl``): a stream whose
    records are extracted as they come, where all cores would wait for a first 100,000 characters
    (:data:`kg.api.PARALLEL_FROM_CHARS`)."""
    from kg.ingest.read import STDIN

    if STDIN not in inputs or sys.stdin is None:
        return False
    try:
        return not stat.S_ISREG(os.fstat(sys.stdin.fileno()).st_mode)
    except (OSError, ValueError):  # no descriptor (a test's stream): nothing to wait for
        return False


def _check_engine(engine: str, scheduler: str | None) -> None:
    if scheduler and engine != "dask":
        raise click.UsageError("--scheduler is the address of a Dask scheduler: use it with --engine dask")


def _check_out_dir(out_dir: Path) -> None:
    """Fail before the work, not after it, when ``--out`` cannot be a writable folder."""
    if out_dir.exists() and not out_dir.is_dir():
        raise OutputError("--out must be a folder, but this is a file", str(out_dir))
    existing = out_dir
    while not existing.exists():
        existing = existing.parent
    if not existing.is_dir():
        raise OutputError("cannot create the output folder: a file is in the way", str(existing))
    if not os.access(existing, os.W_OK | os.X_OK):
        raise OutputError("output folder is not writable", str(existing))


class _OneLine(logging.Formatter):
    """Messages as one line each, control characters (from file names, from the data) escaped."""

    def format(self, record: logging.LogRecord) -> str:
        return printable(super().format(record))


class _Kg(click.Group):
    """The kg command: Ctrl-C (or kill) is one line, ``kg: interrupted``. Click writes an empty line first
    to end the terminal's ``^C``: only on a terminal here, not into a pipe or a log."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt as e:
            if sys.stderr.isatty():
                click.echo(err=True)
            raise click.exceptions.Abort() from e


@click.group(cls=_Kg, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="kg")
@click.option("-v", "--verbose", count=True,
              help="Say more on stderr (the encoding of each file read); -vv: debug.")
def cli(verbose: int) -> None:
    """Build a knowledge graph from Chinese news.

    \b
    kg build seeds/                 # output/graph.ttl and output/graph.html
    kg query people-posts           # a query from queries/
    kg extract news.jsonl           # mentions as JSON lines

    Exit status: 0 done; 1 an error, or input skipped (one line on stderr
    each; outputs are still written for the rest); 2 bad command line; 130
    interrupted.
    """
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_OneLine("kg: %(message)s"))
    root = logging.getLogger("kg")
    root.handlers[:] = [handler]
    root.setLevel(logging.DEBUG if verbose > 1 else logging.INFO if verbose else logging.WARNING)


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--out", "out", default="output", show_default=True, type=_Path(),
              help="Folder for graph.ttl and graph.html.")
@click.option("--store", "store", default=None, type=_Path(),
              help="Oxigraph store folder (one named graph per article; built again, only new and "
                   "changed documents are extracted).  [default: OUT/store]")
@_common_extraction_options
def build(
    inputs: tuple[str, ...], out: str, store: str | None, date: str | None, place: str | None,
    rules: tuple[str, ...], jobs: int | None,
    engine: str, scheduler: str | None,
) -> None:
    """Extract INPUT files or folders (.txt, .jsonl) into a graph.

    Example: kg build seeds/ --out output
    """
    from kg.api import BuildStats, build_outputs
    from kg.ingest import read_documents
    from kg.store import steady_malloc

    _check_engine(engine, scheduler)
    steady_malloc()
    out_dir = Path(out)
    _check_out_dir(out_dir)
    store_dir = Path(store) if store else out_dir / "store"
    stats, problems = BuildStats(), _Problems()
    docs = read_documents(inputs, errors=problems)
    changes, triples = build_outputs(docs, out=out_dir, store=store_dir, date=date, place=place, rules=rules,
                                     stats=stats, jobs=0 if jobs is None else jobs,  # None: all cores
                                     progress=_progress(inputs), engine=engine, scheduler=scheduler)
    per_type = ", ".join(f"{t} {n}" for t, n in sorted(stats.mentions.items()))
    click.echo(
        f"{stats.documents} documents, {stats.articles} articles; mentions: {per_type or 'none'}; "
        f"{triples} triples; {stats.seconds:.1f} s -> {out_dir / 'graph.ttl'}, {out_dir / 'graph.html'}, "
        f"{store_dir} ({changes})"
        + (f"; {problems}" if problems.count else "")
    )
    if problems.count:
        sys.exit(1)


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl"]), default="jsonl", show_default=True)
@_common_extraction_options
def extract(
    inputs: tuple[str, ...], fmt: str, date: str | None, place: str | None, rules: tuple[str, ...],
    jobs: int | None, engine: str, scheduler: str | None,
) -> None:
    """Print the mentions of each document as one JSON line.

    Example: kg extract news.jsonl --format jsonl > mentions.jsonl
    """
    from kg.api import extract_documents
    from kg.ingest import read_documents

    _check_engine(engine, scheduler)
    if jobs is None:
        jobs = 1 if _live_stdin(inputs) else 0
    out, problems = sys.stdout, _Problems()
    docs = read_documents(inputs, errors=problems)
    try:
        records = extract_documents(docs, date=date, place=place, rules=rules, jobs=jobs, engine=engine,
                                    scheduler=scheduler)
        for record in records:
            line = json.dumps(record, ensure_ascii=False) + "\n"
            try:
                out.write(line)
            except UnicodeEncodeError:
                # stdout cannot show some character (PYTHONIOENCODING=latin-1): JSON escapes it
                out.write(json.dumps(record) + "\n")
            out.flush()  # each document's line out as soon as it is made (a stream read as it comes)
    except BrokenPipeError:  # the reader has gone (kg extract ... | head): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), out.fileno())
        sys.exit(0)
    if problems.count:
        out.flush()
        click.echo(f"kg: {problems}", err=True)
        sys.exit(1)


@cli.command()
@click.argument("query")
@click.option("--store", "store", default=None, type=_Path(),
              help="Store to query (made by kg build).  [default: output/store/ if there, else --graph]")
@click.option("--graph", "graph", default=None, type=_Path(),
              help="Turtle file to query (read into rdflib: slow on large graphs).  "
                   "[default: output/graph.ttl]")
@click.option("--timeout", default=60.0, show_default=True, type=_Seconds(),
              help="Seconds a query on a store may run before it is stopped.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]), default="table",
              show_default=True, help="How a SELECT's rows or an ASK's answer are printed (a CONSTRUCT or "
                                      "DESCRIBE prints Turtle, whatever the format).")
def query(query: str, store: str | None, graph: str | None, timeout: float, fmt: str) -> None:
    """Run a SPARQL QUERY: a .rq file, a name in queries/, or inline SPARQL.

    Example: kg query people-posts --format csv
    """
    from kg.db import is_store
    from kg.query import format_result, query_store, run_query

    if store is None and graph is None and is_store("output/store"):
        store = "output/store"
    if store is not None:
        text = query_store(query, store, fmt, timeout=timeout)
    else:
        text = format_result(run_query(query, graph or "output/graph.ttl", timeout=timeout), fmt)
    sys.stdout.write(text)


def _page_rules_option(f):
    return click.option("--rules", "rules", multiple=True, type=_Path(dir_okay=False),
                        help="Rule file the graph was built with (the page draws its mention types); "
                             "may be repeated.")(f)


def _construct_timeout_option(f):
    return click.option("--timeout", default=60.0, show_default=True,
                        type=_Seconds(),
                        help="Seconds the --query may run before it is stopped.")(f)


def _checked_rules(rules: tuple[str, ...]) -> RuleSet | None:
    """The rule set of ``--rules`` files, checked as kg build checks them (a bad file fails here, before
    any output or store is touched); None for the built-in rules."""
    if not rules:
        return None
    from kg.extract import check_rules
    from kg.rules import load_rules

    ruleset = load_rules(rules)
    check_rules(ruleset)
    return ruleset


@cli.command()
@click.option("--graph", "graph", default="output/graph.ttl", show_default=True, type=_Path(),
              help="Turtle file to draw.")
@click.option("--focus", type=_Text(), help="Name or alias of the entity the page opens on.")
@click.option("--query", "query", help="A CONSTRUCT query (.rq file, name in queries/ or SPARQL): "
                                       "the page draws the graph it makes.")
@click.option("--out", "out", default=None, type=_Path(dir_okay=False),
              help="The page to write  [default: page.html next to --graph]")
@_construct_timeout_option
@_page_rules_option
def page(graph: str, focus: str | None, query: str | None, out: str | None, timeout: float,
         rules: tuple[str, ...]) -> None:
    """Write the explorer page of a graph: search, neighbourhoods, sources.

    Example: kg page --focus 李理 --out li-li.html
    """
    from kg.export.html import read_store, write_html
    from kg.query import construct

    target = _out_file(out, Path(graph).parent / "page.html", reading=graph)
    ruleset = _checked_rules(rules)
    store = read_store(graph)
    if query:
        store = construct(store, query, timeout=timeout)
    try:
        write_html(store, target, focus=focus, rules=ruleset)
    except InputError as e:  # no entity named --focus: say which graph was looked in
        raise InputError(e.message, e.path or graph) from None
    _written([target])


@cli.command("export")
@click.option("--format", "fmt", required=True,
              type=click.Choice(["turtle", "nt", "nquads", "trig", "jsonld", "graphml", "gexf", "csv",
                                 "html"]),
              help="nquads and trig keep one graph per article; graphml, gexf and csv hold the network "
                   "of entities (csv: nodes.csv and edges.csv in the --out folder); html is the explorer "
                   "page (as kg page).")
@click.option("--store", "store", default=None, type=_Path(),
              help="Store to export.  [default: output/store/ if there, else --graph]")
@click.option("--graph", "graph", default=None, type=_Path(dir_okay=False),
              help="Turtle file to export instead of a store.")
@click.option("--query", "query", default=None,
              help="A CONSTRUCT query (.rq file, name in queries/ or SPARQL): export the graph it makes.")
@click.option("--out", "out", default=None, type=_Path(),
              help="File to write (a folder for csv).  [default: output/graph.EXT, output/ for csv, "
                   "output/page.html for html]")
@_construct_timeout_option
@_page_rules_option
def export_(fmt: str, store: str | None, graph: str | None, query: str | None, out: str | None,
            timeout: float, rules: tuple[str, ...]) -> None:
    """Write the graph in another format.

    Example: kg export --format trig --out news.trig
    """
    from kg.export.formats import FORMATS, export
    from kg.export.html import read_store, write_html
    from kg.query import construct
    from kg.store import is_store, open_store

    default = Path("output") / ("page.html" if fmt == "html" else FORMATS[fmt])
    target = _out_file(out, default, folder=fmt == "csv", reading=graph)
    if store is None and graph is None and is_store("output/store"):
        store = "output/store"
    db = open_store(store, read_only=True) if store else read_store(graph or "output/graph.ttl")
    if query:
        db = construct(store or db, query, timeout=timeout)
    if fmt == "html":
        write_html(db, target, rules=_checked_rules(rules))
        written = [target]
    else:
        written = export(db, fmt, target)
    _written(written)


def _out_file(out: str | None, default: Path, folder: bool = False, reading: str | None = None) -> Path:
    """The file ``--out`` names (``default`` without it), or with ``folder`` the folder: a file's name that
    ends with a slash names a folder (``Path`` would drop the slash and write a file by that name). Never
    the ``--graph`` file being ``reading``: it would be replaced by its own page or export."""
    target = default if out is None else Path(out)
    if out is not None and not folder and out.endswith(("/", os.sep)):
        raise OutputError("not a file name: it ends with a slash", out)
    if reading is not None and _same_file(target, Path(reading)):
        raise OutputError("this is the --graph being read: the output would replace it; choose another --out",
                          str(target))
    return target


def _same_file(a: Path, b: Path) -> bool:
    """Whether ``a`` and ``b`` are one existing file (through links and other spellings of its path)."""
    try:
        return a.samefile(b)
    except OSError:  # either is missing (or cannot be looked at): nothing there to replace
        return False


def _written(paths: list[Path]) -> None:
    """Say where the output went: on stdout, unless it went there (--out /dev/stdout), or to another
    stream, then on stderr."""
    from kg.io import is_stream

    click.echo(f"-> {', '.join(str(p) for p in paths)}", err=any(is_stream(Path(p)) for p in paths))


@cli.command()
@click.option("--store", "store", default=None, type=_Path(),
              help="Store to serve.  [default: output/store/ if there, else --graph]")
@click.option("--graph", "graph", default=None, type=_Path(dir_okay=False),
              help="Turtle file to serve (loaded into a temporary store).")
@click.option("--host", default="127.0.0.1", show_default=True, type=_Text(), callback=_check_host,
              help="Address to listen on (loopback: this machine only).")
@click.option("--port", default=7878, show_default=True, type=click.IntRange(1, 65535))
@click.option("--timeout", default=30.0, show_default=True, type=_Seconds(),
              help="Seconds a query may run.")
def serve(store: str | None, graph: str | None, host: str, port: int, timeout: float) -> None:
    """Run a read-only SPARQL server (Oxigraph) on a store until Ctrl-C.

    Example: kg serve --port 7878   (then: curl http://127.0.0.1:7878/query?query=...)
    """
    from kg.db import check_graph_file
    from kg.server import serve as run
    from kg.server import serve_file
    from kg.store import is_store, open_store

    if store is None and graph is None and is_store("output/store"):
        store = "output/store"
    if store is not None:
        open_store(store, read_only=True)  # the one-line error for what is there, before serving
        sys.exit(run(Path(store), host=host, port=port, timeout=timeout, echo=click.echo))
    path = graph or "output/graph.ttl"
    check_graph_file(path)
    sys.exit(serve_file(Path(path), host=host, port=port, timeout=timeout, echo=click.echo))


@cli.command()
@click.option("--endpoint", required=True, type=_Url(),
              help="SPARQL query endpoint, e.g. http://127.0.0.1:7878/query.")
@click.option("--graph-store", "graph_store", default=None, type=_Url(),
              help="Graph Store Protocol URL.  [default: the endpoint's /store (Oxigraph) or /data (Fuseki)]")
@click.option("--store", "store", default="output/store", show_default=True, type=_Path(),
              help="Store whose named graphs (one per article) are pushed.")
@click.option("--timeout", default=60.0, show_default=True, type=_Seconds(),
              help="Seconds to wait for each request.")
def push(endpoint: str, graph_store: str | None, store: str, timeout: float) -> None:
    """Send the store's named graphs to a triple store (SPARQL 1.1 Graph Store Protocol, PUT per graph).

    Example: kg push --endpoint http://localhost:3030/news/sparql
    """
    from kg.server import push as run
    from kg.store import open_store

    db = open_store(store, read_only=True)
    graphs, triples = run(db, endpoint, graph_store=graph_store, timeout=timeout)
    click.echo(f"{graphs} graphs, {triples} triples -> {graph_store or endpoint}")


@cli.command()
@click.argument("shards", nargs=-1, required=True, type=_Path(exists=True, dir_okay=False))
@click.option("--store", "store", default="output/store", show_default=True, type=_Path(),
              help="Store to load into (made when missing).")
@click.option("--rules", "rules", multiple=True, type=_Path(dir_okay=False),
              help="Rule file the shards were built with (their event roles are declared in the "
                   "vocabulary graph); may be repeated.")
def load(shards: tuple[str, ...], store: str, rules: tuple[str, ...]) -> None:
    """Bulk-load N-Quads SHARDS (article graphs written elsewhere) into a store, then recombine confidences.

    Example: kg load part-*.nq --store output/store --rules my-roles.jsonl
    """
    from kg.api import load_shards
    from kg.store import steady_malloc

    steady_malloc()
    n = load_shards(shards, store, rules=_checked_rules(rules))
    click.echo(f"{len(shards)} files -> {store} ({n} graphs)")


@cli.command("stats")
@click.option("--store", "store", default="output/store", show_default=True, type=_Path(),
              help="Store to describe.")
@click.option("--top", default=10, show_default=True, type=click.IntRange(min=1))
def stats_(store: str, top: int) -> None:
    """Counts by type, articles, dates covered, most connected and most central entities.

    Example: kg stats --store /tmp/pd-store
    """
    from kg.store import open_store, stats

    s = stats(open_store(store, read_only=True), top=top)
    click.echo(", ".join(f"{t} {n}" for t, n in sorted(s["counts"].items())))
    click.echo(f"articles dated {s['first'] or '-'} to {s['last'] or '-'}; entity network "
               f"{s['network'][0]} nodes, {s['network'][1]} edges")
    click.echo("most connected: " + ", ".join(f"{n} ({d})" for n, d in s["connected"]))
    click.echo("most central (eigenvector): " + ", ".join(f"{n} ({c})" for n, c in s["central"]))


def main() -> None:
    _prepare()
    if sys.stdout is None:  # started with standard output closed (>&-), as cat says
        click.echo("kg: <stdout>: cannot write: standard output is closed", err=True)
        sys.exit(1)
    if sys.stdout is sys.__stdout__:
        sys.stdout = _named_stdout(sys.stdout)
    try:
        rc = cli.main(standalone_mode=False)
        sys.stdout.flush()  # what is left to write fails here, and is said as any failure
    except BrokenPipeError:
        sys.exit(0)
    except (click.exceptions.Abort, click.ClickException, KgError, MemoryError, UnicodeEncodeError,
            OSError) as e:
        message, code = _said(e)
        click.echo(f"kg: {message}", err=True)
        sys.exit(code)
    sys.exit(rc if isinstance(rc, int) else 0)


def _prepare() -> None:
    """The process's settings for a run of kg: the collector's thresholds, ``kill`` taken as Ctrl-C."""
    # Extraction makes millions of small objects (tokens, spans) that die with their article and
    # seldom form cycles: the cycle collector's youngest generation is collected every 10,000
    # allocations instead of 700 (about a twentieth of extraction's time on PD dev); kg's worker
    # processes take the same thresholds.
    gc.set_threshold(10_000, 10, 10)
    # `kill` and a closed terminal stop kg as Ctrl-C does: temporary files removed, workers stopped,
    # the old outputs kept, one line; but not a signal kg was started to ignore (nohup's SIGHUP: the
    # build is to outlive the terminal).
    for sig in (signal.SIGTERM, signal.SIGHUP):
        if signal.getsignal(sig) is not signal.SIG_IGN:
            signal.signal(sig, signal.default_int_handler)


def _said(e: BaseException) -> tuple[str, int]:
    """The line kg says for ``e`` (after ``kg: ``) and its exit status: 130 interrupted, 2 a mistake on the
    command line, 1 any other problem."""
    if isinstance(e, click.exceptions.Abort):
        return "interrupted", 130
    if isinstance(e, click.UsageError):
        hint = f" (see: {e.ctx.command_path} --help)" if e.ctx is not None else ""
        return f"{printable(e.format_message())}{hint}", e.exit_code
    if isinstance(e, click.ClickException):
        return printable(e.format_message()), e.exit_code
    if isinstance(e, KgError):
        return str(e), 1
    if isinstance(e, MemoryError):
        return "out of memory: split the input, or build it in parts", 1
    if isinstance(e, UnicodeEncodeError):
        bad = e.object[e.start:e.end]
        if e.encoding.replace("-", "").lower() == "utf8":  # not the terminal: text that is not Unicode
            return f"cannot write {bad!a}: not a Unicode character", 1
        if isinstance(e, _UnprintableError):
            return f"cannot print {bad!a}: the output encoding is {e.encoding}; set PYTHONIOENCODING=utf-8", 1
        return f"cannot encode {bad!a} as {e.encoding} ({e.reason})", 1  # not the output: said as it is
    assert isinstance(e, OSError)  # the environment (disk full, permissions) rather than a bug
    where = f"{e.filename}: " if e.filename else ""
    return printable(where + str(e.strerror or e)), 1


class _Stdout(io.FileIO):
    """Standard output whose failures (a full disk, /dev/full) are said naming it; what is left to write
    then goes to /dev/null, so that Python's last flush does not fail again."""

    def write(self, data) -> int | None:  # type: ignore[override]
        try:
            return super().write(data)
        except BrokenPipeError:
            raise
        except OSError as e:
            os.dup2(os.open(os.devnull, os.O_WRONLY), self.fileno())
            raise OutputError(f"cannot write: {e.strerror}", "<stdout>") from None


class _UnprintableError(UnicodeEncodeError):
    """A character that standard output's encoding cannot show (``PYTHONIOENCODING=latin-1``): only this
    encoding error is said as one of the output's."""


class _StdoutText(io.TextIOWrapper):
    """Standard output's text stream, whose encoding errors are :class:`_UnprintableError`."""

    def write(self, s: str) -> int:
        try:
            return super().write(s)
        except UnicodeEncodeError as e:
            raise _UnprintableError(e.encoding, e.object, e.start, e.end, e.reason) from None


def _named_stdout(stdout):
    """``stdout`` (a text stream on descriptor 1) written through :class:`_Stdout`, its encoding kept."""
    raw = _Stdout(stdout.fileno(), "w", closefd=False)
    return _StdoutText(io.BufferedWriter(raw), encoding=stdout.encoding, errors=stdout.errors,
                       line_buffering=stdout.line_buffering, write_through=stdout.write_through)
