"""Mention extraction: people, organisations, places, titles, dates.

Each extractor yields candidates (they may overlap);
:func:`extract_mentions` pools them and keeps a non-overlapping set with the
policy of :mod:`kg.extract.resolve` (longest, then priority).
"""
from __future__ import annotations

from collections.abc import Callable, Iterator

from kg.extract.appointments import appointment_words
from kg.extract.arguments import roles as event_roles
from kg.extract.context import Context
from kg.extract.dates import extract_dates
from kg.extract.engine import match_patterns, rules_of, to_mention
from kg.extract.events import triggers
from kg.extract.orgs import extract_orgs, org_rules
from kg.extract.people import RULE_PRIORITIES as PEOPLE_PRIORITIES
from kg.extract.people import NameLexicon, extract_people, name_lexicon
from kg.extract.places import RULE_PRIORITIES as PLACE_PRIORITIES
from kg.extract.places import extract_places
from kg.extract.posts.words import org_names, roles
from kg.extract.resolve import resolve
from kg.extract.titles import extract_titles
from kg.model import Mention
from kg.nlp.normalize import View
from kg.rules import RuleSet, per_rules
from kg.rules.mention_types import mention_types

__all__ = ["Context", "check_rules", "extract_mentions"]

Extractor = Callable[[View, Context], Iterator[Mention]]


#: Extractors that need no other extractor's candidates, in the order their candidates are pooled.
_EXTRACTORS: tuple[Extractor, ...] = (extract_places, extract_orgs, extract_dates)


def extract_mentions(view: View, ctx: Context) -> list[Mention]:
    """Mentions of ``view`` with offsets into ``view.source``, sorted, non-overlapping."""
    rules = rules_of(ctx)
    priorities = PLACE_PRIORITIES | PEOPLE_PRIORITIES | {p.id: p.priority for p in rules.patterns}
    titles = list(extract_titles(view, ctx))
    candidates = titles + list(extract_people(view, ctx, titles))
    for fn in _EXTRACTORS:
        candidates.extend(fn(view, ctx))
    # patterns of the other labels (user rule files may add ORG, LOC, DATE rules)
    candidates.extend(to_mention(view, m) for m in match_patterns(
        view.text, (p for p in rules.patterns if p.label not in ("PER", "TITLE"))))
    candidates = _names_after_titles(_bodies_before_posts(candidates), view, name_lexicon(ctx))
    return resolve(candidates, _ranks(rules), lambda rule: priorities.get(rule, 0))


# the rule of a place of the gazetteer; one written by a short form (阿里 of 阿里地区) yields to a name read
# right after a title (总统 + 阿里)
_GAZETTEER = "places.gazetteer"
# the rule of an organisation read leftwards from its head word over the words before it (over a name after a
# title and its verb: 市长 + 张工 + 率市政府)
_SUFFIXED = "orgs.suffix"


def _names_after_titles(candidates: list[Mention], view: View, lex: NameLexicon) -> list[Mention]:
    """``candidates`` without the known organisations written exactly as a name read right after a title
    (党组书记 + 韩军: a person, not the Korean army of orgs/known), nor those read from a head word over such
    a name and the verb after it (a cue of people/cues ``after`` or a character of people/next_word_chars:
    党委书记 + 申高青 + 带队到某集团有限公司, 市长 + 张工 + 率市政府): a title is followed by its holder."""
    named = {(m.start, m.end) for m in candidates if m.rule == "per.after-title"}
    verb_after = {a: b for a, b in sorted(named) if _verb_at(view.text, view.to_view(b), lex)}
    return [m for m in candidates if not ((m.start, m.end) in named and (
        m.rule == "orgs.known" or m.rule == _GAZETTEER and m.key != m.text)
        or m.rule == _SUFFIXED and m.end > verb_after.get(m.start, m.end))]


def _verb_at(text: str, at: int, lex: NameLexicon) -> bool:
    """Whether a name's verb starts at view offset ``at``: a cue of people/cues ``after`` (带队, 代表) or a
    character of people/next_word_chars (率, 到, 向)."""
    return 0 < at < len(text) and (text[at] in lex.next_word
                                   or any(text.startswith(c, at) for c in lex.cues_after))


def _bodies_before_posts(candidates: list[Mention]) -> list[Mention]:
    """``candidates`` without the titles written with their body's short name (市委副书记, 党委书记) where an
    organisation read over the place before them ends inside them, right where the post alone starts
    (常州 + 市委副书记: ORG 常州市委 and TITLE 副书记, as 常州市委书记 is read; 某厂党委 + 书记)."""
    posts = {(m.start, m.end) for m in candidates if m.rule == "title.post"}
    first: dict[int, int] = {}  # the end of each organisation -> the first start of one ending there
    for m in candidates:
        if m.type == "ORG":
            first[m.end] = min(first.get(m.end, m.start), m.start)
    if not posts or not first:
        return candidates

    def written_with_body(m: Mention) -> bool:  # (read at each offset inside the title, not every body)
        return m.rule == "title.lexicon" and any(
            first.get(b, m.start) < m.start and (b, m.end) in posts for b in range(m.start + 1, m.end))

    return [m for m in candidates if not written_with_body(m)]


@per_rules
def _ranks(rules: RuleSet) -> dict[str, int]:
    return {t.id: t.rank for t in mention_types(rules).values()}


def check_rules(rules: RuleSet) -> None:
    """Build what every stage makes of ``rules`` now, so a bad table row fails before any text is read (the
    facts' tables too: ``kg extract`` reads an article's facts only where they may change its mentions)."""
    from kg.extract.arguments import argument_words, currencies
    from kg.extract.event_merges import merges
    from kg.extract.fact_words import fact_words
    from kg.extract.posts.resolve import place_bodies
    from kg.extract.posts.words import eras, head_kinds, leaders, post_words

    post_words(rules)
    head_kinds(rules)
    eras(rules)
    place_bodies(rules)
    leaders(rules)
    merges(rules)
    fact_words(rules)
    currencies(rules)
    argument_words(rules)
    org_rules(rules)
    roles(rules)
    org_names(rules)
    triggers(rules)
    event_roles(rules)
    appointment_words(rules)
    mention_types(rules)
