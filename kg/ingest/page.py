"""Split a newspaper page into articles (placeholder: one article per document)."""
from __future__ import annotations

from kg.model import Article, Document

__all__ = ["split_articles"]


def split_articles(doc: Document, date: str | None = None) -> list[Article]:
    return [Article(doc_id=doc.id, index=0, start=0, end=len(doc.text), body=(0, len(doc.text)), date=date)]
