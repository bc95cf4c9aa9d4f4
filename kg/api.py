"""The library entry points behind the CLI."""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from kg.ingest import read_documents
from kg.pipeline import process_document

__all__ = ["extract_documents"]


def extract_documents(inputs: Iterable[str], *, date=None, place=None) -> Iterator[dict]:
    """One JSON-ready record per input document: ``{"id", "mentions"}``."""
    for doc in read_documents(inputs):
        mentions = []
        for res in process_document(doc, date=date, place=place):
            for m in res.mentions:
                mentions.append({"start": m.start, "end": m.end, "type": m.type, "text": m.text,
                                 "rule": m.rule, "key": m.key})
        yield {"id": doc.id, "mentions": mentions}
