"""Mention extraction: people, organisations, places, titles, dates.

PLACEHOLDER while the rule engine is written: jieba.posseg nr/ns/nt.
"""
from __future__ import annotations

import jieba
import jieba.posseg as pseg

from kg.extract.context import Context
from kg.model import Mention
from kg.nlp.normalize import View

__all__ = ["Context", "extract_mentions"]

jieba.setLogLevel(60)

_TAGS = {"nr": "PER", "ns": "LOC", "nt": "ORG"}


def extract_mentions(view: View, ctx: Context) -> list[Mention]:
    """Mentions of ``view`` with offsets into ``view.source``, sorted, non-overlapping."""
    out: list[Mention] = []
    pos = 0
    for word, flag in pseg.cut(view.text):
        start, pos = pos, pos + len(word)
        typ = _TAGS.get(flag)
        if typ:
            a, b = view.to_source(start, pos)
            out.append(Mention(a, b, typ, view.source[a:b], rule=f"jieba:{flag}", key=word))
    return sorted(out)
