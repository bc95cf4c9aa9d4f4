"""Extraction on a Dask cluster: the same results as on local processes, in input order.

Documents go to the workers in chunks, a bounded number in flight (the input
is read only as fast as the cluster extracts it); each worker loads the rule
set once. For a build into a new store the workers also make the article
graphs and send them back as N-Quads shards (:func:`dask_write_shards`), which
the client bulk-loads (``kg load``); otherwise they send back the results
without the documents' text, which the caller still holds. Without a scheduler address a local cluster of one
single-threaded worker process per core is started and stopped around the run.

    kg build news/ --engine dask                         # a local cluster
    kg build news/ --engine dask --scheduler tcp://10.0.0.5:8786

On a real cluster every worker needs kg installed (same version) and the
``--rules`` files at the same paths.
"""
from __future__ import annotations

import collections
import functools
import itertools
import os
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import KgError
from kg.model import ArticleResult, Document
from kg.pipeline import chunks, process_document, strip_text, with_text

if TYPE_CHECKING:
    from kg.incremental import RecordSpill

__all__ = ["dask_process_all", "dask_write_shards", "CHUNK"]

#: Documents sent to a worker in one task (a task costs the scheduler about a millisecond).
CHUNK = 32
#: Quads of a shard, about: one bulk load each (Oxigraph's loader spends a quarter less CPU on PD dev in
#: loads of 200,000 quads than of one chunk's 25,000).
SHARD_QUADS = 200_000


@functools.cache
def _worker_rules(paths: tuple[str, ...]):
    from kg.rules import load_rules

    return load_rules(paths)


def _extract_chunk(
    chunk: list[Document], date: str | None, place: str | None, rules: tuple[str, ...]
) -> list[list[ArticleResult]]:
    """Runs on a worker: the results of each document of ``chunk``, without its text."""
    ruleset = _worker_rules(rules)
    return [strip_text(process_document(doc, date=date, place=place, rules=ruleset)) for doc in chunk]


def _client(scheduler: str | None):
    """A client of the scheduler at ``scheduler``, or of a new local cluster, and what to close after."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise KgError("--engine dask needs Dask: pip install 'dask[distributed]'") from None
    if scheduler:
        try:
            client = Client(scheduler, timeout="20s")
        except OSError as e:
            raise KgError(f"cannot reach the Dask scheduler at {scheduler}: {e}") from None
        return client, [client]
    cluster = LocalCluster(n_workers=os.cpu_count() or 1, threads_per_worker=1, processes=True,
                           dashboard_address=":0", silence_logs=50)
    client = Client(cluster)
    return client, [client, cluster]


def dask_process_all(
    docs: Iterable[Document],
    *,
    date: str | None = None,
    place: str | None = None,
    rules: Sequence[str] | None = None,
    scheduler: str | None = None,
) -> Iterator[tuple[Document, list[ArticleResult]]]:
    """Each document with its results, in input order, extracted on a Dask cluster."""
    rule_paths = tuple(str(p) for p in rules or ())
    client, to_close = _client(scheduler)
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        window: collections.deque = collections.deque()
        for chunk in chunks(docs, CHUNK):
            future = client.submit(_extract_chunk, chunk, date, place, rule_paths, pure=False)
            window.append((chunk, future))
            if len(window) >= 3 * workers:
                yield from with_text(*_gather(*window.popleft()))
        while window:
            yield from with_text(*_gather(*window.popleft()))
    finally:
        for c in to_close:
            c.close()


def _gather(chunk: list[Document], future) -> tuple[list[Document], list[list[ArticleResult]]]:
    results = future.result()
    future.release()
    return chunk, results


# -- a build: shards of article graphs ---------------------------------------------------------

def _extract_kept(
    chunk: list[Document], date: str | None, place: str | None, rules: tuple[str, ...]
) -> list[list[ArticleResult]]:
    """Runs on a worker: the results of each document of ``chunk``, kept there for :func:`_shard`."""
    ruleset = _worker_rules(rules)
    return [process_document(doc, date=date, place=place, rules=ruleset) for doc in chunk]


def _summary(
    results: list[list[ArticleResult]], digests: list[tuple[str, str]]
) -> tuple[int, int, Counter, dict[str, set[str]], dict]:
    """Runs on a worker: documents, articles, mentions by type, the namesake table of a chunk and the
    :class:`kg.incremental.DocumentRecord` of each document (``digests``: its id and digest)."""
    from kg.incremental import DocumentRecord
    from kg.link import Namesakes

    namesakes, mentions = Namesakes(), Counter[str]()
    for r in itertools.chain.from_iterable(results):
        namesakes.add(r)
        mentions.update(m.type for m in r.mentions)
    records = {doc_id: DocumentRecord.of(d, rs) for (doc_id, d), rs in zip(digests, results, strict=True)}
    return len(results), sum(map(len, results)), mentions, namesakes.places, records


@functools.cache
def _worker_builder(rules: tuple[str, ...]):
    from kg.graph.build import GraphBuilder

    return GraphBuilder(rules=_worker_rules(rules))


def _shard(
    results: list[list[ArticleResult]], places: list[dict[str, set[str]]], home: str | None,
    rules: tuple[str, ...],
) -> bytes:
    """Runs on a worker: the article graphs of a chunk, namesakes told apart, as N-Quads: each quad, and
    its triple in the default graph (the union), as a kg store holds them (:func:`kg.store.article_part`)."""
    from kg.link import Namesakes
    from kg.store import article_part

    namesakes = Namesakes(home)
    namesakes.update(places[0])
    rekeyed = (namesakes.rekey(r) for r in itertools.chain.from_iterable(results))
    return article_part(rekeyed, _worker_builder(rules)).nquads


def dask_write_shards(
    docs: Iterable[Document],
    folder: Path,
    *,
    date: str | None = None,
    place: str | None = None,
    rules: Sequence[str] | None = None,
    scheduler: str | None = None,
    stats=None,
    records: RecordSpill | None = None,
) -> list[Path]:
    """Extract ``docs`` on a Dask cluster and write their article graphs as N-Quads shards in ``folder``.

    Two rounds, as a local build makes two passes: each chunk is extracted on
    a worker and its results stay there (Dask spills them to disk when memory
    runs short), the client receiving only counts and the chunk's namesake
    table (:class:`kg.link.Namesakes`); then, with the table of the whole
    build, each worker turns its results into the quads of their article
    graphs and of their union (:func:`kg.store.article_part`) and the client
    writes them into N-Quads shards of about :data:`SHARD_QUADS` quads each,
    in input order. :func:`kg.store.load_nquads` (``kg load``) puts them
    through Oxigraph's bulk loader as they are; any triple store's bulk
    loader takes the shards too. ``stats`` (a
    :class:`kg.api.BuildStats`) gets the counts, ``records`` each document's
    :class:`kg.incremental.DocumentRecord` as its chunk is extracted.
    """
    from kg.incremental import digest, fingerprint
    from kg.link import Namesakes

    build = fingerprint(date=date, place=place, rules=rules)

    rule_paths = tuple(str(p) for p in rules or ())
    namesakes = Namesakes(place)
    client, to_close = _client(scheduler)
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        kept: list = []  # each chunk's results, on the workers
        window: collections.deque = collections.deque()

        def note(summary) -> None:
            documents, articles, mentions, places, chunk_records = summary.result()
            summary.release()
            namesakes.update(places)
            if records is not None:
                records.update(chunk_records)
            if stats is not None:
                stats.documents += documents
                stats.articles += articles
                stats.mentions.update(mentions)

        for chunk in chunks(docs, CHUNK):
            results = client.submit(_extract_kept, chunk, date, place, rule_paths, pure=False)
            kept.append(results)
            digests = [(doc.id, digest(doc, build)) for doc in chunk]
            window.append(client.submit(_summary, results, digests, pure=False))
            if len(window) >= 3 * workers:
                note(window.popleft())
        while window:
            note(window.popleft())

        (table,) = client.scatter([[namesakes.places]], broadcast=True)
        paths: list[Path] = []
        size = [SHARD_QUADS]  # quads in the last shard

        def save(shard) -> None:
            """A chunk's quads at the end of the last shard, or of a new one when that one is full."""
            nquads = shard.result()
            shard.release()
            if size[0] >= SHARD_QUADS:
                paths.append(folder / f"part-{len(paths):05d}.nq")
                size[0] = 0
            with paths[-1].open("ab") as out:
                out.write(nquads)
            size[0] += nquads.count(b"\n")

        for i, results in enumerate(kept):
            window.append(client.submit(_shard, results, table, place, rule_paths, pure=False))
            results.release()  # its results go once their shard is made
            kept[i] = None
            if len(window) >= 3 * workers:
                save(window.popleft())
        while window:
            save(window.popleft())
        return paths
    finally:
        for c in to_close:
            c.close()
