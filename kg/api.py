"""The library: what the CLI calls, usable from a notebook.

>>> import kg
>>> g = kg.build(["市委书记李理主持会议。"], date="2025-06-13", place="鄂尔多斯市")
>>> len(g) > 0
True
"""
from __future__ import annotations

import collections
import contextlib
import functools
import gc
import io
import itertools
import multiprocessing
import os
import pickle
import shutil
import signal
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, TypeVar

from kg.errors import KgError
from kg.extract import check_rules
from kg.ingest import read_documents
from kg.io import Payload
from kg.model import ArticleResult, Document, Mention
from kg.pipeline import chunks, process_document, strip_text, with_text
from kg.rules import RuleSet, load_rules
from kg.rules.mention_types import mention_types

if TYPE_CHECKING:
    import pyoxigraph as ox

    from kg.export.html import PageViews
    from kg.incremental import RecordSpill
    from kg.store import ArticlesPart, BuildChanges, Rekeyed

__all__ = [
    "build", "build_outputs", "open", "extract", "extract_documents", "iter_results", "process_all",
    "BuildStats", "mention_record", "input_bytes", "load_shards",
]


def _load_rules(rules: Sequence[str] | None) -> RuleSet:
    """The rule set of the built-in rules and the user's rule files, every table checked now."""
    ruleset = load_rules(tuple(rules or ()))
    check_rules(ruleset)
    return ruleset


def _documents(inputs: Iterable[str | Path | Document], errors=None) -> Iterator[Document]:
    """Documents from paths, raw texts or ready-made :class:`Document` records, in input order.

    All paths go through one reader, so a file reached twice (a folder and a
    file in it) is read once and document ids stay unique across arguments.
    """

    def items() -> Iterator[str | Path | Document]:
        n_text = 0
        for item in inputs:
            if isinstance(item, Document | Path) or (isinstance(item, str) and _looks_like_path(item)):
                yield item
            else:
                n_text += 1
                yield Document(id=f"text-{n_text}", text=str(item))

    yield from read_documents(items(), errors=errors)


def _looks_like_path(s: str) -> bool:
    """Whether a string given to :func:`build` names a file rather than being the text itself.

    An existing path, a name ending in ``.txt``/``.jsonl``, or a slashed name in ASCII without
    spaces (``news/``), so a typo still says "no such file"; a slash in text makes no path:
    news writes 文/记者张三 and 图/新华社.
    """
    if "\n" in s or len(s) > 4096:
        return False
    slashed_name = "/" in s and s.isascii() and not any(c.isspace() for c in s)
    return Path(s).exists() or s.endswith((".txt", ".jsonl")) or slashed_name


@dataclass
class BuildStats:
    """What a build read and made, for the summary line."""

    documents: int = 0
    articles: int = 0
    mentions: Counter = field(default_factory=Counter)
    skipped: int = 0
    seconds: float = 0.0


def _worker_init(rules: tuple[str, ...], gc_threshold: tuple[int, ...]) -> None:
    """Set up a worker process: the rule set (the write pass makes its graph builder when it first runs),
    the garbage collector's thresholds of the process that started it, and its signal handlers."""
    global _WORKER_RULES
    gc.set_threshold(*gc_threshold)
    # Ctrl-C reaches the whole process group: the main process alone answers it (one line, no
    # traceback from each worker) and stops the workers.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # a worker forked from the CLI has its handlers (an exception in the main thread): the pool
    # stops its workers with SIGTERM, which must end them; a hangup kg was started to ignore (nohup's)
    # is ignored by its workers too
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if signal.getsignal(signal.SIGHUP) is not signal.SIG_IGN:
        signal.signal(signal.SIGHUP, signal.SIG_DFL)
    _WORKER_RULES = _load_rules(rules)


_WORKER_RULES = None
_WORKER_BUILDER = None

#: Input shorter than this (characters) is extracted in the calling process:
#: starting worker processes costs more than it saves.
PARALLEL_FROM_CHARS = 100_000
#: Documents sent to a worker at a time.
CHUNK = 8
#: What a worker's task gives for a chunk of documents.
_Done = TypeVar("_Done")
#: What a build's ``load`` gives (:func:`_linked_results`).
_Loaded = TypeVar("_Loaded")


def _work_chunk(chunk: list[Document], date: str | None, place: str | None) -> list[list[ArticleResult]]:
    """The results of each document of ``chunk``, without its text (the caller holds the documents)."""
    return [strip_text(process_document(doc, date=date, place=place, rules=_WORKER_RULES)) for doc in chunk]


def _record_chunk(chunk: list[Document], date: str | None, place: str | None) -> list[dict]:
    """The mention record of each document of ``chunk`` (plain dicts: cheap to send back)."""
    return [_record(doc, process_document(doc, date=date, place=place, rules=_WORKER_RULES, facts=False),
                    _WORKER_RULES) for doc in chunk]


def _spread(docs: Iterable[Document], jobs: int) -> tuple[Iterator[Document], int]:
    """``docs`` (none lost) and how many worker processes to extract them on (0: in this process).

    ``jobs`` 0 means all cores; input shorter than :data:`PARALLEL_FROM_CHARS` stays here.
    """
    docs = iter(docs)
    if jobs == 0:
        jobs = os.cpu_count() or 1
    if jobs == 1:
        return docs, 0
    head, more = _head(docs, PARALLEL_FROM_CHARS)
    return itertools.chain(head, docs), jobs if more else 0


def _on_workers(
    workers: _Pool, work: Callable[[list[Document], str | None, str | None], _Done],
    docs: Iterator[Document], date: str | None, place: str | None, jobs: int,
) -> Iterator[tuple[list[Document], _Done]]:
    """Each chunk of ``docs`` with ``work(chunk, date, place)`` done on ``workers``, in input order."""
    # a bounded window of chunks in flight: the input is read only as fast as it is extracted
    tasks = ((work, (chunk, date, place)) for chunk in chunks(docs, CHUNK))
    for (chunk, _date, _place), done in _in_order(workers, tasks, 4 * jobs):
        yield chunk, done


def _head(docs: Iterator[Document], chars: int) -> tuple[list[Document], bool]:
    """The first documents of ``docs`` up to ``chars`` characters, and whether more follow."""
    head: list[Document] = []
    total = 0
    for doc in docs:
        head.append(doc)
        total += len(doc.text)
        if total >= chars:
            return head, True
    return head, False


def process_all(
    docs: Iterable[Document],
    *,
    date: str | None = None,
    place: str | None = None,
    rules: Sequence[str] | None = None,
    jobs: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    pool: _Pool | None = None,
) -> Iterator[tuple[Document, list[ArticleResult]]]:
    """Each document with its results, in input order, on ``jobs`` processes (0: all cores).

    Documents stream through a pool; results come back in input order, so the
    output is the same whatever the number of processes. Small inputs (under
    :data:`PARALLEL_FROM_CHARS` characters) are extracted in this process.
    ``engine="dask"`` extracts on a Dask cluster instead (:mod:`kg.cluster`):
    the one at ``scheduler``, or a local one. ``pool``: a pool of
    :func:`_pool` to use (and leave open) instead of one of its own.
    """
    if engine == "dask":
        from kg.cluster import dask_process_all

        _load_rules(rules)  # fail on a bad rule file here, not on every worker
        yield from dask_process_all(iter(docs), date=date, place=place, rules=rules, scheduler=scheduler)
        return
    docs, jobs = _spread(docs, jobs)
    # a fork server imports kg while this process checks the rules
    context = _workers_context() if jobs and pool is None else None
    ruleset = _load_rules(rules)  # fail on a bad rule file here, once, not in every worker
    if not jobs:
        for doc in docs:
            yield doc, process_document(doc, date=date, place=place, rules=ruleset)
        return
    own = _pool(jobs, tuple(rules or ()), context) if pool is None else contextlib.nullcontext(pool)
    with own as workers:
        for chunk, results in _on_workers(workers, _work_chunk, docs, date, place, jobs):
            yield from with_text(chunk, results)


class _Pool(ProcessPoolExecutor):
    """Worker processes whose tasks run through :func:`_in_order` send their results back in files of
    ``folder``: a worker writes each result to a file of its own and sends only its name.

    A large message on the pool's pipe, cut short by a worker killed while it sends it, leaves the
    pool's reader waiting for the rest for ever (the other workers keep the pipe open); a file name is
    sent in one write, and a worker killed while it writes its file breaks the pool, which says so.
    """

    def __init__(self, jobs: int, folder: str, **options) -> None:
        super().__init__(jobs, **options)
        self.folder = folder


@contextlib.contextmanager
def _pool(jobs: int, rules: tuple[str, ...], context: multiprocessing.context.BaseContext | None = None,
          spill_dir: str | Path | None = None) -> Iterator[_Pool]:
    """A pool of ``jobs`` worker processes set up with ``rules`` (:func:`_worker_init`), started on
    its first task (``context``: how, :func:`_workers_context` when None); on Ctrl-C or an error the
    tasks not started are dropped and only those running are waited for. The workers' results pass
    through a temporary folder in ``spill_dir`` (the system's when None), removed with the pool."""
    with tempfile.TemporaryDirectory(prefix="kg-parts-", dir=spill_dir) as folder:
        pool = _Pool(jobs, folder, mp_context=context or _workers_context(), initializer=_worker_init,
                     initargs=(rules, gc.get_threshold()))
        try:
            yield pool
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


def _to_file(folder: str, fn: Callable, *args) -> str:
    """Runs on a worker: ``fn(*args)`` pickled into a new file in ``folder``, and the file's name."""
    fd, path = tempfile.mkstemp(prefix="kg-part-", dir=folder)
    with os.fdopen(fd, "wb") as file:
        pickle.dump(fn(*args), file, protocol=pickle.HIGHEST_PROTOCOL)
    return path


def _from_file(path: str):
    """What :func:`_to_file` wrote to ``path``; the file is removed."""
    try:
        with Path(path).open("rb") as file:
            return pickle.load(file)
    finally:
        os.unlink(path)


def _workers_context() -> multiprocessing.context.BaseContext:
    """How worker processes start: forked from this process while it runs a single thread (Linux),
    else from a fork server (Unix), else spawned (Windows).

    A forked worker starts with kg imported and the rules loaded, so it has nothing to set up. A
    process running other threads (a store's, a server's) is not forked: a thread holding a lock
    at the fork leaves it held in the child for ever. The fork server is started here: it imports
    :mod:`kg.api` (the library and jieba's dictionary, about half a second) once, and every worker
    forked from it starts with them; started before this process checks the rules, the import and
    the check run at the same time.
    """
    if sys.platform == "win32":
        return multiprocessing.get_context("spawn")
    if sys.platform == "linux" and len(os.listdir("/proc/self/task")) == 1:
        return multiprocessing.get_context("fork")
    from multiprocessing import forkserver

    forkserver.set_forkserver_preload(["kg.api"])
    forkserver.ensure_running()
    return multiprocessing.get_context("forkserver")


def _in_order(pool: _Pool, tasks: Iterable[tuple], window: int) -> Iterator[tuple]:
    """``(args, fn(*args))`` of each ``(fn, args)`` of ``tasks`` run on ``pool``, in order, at most
    ``window`` in flight (the tasks are made only as fast as the pool works through them); each
    result comes back in a file (:class:`_Pool`).

    A worker dying (killed, out of memory) ends the build with a message
    instead of a wait for ever for its lost work.
    """
    running: collections.deque[tuple[tuple, Future]] = collections.deque()
    try:
        for fn, args in tasks:
            running.append((args, pool.submit(_to_file, pool.folder, fn, *args)))
            if len(running) >= window:
                args, future = running.popleft()
                yield args, _from_file(future.result())
        while running:
            args, future = running.popleft()
            yield args, _from_file(future.result())
    except BrokenProcessPool:
        raise KgError("a worker process died (killed, or out of memory?): build stopped, "
                      "outputs left as they were") from None


def iter_results(
    inputs: Iterable[str | Path | Document],
    *,
    date: str | None = None,
    place: str | None = None,
    rules: Sequence[str] | None = None,
    stats: BuildStats | None = None,
    jobs: int = 1,
    progress: bool | int = False,
    errors=None,
    engine: str = "local",
    scheduler: str | None = None,
) -> Iterator[ArticleResult]:
    """Extract every article of ``inputs`` (paths, texts or documents), streaming.

    ``progress`` shows a progress bar on stderr (documents, articles/s; given
    the input's size in bytes, :func:`input_bytes`, an ETA too). A file
    or record that cannot be read raises :class:`~kg.errors.InputError`, or is
    handed to ``errors(problem)`` and skipped when that callback is given.
    """
    done = process_all(_documents(inputs, errors), date=date, place=place, rules=rules, jobs=jobs,
                       engine=engine, scheduler=scheduler)
    for _doc, results in _tallied(done, stats, progress):
        yield from results


def _tallied(
    done: Iterable[tuple[Document, list[ArticleResult]]], stats: BuildStats | None, progress: bool | int
) -> Iterator[tuple[Document, list[ArticleResult]]]:
    """``done`` as it comes, counted into ``stats``, with a progress bar on stderr when ``progress``."""
    bar = _progress_bar(progress, "extract")
    for doc, results in done:
        if stats is not None:
            stats.documents += 1
            stats.articles += len(results)
            for r in results:
                stats.mentions.update(m.type for m in r.mentions)
        if bar is not None:
            bar.advance(doc, len(results))
        yield doc, results
    if bar is not None:
        bar.close()


def input_bytes(inputs: Sequence[str | Path]) -> int | None:
    """The bytes of the files ``inputs`` name (folders and globs expanded), or None when not known.

    Unknown for standard input, and for gzip files (their size is not the
    size of their text).
    """
    from kg.ingest.read import STDIN, iter_paths

    if any(str(i) == STDIN for i in inputs):
        return None
    total = 0
    for path in iter_paths(inputs, errors=lambda e: None):
        if path.name.lower().endswith(".gz"):
            return None
        with contextlib.suppress(OSError):
            total += path.stat().st_size
    return total


class _Progress:
    """A progress bar on stderr: documents and articles per second, and with a known size an ETA.

    The size is the input's bytes, and the bytes done are those of the texts
    read (in UTF-8), set to the whole file once a file is done, so the bar
    is exact at file boundaries and close in between.
    """

    def __init__(self, what: str, total: int | None, unit: str):
        from tqdm import tqdm

        self.bar = tqdm(total=total, desc=what, unit=unit, unit_scale=unit == "B", file=sys.stderr,
                        leave=False, mininterval=0.5)
        self.sized = total is not None and unit == "B"
        self.documents = self.articles = self.in_file = 0
        self.source: str | None = None
        self.t0 = time.perf_counter()

    def advance(self, doc: Document, articles: int) -> None:
        self.documents += 1
        self.articles += articles
        step = 1
        if self.sized:
            if doc.source != self.source:
                self._file_done()
                self.source, self.in_file = doc.source, 0
            step = len(doc.text.encode("utf-8", "replace")) + 1
            self.in_file += step
        rate = self.articles / max(time.perf_counter() - self.t0, 1e-9)
        self.bar.set_postfix_str(f"{self.documents:,} docs, {rate:,.0f} articles/s", refresh=False)
        self.bar.update(step)

    def _file_done(self) -> None:
        """The file being read is done: count all its bytes (JSON keys, markup) not counted as text."""
        if self.source:
            with contextlib.suppress(OSError):
                self.bar.update(max(0, os.path.getsize(self.source) - self.in_file))

    def close(self) -> None:
        if self.sized:
            self._file_done()
        self.bar.refresh()  # the last state, however soon after the one shown before
        self.bar.close()


def _progress_bar(progress: bool | int | None, what: str) -> _Progress | None:
    """``progress``: False (none), True (no size known) or the input's size in bytes."""
    if progress is False or progress is None:
        return None
    return _Progress(what, None if progress is True else progress, "B" if progress is not True else " doc")


def _linked_results(
    inputs, *, date, place, rules, stats, jobs, progress, errors,
    load: Callable[[Iterator[ArticlesPart], Callable[[], Iterator[Rekeyed]]], _Loaded],
    engine="local", scheduler=None, spill_dir: str | Path | None = None, records: RecordSpill | None = None,
    views: bool = False,
) -> _Loaded:
    """Every article's graph, same-named people told apart across the build (:class:`kg.link.Namesakes`),
    handed to ``load`` as the extraction makes them; what ``load`` gives.

    One pass, so memory does not grow with the input: ``load`` is given the
    article graphs (:func:`kg.store.article_part`, with the page's ``views``
    when asked) as the extraction makes them (on the workers with several
    jobs), and once all are made, what a name told apart changes
    (:meth:`_Notes.rekeyed`): a store loaded during the extraction, then
    mended where a name was told apart (:func:`kg.store.rekey_graphs`). The
    extraction notes where each name holds posts, a small table, and spills
    the results, one document at a time, to a temporary file in
    ``spill_dir``, read back only for the documents that name a person told
    apart; the file is gone once ``load`` returns (and at once if the process
    dies: it has no name), the worker pool too. ``records``: receives each
    document's :class:`kg.incremental.DocumentRecord` (for a later build) as
    it comes.
    """
    from kg.incremental import fingerprint
    from kg.link import Namesakes

    with contextlib.ExitStack() as held:  # the spill file, and the worker pool
        spill = held.enter_context(tempfile.TemporaryFile(prefix="kg-results-", dir=spill_dir))
        notes = _Notes(spill, Namesakes(place), records, fingerprint(date=date, place=place, rules=rules),
                       stats, progress)
        if jobs == 0:
            jobs = os.cpu_count() or 1
        pool = held.enter_context(_pool(jobs, tuple(rules or ()), spill_dir=spill_dir)) \
            if jobs > 1 and engine == "local" else None
        parts = _parts_as_extracted(_documents(inputs, errors), notes, date=date, place=place, rules=rules,
                                    jobs=jobs, engine=engine, scheduler=scheduler, pool=pool, views=views)
        return load(parts, notes.rekeyed)


class _Notes:
    """What a build's extraction keeps of each document as it comes (:meth:`noted`): the namesake
    table, the document's record for the next build (to ``records``, when given), its results spilled
    to ``spill``, the documents read.
    """

    def __init__(self, spill, namesakes, records: RecordSpill | None, build: str, stats: BuildStats | None,
                 progress: bool | int) -> None:
        self.spill, self.namesakes, self.records, self.build = spill, namesakes, records, build
        self.stats, self.progress = stats, progress
        self.documents = 0

    def noted(self, done: Iterable[tuple[Document, list[ArticleResult]]]) -> Iterator[list[ArticleResult]]:
        """Each document's results of ``done``, once noted."""
        from kg.incremental import DocumentRecord, digest

        for doc, results in _tallied(done, self.stats, self.progress):
            for r in results:
                self.namesakes.add(r)
            if self.records is not None:
                self.records.add(doc.id, DocumentRecord.of(digest(doc, self.build), results))
            _spill(self.spill, results)
            self.documents += 1
            yield results

    def rekeyed(self) -> Iterator[Rekeyed]:
        """Once all is noted: the results of each document that name a person told apart
        (:class:`kg.link.Namesakes`), each with itself re-keyed (the same when its article keys the name
        as before), read back from the spill; none when no name is told apart (no document is read)."""
        names = self.namesakes.ambiguous
        if not names:
            return
        # a name's characters are in the pickle of every result that names it: the others stay unread
        found = [n.encode() for n in names]
        self.spill.seek(0)
        for _ in range(self.documents):
            blob = self.spill.read(int.from_bytes(self.spill.read(8), "little"))
            if any(n in blob for n in found):
                pairs = [(r, self.namesakes.rekey(r)) for r in pickle.loads(blob)]
                yield [(was, now) for was, now in pairs if was is not now or self.namesakes.mentioned_in(was)]
        self.spill.seek(0, os.SEEK_END)


def _parts_as_extracted(
    docs: Iterable[Document], notes: _Notes, *, date, place, rules, jobs: int, engine: str,
    scheduler: str | None, pool: _Pool | None, views: bool,
) -> Iterator[ArticlesPart]:
    """The article graphs of ``docs`` as they are extracted (each document noted in ``notes``), a chunk of
    documents at a time, made on ``pool``'s workers with the extraction when the input is large enough to
    be spread (:func:`_spread`), else here (extracted here, or on a Dask cluster with ``engine``)."""
    from kg.store import article_part

    docs, jobs = _spread(docs, jobs if pool is not None else 1)
    if jobs:
        assert pool is not None
        work = functools.partial(_work_and_write_chunk, views=views)
        for chunk, (stripped, part) in _on_workers(pool, work, docs, date, place, jobs):
            collections.deque(notes.noted(with_text(chunk, stripped)), 0)
            yield part
        return
    builder = _graph_builder(_load_rules(rules))
    done = process_all(docs, date=date, place=place, rules=rules, jobs=1, engine=engine, scheduler=scheduler)
    for some in chunks(done, CHUNK):
        yield article_part([r for rs in notes.noted(some) for r in rs], builder, views=views)


def _work_and_write_chunk(chunk: list[Document], date: str | None, place: str | None, views: bool
                          ) -> tuple[list[list[ArticleResult]], ArticlesPart]:
    """Runs on a worker: the results of each document of ``chunk`` (without its text, :func:`_work_chunk`)
    and their article graphs as they are (before any name is told apart), with the page's ``views`` when
    asked."""
    from kg.store import article_part

    global _WORKER_BUILDER
    assert _WORKER_RULES is not None, "worker not set up"
    if _WORKER_BUILDER is None:
        _WORKER_BUILDER = _graph_builder(_WORKER_RULES)
    results = [process_document(doc, date=date, place=place, rules=_WORKER_RULES) for doc in chunk]
    part = article_part((r for rs in results for r in rs), _WORKER_BUILDER, views=views)
    return [strip_text(rs) for rs in results], part


def _spill(file, results: list[ArticleResult]) -> None:
    """One document's ``results`` at the end of a spill ``file`` (:class:`_Spilled`)."""
    blob = pickle.dumps(results, protocol=pickle.HIGHEST_PROTOCOL)
    file.write(len(blob).to_bytes(8, "little"))
    file.write(blob)


class _Spilled:
    """Results spilled to a temporary file by :func:`_planned_results`, read back once, re-keyed.

    The file holds each document's results pickled, after its length (8 bytes).
    """

    def __init__(self, file, documents: int, namesakes, progress: bool = False):
        self.file, self.documents, self.namesakes, self.progress = file, documents, namesakes, progress

    def _blobs(self) -> Iterator[bytes]:
        """Each document's pickled results, in input order (once), with a progress bar when asked."""
        bar = None
        if self.progress:  # the second pass knows its length: an ETA
            from tqdm import tqdm

            bar = tqdm(total=self.documents, desc="write", unit=" doc", file=sys.stderr, leave=False,
                       mininterval=0.5)
        with self.file:
            for _ in range(self.documents):
                yield self.file.read(int.from_bytes(self.file.read(8), "little"))
                if bar is not None:
                    bar.update()
        if bar is not None:
            bar.close()

    def __iter__(self) -> Iterator[ArticleResult]:
        for blob in self._blobs():
            for r in pickle.loads(blob):
                yield self.namesakes.rekey(r)

    def close(self) -> None:
        self.file.close()


def _graph_builder(ruleset: RuleSet):
    from kg.graph.build import GraphBuilder

    return GraphBuilder(rules=ruleset)


def _planned_results(
    db, inputs, *, date, place, rules, stats, jobs, progress, errors, engine, scheduler,
    spill_dir: str | Path | None = None,
) -> _Planned:
    """The results of the documents of ``inputs`` a build on store ``db`` extracts (:mod:`kg.incremental`):
    new and changed ones, and unchanged ones the namesake step now reads differently; keyed over the
    whole input. Also the build's records, what was extracted and what is kept (:class:`_Planned`).
    The results and the records are spilled to temporary files in ``spill_dir`` as they are
    extracted; the results are read back once, re-keyed, as in a new build (:func:`_linked_results`).
    Nothing returned holds the store ``db``: the caller closes it by letting go of its own reference."""
    from kg.incremental import DocumentRecord, Plan, RecordSpill, StoredRecords, fingerprint
    from kg.link import Namesakes

    plan = Plan(fingerprint(date=date, place=place, rules=rules), StoredRecords(db), spill_dir)
    options = {"date": date, "place": place, "rules": rules, "jobs": jobs, "engine": engine,
               "scheduler": scheduler}
    spill = tempfile.TemporaryFile(prefix="kg-results-", dir=spill_dir)
    records = RecordSpill(spill_dir)

    def spilled(done: Iterable[tuple[Document, list[ArticleResult]]]) -> Iterator[ArticleResult]:
        for doc, results in done:
            records.add(doc.id, DocumentRecord.of(plan.digests[doc.id], results))
            _spill(spill, results)
            yield from results

    try:
        changed = _tallied(process_all(plan.changed(_documents(inputs, errors)), **options), stats, progress)
        namesakes = Namesakes(place)
        for r in spilled(changed):
            namesakes.add(r)
        namesakes.update(plan.namesakes(place).places)  # the kept documents' (known once all is read)
        collections.deque(spilled(_tallied(process_all(plan.stale(namesakes), **options), stats, False)), 0)
        spill.seek(0)
        extracted = records.ids[:]
        records.update(plan.kept_records())
        kept = plan.kept_articles()
    except BaseException:
        spill.close()
        records.close()
        raise
    finally:
        plan.close()
    if stats is not None:  # the unchanged documents are part of this build, though not read again
        stats.documents += len(plan.kept)
        stats.articles += len(kept)
    results = _Spilled(spill, len(extracted), namesakes, progress=bool(progress))
    return _Planned(results, records, extracted, kept, len(plan.kept))


class _Planned(NamedTuple):
    """What :func:`_planned_results` gives a build on an existing store."""

    results: _Spilled
    #: the records of this build: the extracted documents', then the kept ones'
    records: RecordSpill
    #: the ids of the documents extracted, in order
    extracted: list[str]
    #: the ids of the articles of the documents kept (not extracted again), and how many documents those are
    kept: set[str]
    skipped: int


def build(
    inputs: Iterable[str | Path | Document],
    *,
    date: str | None = None,
    place: str | None = None,
    rules: Sequence[str] | None = None,
    stats: BuildStats | None = None,
    jobs: int = 1,
    progress: bool | int = False,
    errors=None,
    engine: str = "local",
    scheduler: str | None = None,
):
    """Build the knowledge graph of ``inputs`` and return it as an rdflib ``Graph``.

    ``inputs`` are paths of ``.txt``/``.jsonl`` files or folders, raw article
    texts, or :class:`~kg.model.Document` records. ``date`` (YYYY-MM-DD) and
    ``place`` (the publisher's home place) apply where the input gives none.
    ``errors``: a callback that receives each unreadable file or record (an
    :class:`~kg.errors.InputError`) so the rest is still built; without it the
    first one is raised. The graph lives in an in-memory Oxigraph store (one
    named graph per article; the ``Graph`` reads their union, and SPARQL runs
    in Oxigraph). ``engine="dask"`` extracts on a Dask cluster (the one
    at ``scheduler``, else a local one); the graph is the same.
    """
    from kg.store import as_graph, load_articles, open_store

    t0 = time.perf_counter()
    ruleset = _load_rules(rules)
    store = open_store(None)
    _linked_results(inputs, date=date, place=place, rules=rules, stats=stats, jobs=jobs, progress=progress,
                    errors=errors, engine=engine, scheduler=scheduler,
                    load=lambda parts, rekeyed: load_articles(store, parts, rules=ruleset, rekeyed=rekeyed))
    if stats is not None:
        stats.seconds = time.perf_counter() - t0
    return as_graph(store)


def open(path: str | Path):  # noqa: A001  (kg.open, as the issue names it)
    """The graph in the store at ``path`` (made by ``kg build --store``) as an rdflib ``Graph``.

    The store is opened read-only; SPARQL through ``graph.query`` runs in Oxigraph.
    """
    from kg.store import as_graph, open_store

    return as_graph(open_store(path, read_only=True))


def build_outputs(
    inputs: Iterable[str | Path | Document],
    *,
    out: str | Path | None,
    store: str | Path,
    date: str | None = None,
    place: str | None = None,
    rules: Sequence[str] | None = None,
    stats: BuildStats | None = None,
    jobs: int = 1,
    progress: bool | int = False,
    errors=None,
    engine: str = "local",
    scheduler: str | None = None,
):
    """Build ``inputs`` into the store at ``store`` and write ``graph.ttl`` and ``graph.html`` in ``out``.

    The one place a build writes, and all of it or nothing: a new store is
    made in a temporary folder and loaded as the documents are extracted (made
    again from the spilled results if a name turns out to be told apart); into
    an existing store everything is extracted first (and spilled to a temporary
    file), then the store changes (backed up first, cheaply, with hard links,
    and put back on failure); the files are exported from the store to
    temporary files; then the new store and both files are
    put in place. A failure or Ctrl-C at any
    point before the end leaves the previous store and files as they were.
    One build at a time: the output folder and the store are locked
    (:func:`kg.io.output_lock`), a second build stops with a message. Returns
    the :class:`~kg.store.BuildChanges` and the number of triples. A build
    that reads nothing writes nothing.
    """
    from kg.db import writing
    from kg.errors import InputError
    from kg.export.html import PageViews
    from kg.io import drop, prepare, signals_held, swap

    t0 = time.perf_counter()
    store_dir = Path(store)
    run = _Run(date, place, rules, stats, jobs, progress, errors, engine, scheduler)
    files = [Path(out) / "graph.ttl", Path(out) / "graph.html"] if out is not None else []
    with writing(store_dir), contextlib.ExitStack() as held:
        _lock_outputs(held, out, store_dir, files)
        db = _existing_store(store_dir)
        views = PageViews() if out is not None else None  # the page's reading of the articles written
        written = _WrittenStore(store_dir)
        read = _extracted(inputs, run, written, views, held) if db is None \
            else _planned(db, inputs, run, store_dir, held)
        ruleset = _load_rules(rules)
        if stats is not None and not stats.documents:
            if written.new is not None:  # made to be loaded while extracting: nothing was
                with signals_held():
                    written.undo()
            raise InputError("nothing to build: no input could be read (outputs left as they were)")
        written.begin(db)
        del db

        temps: dict[Path, str] = {}
        later: dict[Path, str | bytes] = {}  # files in the store's own folder: written once it is in place
        with written.undone_on_failure(lambda: drop(temps)):
            changes = _loaded(written, read, ruleset, views)
            if written.new is not None:
                written.reopen()  # the memory of the loads given back before the store is read
            if files:
                temps, later = _exports(written, files, ruleset, views)
                views = None
            # counted once the exports have read the store: counting reads all of the union, which
            # before the page made RocksDB hold some 37 MB more beside the page's data (a 10x copy of PD dev);
            # a small store's is counted while its Turtle is dumped (:func:`_files_together`)
            triples = written.triples()
            written.close()
        written.put_in_place(also=lambda: swap(temps or prepare(later)), undo_also=lambda: drop(temps))
    if stats is not None:
        stats.seconds = time.perf_counter() - t0
    return changes, triples


def load_shards(shards: Sequence[str | Path], store: str | Path, rules: RuleSet | None = None) -> int:
    """Bulk-load N-Quads ``shards`` into ``store`` (:func:`kg.store.load_nquads`), all or nothing: a new
    store is loaded aside and put in place once complete, an existing one backed up first (as a build's);
    a failure (a full disk, a bad shard) or Ctrl-C leaves the store as it was. The graphs it then holds."""
    from kg.db import writing
    from kg.io import output_lock
    from kg.store import content_graphs, load_nquads

    place = Path(store)
    with writing(place), output_lock(place.resolve()):
        written = _WrittenStore(place)
        written.begin(_existing_store(place))
        with written.undone_on_failure():
            load_nquads(written.store, shards, rules=rules)
            graphs = len(content_graphs(written.store))
            written.close()
        written.put_in_place()
    return graphs


def _existing_store(place: Path) -> ox.Store | None:
    """The store at ``place``, to be changed, or None where a new one is to be made; fails, before any work,
    on a folder that is no store (nor empty) or a store another process holds."""
    from kg.store import check_new_store, is_store, open_store

    if is_store(place):
        return open_store(place)
    check_new_store(place)
    return None


@dataclass(frozen=True)
class _Run:
    """How :func:`build_outputs` extracts: its options the extractors take."""

    date: str | None
    place: str | None
    rules: Sequence[str] | None
    stats: BuildStats | None
    jobs: int
    progress: bool | int
    errors: Callable | None
    engine: str
    scheduler: str | None


@dataclass(frozen=True)
class _Read:
    """What a build extracted before its store changes: the results planned against an existing store
    (:func:`_planned_results`), else the shards the Dask workers wrote or what the results streamed into a
    new store changed (:func:`_linked_results`); the build's records, and the ids of the documents
    extracted."""

    records: RecordSpill
    extracted: list[str]
    planned: _Planned | None = None
    shards: list[Path] = field(default_factory=list)
    loaded: BuildChanges | None = None


def _extracted(inputs: Iterable[str | Path | Document], run: _Run, written: _WrittenStore,
               views: PageViews | None, held: contextlib.ExitStack) -> _Read:
    """A new store's build: every document extracted, the results streaming into the store as they come
    (the Dask workers making the article graphs, which the store loads later, with ``engine`` dask);
    ``views``: the page's reading of the articles, gathered as they are loaded. The temporary files are
    ``held``."""
    from kg.incremental import RecordSpill
    from kg.io import signals_held

    store_dir = written.place
    records = held.enter_context(contextlib.closing(RecordSpill(store_dir.resolve().parent)))
    if run.engine == "dask":  # the workers make the article graphs, the store loads them
        from kg.cluster import dask_write_shards

        _load_rules(run.rules)  # fail on a bad rule file here, not on every worker
        folder = Path(tempfile.mkdtemp(prefix=f".{store_dir.name}.", suffix=".shards",
                                       dir=store_dir.resolve().parent))
        held.callback(shutil.rmtree, folder, ignore_errors=True)
        shards = dask_write_shards(_documents(inputs, run.errors), folder, date=run.date, place=run.place,
                                   rules=run.rules, scheduler=run.scheduler, stats=run.stats, records=records)
        return _Read(records, sorted(records.ids), shards=shards)
    # loaded as the documents are extracted (:func:`_linked_results`)
    ruleset = _load_rules(run.rules)  # a bad rule file fails before a store is made
    try:
        loaded = _linked_results(
            inputs, date=run.date, place=run.place, rules=run.rules, stats=run.stats, jobs=run.jobs,
            progress=run.progress, errors=run.errors, engine=run.engine, scheduler=run.scheduler,
            spill_dir=store_dir.resolve().parent, records=records, views=views is not None,
            load=lambda parts, rekeyed: written.load(parts, ruleset, records, views, rekeyed))
    except BaseException as e:
        traceback.clear_frames(e.__traceback__)
        with signals_held():
            if written.new is not None:
                written.undo()
            written.close()
        raise
    return _Read(records, sorted(records.ids), loaded=loaded)


def _planned(db, inputs: Iterable[str | Path | Document], run: _Run, store_dir: Path,
             held: contextlib.ExitStack) -> _Read:
    """An existing store's build: the new and changed documents extracted (:func:`_planned_results`),
    spilled to temporary files, which are ``held``."""
    planned = _planned_results(
        db, inputs, date=run.date, place=run.place, rules=run.rules, stats=run.stats, jobs=run.jobs,
        progress=run.progress, errors=run.errors, engine=run.engine, scheduler=run.scheduler,
        spill_dir=store_dir.resolve().parent)
    held.callback(planned.results.close)
    return _Read(held.enter_context(contextlib.closing(planned.records)), planned.extracted, planned=planned)


def _loaded(written: _WrittenStore, read: _Read, ruleset: RuleSet, views: PageViews | None) -> BuildChanges:
    """The changes of the store ``written``: the planned results written over the graphs kept (the page's
    reading of the articles written gathered in ``views``), the Dask workers' shards loaded, or the graphs
    loaded while extracting (:func:`_extracted`)."""
    from kg.store import BuildChanges, article_graphs, load_nquads, write_results

    if read.planned is not None:
        changes = write_results(written.store, read.planned.results, rules=ruleset, kept=read.planned.kept,
                                records=read.records.quads(), views=views)
        changes.skipped = read.planned.skipped
    elif read.shards:
        load_nquads(written.store, read.shards, rules=ruleset, records=read.records.quads(), with_union=True)
        changes = BuildChanges(added=sorted(g.value for g in article_graphs(written.store)))
    else:
        assert read.loaded is not None
        changes = read.loaded  # loaded while extracting
    changes.extracted = read.extracted
    return changes


class _WrittenStore:
    """The store a build writes, and how it is given up or put in place.

    ``db`` is the one reference to the open store (Oxigraph closes a store with
    its last reference: :meth:`close` drops it); ``new`` a new store not yet in
    place (:func:`kg.store.fresh_store`); ``old`` the backup of an existing store
    changed in place. A failure or Ctrl-C before the end calls :meth:`undo`.
    """

    def __init__(self, place: Path) -> None:
        self.place = place
        self.db: ox.Store | None = None
        self.new: Path | None = None
        self.old: Path | None = None
        self.counted: int | None = None

    def triples(self) -> int:
        """The number of triples of the store's union (:func:`kg.store.triple_count`), counted once: when the
        exports are written, the store is written no more."""
        from kg.store import triple_count

        if self.counted is None:
            self.counted = triple_count(self.store)
        return self.counted

    @property
    def store(self) -> ox.Store:
        """The store being written (made or changed)."""
        assert self.db is not None, "no store made"
        return self.db

    def make(self) -> None:
        """An empty new store beside its place (the one made before, if any, thrown away)."""
        from kg.store import discard, fresh_store

        self.close()
        if self.new is not None:
            discard(self.new)
        self.db, self.new = fresh_store(self.place)

    def reopen(self) -> None:
        """A new store, once loaded, closed and opened again before it is read (:func:`kg.store.reopen_new`:
        memory the loads left goes back to the system)."""
        from kg.store import reopen_new

        assert self.new is not None, "no new store"
        self.close()
        self.db = reopen_new(self.new)

    def change(self, db) -> None:
        """The existing store ``db`` is changed in place, once backed up."""
        self.old = _store_backup(db, self.place)
        self.db = db

    def begin(self, db: ox.Store | None) -> None:
        """Write the existing store ``db`` (:meth:`change`), else a new one unless one is made already
        (:meth:`load`)."""
        if db is not None:
            self.change(db)
        elif self.db is None:
            self.make()

    @contextlib.contextmanager
    def undone_on_failure(self, undo_also: Callable[[], None] = lambda: None) -> Iterator[None]:
        """The store given up (:meth:`undo`, and ``undo_also`` done: temporary files dropped) if the block
        fails or is interrupted, with Ctrl-C held back meanwhile."""
        from kg.io import signals_held

        try:
            yield
        except BaseException as e:
            # the frames of the failure may hold the store: let go of it so that undo() closes it
            traceback.clear_frames(e.__traceback__)
            with signals_held():
                undo_also()
                self.undo()
            raise

    def load(self, parts: Iterator[ArticlesPart], rules: RuleSet, records, views, rekeyed) -> BuildChanges:
        """A new store loaded with ``parts`` as they are made (:func:`kg.store.load_articles`), made once
        the first one is: the worker processes, forked at the first task, start from a process running
        one thread (the store's start with it); then mended where ``rekeyed`` says a name is told apart."""
        from kg.store import load_articles

        first = next(parts, None)
        self.make()
        return load_articles(self.store, itertools.chain([] if first is None else [first], parts),
                             rules=rules, records=records.quads(), views=views, rekeyed=rekeyed,
                             spill_dir=self.place.resolve().parent)

    def close(self) -> None:
        """Let go of the store (closed once nothing else holds it)."""
        self.db = None
        gc.collect()

    def undo(self) -> None:
        """Put the previous store back (the files are only replaced once all is done)."""
        from kg.store import discard

        self.close()
        if self.new is not None:  # the new store, not yet in place
            discard(self.new)
        elif self.old is None:  # the new store, put in place where there was none
            discard(self.place)
        else:  # the store changed in place: its backup comes back
            discard(self.place)
            os.replace(self.old, self.place)

    def put_in_place(self, also: Callable[[], None] = lambda: None,
                     undo_also: Callable[[], None] = lambda: None) -> None:
        """The swap: the new store, if one was made, where the store goes, and ``also`` done (the files
        swapped in); Ctrl-C lands before it or after it, never inside. If it fails, the previous store
        comes back (and ``undo_also`` is done); once done, the backup of a store changed in place goes."""
        from kg.io import signals_held
        from kg.store import discard

        with signals_held():
            with self.undone_on_failure(undo_also):
                if self.new is not None:
                    if self.place.exists():
                        self.place.rmdir()  # an empty folder (check_new_store made sure)
                    os.replace(self.new, self.place)
                    self.new = None
                also()
            if self.old is not None:
                discard(self.old)


def _lock_outputs(held: contextlib.ExitStack, out: str | Path | None, store_dir: Path, files: list[Path]
                  ) -> None:
    """A build's outputs locked (:func:`kg.io.output_lock`) while ``held``: the ``out`` folder, its ``files``
    (what a writer killed outright left beside them removed, as by :func:`kg.io.write_together`; not in a
    store's folder, which holds nothing but the store) and the store."""
    from kg.io import output_lock

    targets = {store_dir} if out is None else {p.resolve() for p in [
        Path(out), store_dir, *([] if _inside(Path(out), store_dir) else files)]}
    for target in sorted(targets):
        held.enter_context(output_lock(target))


def _exports(written: _WrittenStore, files: list[Path], rules: RuleSet, views: PageViews | None
             ) -> tuple[dict[Path, str], dict[Path, str | bytes]]:
    """``graph.ttl`` and ``graph.html`` (``files``) of the store ``written`` holds: written whole beside
    their targets (:func:`_files_aside`), their temporary names first; or, in the store's own folder, as
    bytes to write once the store is in place, second."""
    from kg.export.html import page_writer
    from kg.store import write_turtle

    ttl, html = files
    if _inside(ttl.parent, written.place):
        return {}, {ttl: _bytes(lambda fh: write_turtle(written.store, fh)),
                    html: _bytes(page_writer(written.store, rules=rules, views=views))}
    return _files_aside(written, ttl, html, rules, views), {}


def _files_aside(written: _WrittenStore, ttl: Path, html: Path, rules: RuleSet, views: PageViews | None = None
                 ) -> dict[Path, str]:
    """``graph.ttl`` and ``graph.html`` of the store ``written`` holds, written whole beside their targets
    (:func:`kg.io.prepare`); their temporary names. The page draws the mention types of ``rules``;
    ``views``: what the build gathered of the articles for it (:func:`kg.export.html.page_data`: used up).
    The Turtle is written as it is read from the store, never held whole.

    One after the other: the page, then the Turtle, from a new store opened again in between. The Turtle
    reads the whole store, and what Oxigraph caches as it reads grows with the store up to its bounds
    (about 110 MB for a 10x copy of PD dev, 36 MB for PD dev itself): read beside the page's data, as
    before, that made the exports the peak of a large build.
    """
    from kg.export.html import page_writer
    from kg.io import drop, prepare
    from kg.store import write_turtle

    if views is not None and views.whole and len(views.mentioned) <= EXPORTS_TOGETHER:
        return _files_together(written, ttl, html, rules, views)
    temps = prepare({html: page_writer(written.store, rules=rules, views=views)})
    try:
        if written.new is not None:
            written.reopen()  # what the page's queries cached goes back to the system
        temps.update(prepare({ttl: lambda fh: write_turtle(written.store, fh)}))
    except BaseException:
        drop(temps)
        raise
    return temps


#: Articles up to which a new store's Turtle is dumped while the page is made (:func:`_files_together`): the
#: page then asks the store nothing, and what Oxigraph caches as the dump reads the store stays small beside
#: the page's data (PD dev, 1,480 articles: about 36 MB). A larger store's exports run one after the other,
#: with the store opened again in between (:func:`_files_aside`), so that they make no large build's peak.
EXPORTS_TOGETHER = 5_000


def _files_together(written: _WrittenStore, ttl: Path, html: Path, rules: RuleSet, views: PageViews
                    ) -> dict[Path, str]:
    """:func:`_files_aside` for a store whose page asks it nothing (``views`` hold every fact): the store
    dumps its Turtle into a file beside it in a thread of its own (Oxigraph, without Python's lock) while
    this thread makes the page and counts the store's triples (:meth:`_WrittenStore.triples`); the Turtle's
    offsets are then typed into graph.ttl's temporary file."""
    from concurrent.futures import ThreadPoolExecutor, wait

    from kg.export.html import page_writer
    from kg.io import drop, prepare, signals_held
    from kg.store import dump_turtle, typed_turtle

    fd, name = tempfile.mkstemp(prefix=".kg-turtle-", suffix=".ttl", dir=written.place.resolve().parent)
    os.close(fd)
    raw = Path(name)
    temps: dict[Path, str] = {}
    try:
        dumper = ThreadPoolExecutor(1, thread_name_prefix="kg-turtle")
        dumped = dumper.submit(dump_turtle, written.store, raw)
        try:
            temps = prepare({html: page_writer(written.store, rules=rules, views=views)})
            written.triples()  # while the dump runs: the page takes less time than the dump
        finally:
            with signals_held():  # the dump reads the store: nothing lets go of it before the dump ends
                wait([dumped])
                dumper.shutdown()
        dumped.result()
        temps.update(prepare({ttl: lambda fh: typed_turtle(raw, fh)}))
    except BaseException:
        drop(temps)
        raise
    finally:
        raw.unlink(missing_ok=True)
    return temps


def _inside(path: Path, folder: Path) -> bool:
    path, folder = path.resolve(), folder.resolve()
    return path == folder or folder in path.parents


def _bytes(data: Payload) -> str | bytes:
    if not callable(data):
        return data
    buffer = io.BytesIO()
    data(buffer)
    return buffer.getvalue()


def _store_backup(db, store_dir: Path) -> Path:
    """A copy of the store as it is (RocksDB checkpoint: hard links, cheap), beside it."""
    backup = Path(tempfile.mkdtemp(prefix=f".{store_dir.name}.", suffix=".old", dir=store_dir.parent))
    backup.rmdir()  # the checkpoint makes the folder itself
    db.flush()
    db.backup(str(backup))
    return backup


def extract(
    text: str, *, date: str | None = None, place: str | None = None, rules: Sequence[str] | None = None
) -> list[Mention]:
    """Mentions of one text (offsets into ``text``), sorted.

    >>> [(m.type, m.text) for m in extract("市委书记李理主持会议。") if m.type in ("PER", "TITLE")]
    [('TITLE', '市委书记'), ('PER', '李理')]
    """
    doc = Document(id="text", text=text, date=date, place=place)
    out: list[Mention] = []
    for r in process_document(doc, date=date, place=place, rules=_load_rules(rules)):
        out.extend(r.mentions)
    return sorted(out)


def mention_record(m: Mention, rules: RuleSet | None = None) -> dict:
    """The JSON form of a mention (docs/contract.md §4); ``rules`` declares its type (the built-in
    rules when None): an entity type's mention names its entity's IRI."""
    from kg.link import entity_iri

    rec = {"start": m.start, "end": m.end, "type": m.type, "text": m.text}
    known = mention_types(rules).get(m.type)
    if known is not None and known.entity:
        rec["entity"] = entity_iri(m.type, m.key or m.text, rules)
    if m.key and m.key != m.text:
        rec["key"] = m.key
    rec["rule"] = m.rule
    rec["confidence"] = round(m.confidence, 3)
    return rec


def extract_documents(
    inputs: Iterable[str | Path | Document], *, date=None, place=None, rules: Sequence[str] | None = None,
    jobs: int = 1, engine: str = "local", scheduler: str | None = None,
) -> Iterator[dict]:
    """One JSON-ready record per input document: ``{"id", "mentions"}``.

    With worker processes, the workers make the records (plain dicts, cheap to send back).
    """
    if engine == "dask":
        ruleset = load_rules(tuple(rules or ()))  # checked by process_all
        for doc, results in process_all(read_documents(inputs), date=date, place=place, rules=rules,
                                        engine=engine, scheduler=scheduler):
            yield _record(doc, results, ruleset)
        return
    docs, jobs = _spread(read_documents(inputs), jobs)
    # a fork server imports kg while this process checks the rules
    context = _workers_context() if jobs else None
    ruleset = _load_rules(rules)  # fail on a bad rule file here, once, not in every worker
    if not jobs:
        for doc in docs:
            results = process_document(doc, date=date, place=place, rules=ruleset, facts=False)
            yield _record(doc, results, ruleset)
        return
    with _pool(jobs, tuple(rules or ()), context) as workers:
        for _chunk, records in _on_workers(workers, _record_chunk, docs, date, place, jobs):
            yield from records


def _record(doc: Document, results: list[ArticleResult], rules: RuleSet | None) -> dict:
    """The extract record of ``doc``: its id and the mentions of all its articles."""
    return {"id": doc.id, "mentions": [mention_record(m, rules) for res in results for m in res.mentions]}
