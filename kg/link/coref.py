"""Within one article: which mentions denote the same thing (coreference).

``link_article`` rewrites mention keys so that every mention of one thing in an
article carries the same key, then rewrites the facts that hold mentions:

* a person's key is the full name (``m.key`` or the text);
* a bare surname (``江`` of 江主席, ``李`` of 李书记) takes the full name of the
  one person of the article with that surname (none when two share it);
* a home word (我市, 本市, 全市, 我区) is keyed to the home place of its level
  (``kg.rules.places.Gazetteer.home``) when the place extractor has not done so;
* a short name the article defines (``中央第二生态环境保护督察组(以下简称“中央督察组”)``)
  takes the key of the name it abbreviates, wherever it is used in the article;
* the reporters of the byline get a post: 记者 of the byline's media.

Identity across articles follows from the keys (``kg.link.identity``).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.model import ArticleResult, Event, Membership, Mention, Relation, replace
from kg.rules import load_rules
from kg.rules.places import gazetteer

if TYPE_CHECKING:  # the graph and query stages import kg.link: keep it free of the extractors
    from kg.extract.context import Context

__all__ = ["link_article", "surname_of", "facts_may_rekey", "defines_short_names"]

def surname_of(name: str) -> str:
    """The surname of a full name: a compound surname when the surname lexicon has one."""
    if len(name) >= 3 and name[:2] in load_rules().lexicon("people/surnames"):
        return name[:2]
    return name[:1]


def _is_surname(word: str) -> bool:
    """A compound surname used alone (欧阳 of 欧阳先生) is a reference, not a full name."""
    return len(word) == 2 and word in load_rules().lexicon("people/surnames")


def _home_key(word: str, ctx: Context) -> str | None:
    place = gazetteer(ctx.rules).home(word, ctx.place)
    return place.name if place is not None else None


#: ``FULL（以下简称“SHORT”）``: the article defines a short name for what precedes the bracket.
_DEFINED_SHORT = re.compile(
    r"\s*[（(]\s*(?:以下|下文)?(?:简称|称)\s*[“\"「『]?(?P<short>[^”\"」』）)，,、。]{1,15}?)[”\"」』]?\s*[）)]"
)


def _defined_short_names(mentions: list[Mention], text: str) -> dict[tuple[str, str], str]:
    """(type, short name) -> key of the full name, for short names the article defines."""
    out: dict[tuple[str, str], str] = {}
    for m in mentions:
        if m.type not in ("ORG", "LOC", "EVENT"):
            continue
        d = _DEFINED_SHORT.match(text, m.end)
        if d:
            out.setdefault((m.type, d.group("short")), m.key or m.text)
    return out


def _keys(mentions: list[Mention], ctx: Context, text: str = "") -> dict[tuple[int, int, str], str]:
    """New key of each mention whose key changes, by (start, end, type)."""
    short = _defined_short_names(mentions, text) if text else {}
    people = [m for m in mentions if m.type == "PER"]
    full = _full_names(people)
    by_surname: dict[str, list[str]] = {}
    for name in full:
        by_surname.setdefault(surname_of(name), []).append(name)
    home_words = gazetteer(ctx.rules).home_words  # 我市, 全县 ... (places/affixes, kind home)
    out: dict[tuple[int, int, str], str] = {}
    for m in mentions:
        key = m.key or m.text
        if m.type == "PER" and len(m.text) <= 2 and m.text in by_surname and m.text not in full:
            names = by_surname[m.text]
            if len(names) == 1:
                key = names[0]
        elif m.type == "LOC" and m.text in home_words and (not m.key or m.key == m.text) and ctx.place:
            key = _home_key(m.text, ctx) or key
        elif (m.type, m.text) in short:
            key = short[(m.type, m.text)]
        if key != m.key:
            out[(m.start, m.end, m.type)] = key
    return out


def _full_names(people: list[Mention]) -> list[str]:
    """The full names of ``people`` (their keys): two characters or more, no compound surname alone."""
    return sorted({n for n in (m.key or m.text for m in people) if len(n) >= 2 and not _is_surname(n)})


def defines_short_names(text: str) -> bool:
    """Whether ``text`` defines a short name anywhere (``FULL（以下简称“SHORT”）``)."""
    return _DEFINED_SHORT.search(text) is not None


def facts_may_rekey(mentions: list[Mention], reporters: Sequence[Mention], short_names: bool) -> bool:
    """Whether the facts of an article may change the key of one of its ``mentions`` in :func:`link_article`.

    The facts hold the article's own mentions, so they can only add what :func:`_keys` reads from other
    mentions: a full name the one bare surname (李 of 李书记) no full name of the ``mentions`` and the
    byline's ``reporters`` has may take, and a name a short name is defined after (``short_names``: the
    text defines one, :func:`defines_short_names`). When neither can be, the mentions' keys are those of
    :func:`link_article` with no facts: a reader of mentions alone (``kg extract``) need not read facts.
    """
    if short_names:
        return True
    full = _full_names([m for m in (*mentions, *reporters) if m.type == "PER"])
    return any(m.type == "PER" and len(m.text) <= 2 and m.text not in full for m in mentions)


def _rekey(m: Mention | None, keys) -> Mention | None:
    if m is None:
        return None
    k = keys.get((m.start, m.end, m.type))
    return m if k is None else replace(m, key=k)


def _byline_posts(result: ArticleResult, ctx: Context) -> list[Membership]:
    """记者 of the byline's media for every reporter (本报 is the publisher when known)."""
    art = result.article
    media = art.media
    if media is None or not art.reporters:
        return []
    org = media.key or media.text
    if org in ("本报", "本台", "本刊", "本网"):
        if not ctx.publisher:
            return []  # 本报 of an unknown paper would merge every paper's reporters into one body
        org = ctx.publisher
    text = result.doc.text
    span = art.byline or (media.start, art.reporters[-1].end)
    out = []
    for r in art.reporters:
        at = text.rfind("记者", media.start, r.start)
        if at < 0:
            continue  # a byline without the word: no title to point at
        title = Mention(at, at + 2, "TITLE", "记者", rule="post:byline", key="记者")
        out.append(Membership(r, title, "记者", org, span, "post:byline", 0.7))
    return out


def link_article(result: ArticleResult, ctx: Context) -> ArticleResult:
    """``result`` with keys made consistent within the article and byline posts added."""
    text = result.doc.text
    keys = _keys(result.mentions, ctx, text)
    # facts hold mentions too: they may carry mentions the list lacks (synthesised spans)
    extra = [m.person for m in result.memberships] + list(result.article.reporters)
    extra += [p for e in result.events for p in (e.chair, e.delegated_by, *e.attendees) if p is not None]
    for old, new in _keys(result.mentions + extra, ctx, text).items():
        keys.setdefault(old, new)

    def rk(m):
        return _rekey(m, keys)

    mentions = [rk(m) for m in result.mentions]
    have = {(m.person.key or m.person.text, m.role) for m in result.memberships}
    memberships = []
    seen = set()
    for m in (replace(m, person=rk(m.person)) for m in result.memberships):
        k = (m.person.key, m.title.text, m.role, m.organization)
        if k not in seen:  # 江泽民主席 … 江主席: one post, said twice
            seen.add(k)
            memberships.append(m)
    for post in _byline_posts(result, ctx):
        post = replace(post, person=rk(post.person))
        if (post.person.key, post.role) not in have:  # the text's own title wins
            memberships.append(post)
    events: list[Event] = [
        replace(e, chair=rk(e.chair), delegated_by=rk(e.delegated_by), place=rk(e.place),
                organizer=rk(e.organizer), attendees=tuple(rk(p) for p in e.attendees))
        for e in result.events
    ]
    relations: list[Relation] = [replace(r, subject=rk(r.subject), object=rk(r.object))
                                 for r in result.relations]
    return replace(result, mentions=mentions, memberships=sorted(memberships), events=events,
                   relations=relations)
