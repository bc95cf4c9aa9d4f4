"""What an extractor knows about the article it reads, besides its text."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

__all__ = ["Context"]


@dataclass(frozen=True)
class Context:
    """Per-article knowledge handed to every extractor.

    ``date`` is the publication date (YYYY-MM-DD) or a year (YYYY) taken from
    the page; relative dates (6月13日, 昨天) are resolved against it. ``place`` is
    the publisher's home place (鄂尔多斯市): 我市, 市委, 市政府 resolve to it.
    ``rules`` is the loaded rule set (``kg.rules.load_rules``). ``headline`` is the
    headline given as metadata when the text holds none (JSONL ``title``): the
    town it names (长征镇领导开展…) is the one the text's 镇党委 is of.
    """

    date: str | None = None
    place: str | None = None
    publisher: str | None = None
    rules: Any = None
    headline: str | None = None
