"""The pipeline: one article in, its mentions and facts out.

Every stage is a function of one article, so documents stream and can be
spread over processes; only linking across articles (``kg.link``) sees more.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from kg.extract import Context, extract_mentions
from kg.ingest import split_articles
from kg.model import ArticleResult, Document
from kg.nlp.normalize import View

__all__ = ["process_document"]


def process_document(
    doc: Document, *, date: str | None = None, place: str | None = None, rules=None
) -> list[ArticleResult]:
    """Split ``doc`` into articles and extract each one."""
    results = []
    for art in split_articles(doc):
        ctx = Context(date=art.date or doc.date or date, place=doc.place or place, publisher=doc.publisher,
                      rules=rules)
        view = View.of(doc.text, art.start, art.end, drop=art.skipped)
        mentions = extract_mentions(view, ctx)
        results.append(ArticleResult(doc=doc, article=art, mentions=mentions))
    return results


def process_documents(docs: Iterable[Document], **kw) -> Iterator[list[ArticleResult]]:
    for doc in docs:
        yield process_document(doc, **kw)
