"""Mention extraction: people, organisations, places, titles, dates.

Each extractor yields candidates (they may overlap);
:func:`extract_mentions` pools them and keeps a non-overlapping set with the
policy of :mod:`kg.extract.resolve` (longest, then priority).
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import cache

from kg.extract.context import Context
from kg.extract.engine import match_patterns, rules_of, to_mention
from kg.extract.people import extract_people
from kg.extract.resolve import resolve
from kg.extract.titles import extract_titles
from kg.model import Mention
from kg.nlp.normalize import View

__all__ = ["Context", "extract_mentions"]

Extractor = Callable[[View, Context], Iterator[Mention]]


@cache
def _peer_extractors() -> tuple[Extractor, ...]:
    """Extractors of other modules, when present (places, organisations, dates)."""
    found: list[Extractor] = []
    for module, name in (("kg.extract.places", "extract_places"), ("kg.extract.orgs", "extract_orgs"),
                         ("kg.extract.dates", "extract_dates")):
        try:
            mod = __import__(module, fromlist=[name])
        except ImportError:
            continue
        fn = getattr(mod, name, None)
        if fn is not None:
            found.append(fn)
    return tuple(found)


def extract_mentions(view: View, ctx: Context) -> list[Mention]:
    """Mentions of ``view`` with offsets into ``view.source``, sorted, non-overlapping."""
    rules = rules_of(ctx)
    priorities = {p.id: p.priority for p in rules.patterns}
    titles = list(extract_titles(view, ctx))
    candidates = titles + list(extract_people(view, ctx, titles))
    for fn in _peer_extractors():
        candidates.extend(fn(view, ctx))
    # patterns of the other labels (user rule files may add ORG, LOC, DATE rules)
    candidates.extend(to_mention(view, m) for m in match_patterns(
        view.text, (p for p in rules.patterns if p.label not in ("PER", "TITLE"))))
    return resolve(candidates, lambda rule: priorities.get(rule, 0))
