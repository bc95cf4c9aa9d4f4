"""Reading news: files and records in, documents and articles out."""
from __future__ import annotations

from kg.ingest.page import split_articles
from kg.ingest.read import read_documents

__all__ = ["read_documents", "split_articles"]
