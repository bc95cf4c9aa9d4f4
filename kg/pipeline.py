"""The pipeline: one article in, its mentions and facts out.

Every stage is a function of one article, so documents stream and can be
spread over processes; identity across articles comes from deterministic
keys and IRIs (``kg.link``), not from a corpus-wide index.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from kg.extract import Context, extract_mentions
from kg.ingest import split_articles
from kg.model import ArticleResult, Document
from kg.nlp.normalize import View

__all__ = ["process_document", "process_documents"]


def _facts_stage():
    try:
        from kg.extract.facts import extract_facts
    except ImportError:  # TEMPORARY until the facts stage lands
        return None
    return extract_facts


def _link_stage():
    try:
        from kg.link import link_article
    except ImportError:  # TEMPORARY until coreference lands
        return None
    return link_article


def process_document(
    doc: Document, *, date: str | None = None, place: str | None = None, rules=None
) -> list[ArticleResult]:
    """Split ``doc`` into articles and extract each one."""
    facts, link = _facts_stage(), _link_stage()
    results = []
    for art in split_articles(doc, date=doc.date or date):
        ctx = Context(date=art.date or doc.date or date, place=doc.place or place, publisher=doc.publisher,
                      rules=rules)
        view = View.of(doc.text, art.body[0] if art.body else art.start, art.end, drop=art.skipped)
        mentions = extract_mentions(view, ctx)
        result = ArticleResult(doc=doc, article=art, mentions=mentions)
        if facts is not None:
            result.memberships, result.events, result.relations = facts(view, mentions, ctx)
        if link is not None:
            result = link(result, ctx)
        results.append(result)
    return results


def process_documents(docs: Iterable[Document], **kw) -> Iterator[list[ArticleResult]]:
    """:func:`process_document` over a stream of documents."""
    for doc in docs:
        yield process_document(doc, **kw)
