"""Extraction on a Dask cluster: the same results as on local processes, in input order.

Documents go to the workers in chunks, a bounded number in flight (the input
is read only as fast as the cluster extracts it); each worker loads the rule
set once and sends back the results without the documents' text, which the
caller still holds. Without a scheduler address a local cluster of one
single-threaded worker process per core is started and stopped around the run.

    kg build news/ --engine dask                         # a local cluster
    kg build news/ --engine dask --scheduler tcp://10.0.0.5:8786

On a real cluster every worker needs kg installed (same version) and the
``--rules`` files at the same paths.
"""
from __future__ import annotations

import collections
import functools
import os
from collections.abc import Iterable, Iterator, Sequence

from kg.errors import KgError
from kg.model import ArticleResult, Document
from kg.pipeline import chunks, process_document, strip_text, with_text

__all__ = ["dask_process_all", "CHUNK"]

#: Documents sent to a worker in one task (a task costs the scheduler about a millisecond).
CHUNK = 32


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
