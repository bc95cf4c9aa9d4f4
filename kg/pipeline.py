"""The pipeline: one article in, its mentions and facts out.

Every stage is a function of one article, so documents stream and can be
spread over processes; identity across articles comes from deterministic
keys and IRIs (``kg.link``), not from a corpus-wide index.
"""
from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from kg.extract import Context, extract_mentions
from kg.extract.engine import rules_of
from kg.extract.facts import extract_facts
from kg.extract.orgs import body_kind
from kg.ingest import split_articles
from kg.ingest.home import infer_place
from kg.link import link_article
from kg.link.coref import defines_short_names, facts_may_rekey
from kg.model import Article, ArticleResult, Document, Mention, replace
from kg.nlp.normalize import (
    View,
    doubled_commas,
    figure_spacing,
    invisible_spans,
    letter_spacing,
    markup_edits,
    pinyin_glosses,
    rewrite,
    to_simplified,
    wrap_breaks,
)

__all__ = ["process_document", "process_documents", "chunks", "strip_text", "with_text"]


def process_document(
    doc: Document, *, date: str | None = None, place: str | None = None, rules=None, facts: bool = True
) -> list[ArticleResult]:
    """Split ``doc`` into articles and extract each one.

    Every stage reads the document as the rules are written: in simplified characters, one for one (縣委書記
    is read as 县委书记, names and places too), a page's HTML as the page shows it (&ldquo; as “, </p><p> as
    a line break), and without what a page hides or lays out (zero-width characters, the \\r of a Windows
    line end, a line's indentation, spaces where Chinese has none, the line breaks of a hard-wrapped
    paragraph, letter spacing). What is read so is then given back as written: every offset through the map
    of the characters read, every mention's text the document's own characters.

    ``facts=False``: for a reader of the mentions alone (``kg extract``), an article's facts are read only
    where they may change its mentions' keys (:func:`~kg.link.coref.facts_may_rekey`); elsewhere its results
    hold no facts, and the same mentions.
    """
    read, index = _as_read(doc.text)
    if read != doc.text:
        return [_as_written(r, doc, index) for r in process_document(
            replace(doc, text=read), date=date, place=place, rules=rules, facts=facts)]
    results = []
    place = _read(doc.place) or place
    # the home city a page file or a record names most while saying 我市: what its posts' 市委 is; a page's
    # names it too (a record's 全市, 市委 stay unnamed, as People's Daily's records leave them)
    home = place or infer_place(doc.text)
    short_names = not facts and defines_short_names(doc.text)
    for art in split_articles(doc, date=doc.date or date):
        ctx = Context(date=art.date or doc.date or date, place=home, publisher=_read(doc.publisher),
                      rules=rules, headline=_read(art.title))
        art = _credited(art, ctx)
        view = View.of(doc.text, art.start, art.end, drop=art.skipped)
        named = ctx if doc.line == 0 or place is not None else replace(ctx, place=None)
        mentions = merge_frame(extract_mentions(view, named), art)
        result = ArticleResult(doc=doc, article=art, mentions=mentions)
        if not facts and not facts_may_rekey(mentions, art.reporters, short_names):
            results.append(link_article(result, ctx))
            continue
        # Facts are read once: sentences printed again are left out.
        fact_view = view
        if art.repeats:
            fact_view = View.of(doc.text, art.start, art.end, drop=art.skipped + art.repeats)
        kept = [m for m in mentions if not _inside(m, art.repeats)] if art.repeats else list(mentions)
        result.memberships, result.events, result.relations = extract_facts(fact_view, kept, ctx)
        result = link_article(result, ctx)
        results.append(result)
    return results


def _as_read(text: str) -> tuple[str, tuple[list[int], list[int]] | None]:
    """``text`` as the rules read it, and the span of ``text`` each character of it is read from (``starts``,
    ``ends``; None when one for one: traditional script is simplified one character for one, and its corner
    quotes 「」『』 are read as the quotes the rules know, “”‘’). A page's HTML is read as the page shows it
    (``markup_edits``: &ldquo; as “, </p><p> as a line break); then what every view leaves out is left out
    (``invisible_spans``) with the line breaks inside a hard-wrapped paragraph (``wrap_breaks``) and the
    readings in pinyin glossing characters (``pinyin_glosses``: 會(huì)見 as 會見) and the commas doubling
    another mark (``doubled_commas``: 書記,、市長 as 書記、市長); then the
    spaces of a letter-spaced line (``letter_spacing``)."""
    index: tuple[list[int], list[int]] | None = None
    for edits in (markup_edits, _left_out, letter_spacing):  # letter spacing read on lines unwrapped
        if found := edits(text):
            text, starts, ends = rewrite(text, found)
            if index is not None:  # spans of the text the earlier pass read
                starts, ends = [index[0][i] for i in starts], [index[1][i - 1] for i in ends]
            index = starts, ends
    read = to_simplified(text)
    return (read.translate(_QUOTES) if _CORNER_QUOTES.search(read) else read), index


def _read(written: str | None) -> str | None:
    """A document's metadata (its publisher, home place, title) as the rules read it: in simplified characters
    (香港客屬總會 as 香港客属总会, 澳門 as 澳门), as its text is read."""
    return to_simplified(written) if written else written


def _left_out(text: str) -> list[tuple[int, int, str]]:
    dropped = {(a, b, "") for a, b in invisible_spans(text)}  # figure_spacing's spaces may be among them
    return sorted([*dropped.union(figure_spacing(text)), *wrap_breaks(text), *pinyin_glosses(text),
                   *doubled_commas(text)])


_QUOTES = str.maketrans("「」『』", "“”‘’")
_CORNER_QUOTES = re.compile("[「」『』]")  # found in C; translating every character costs ten times more


# the fields of the results that hold a span, or several, of the document
_SPAN = frozenset({"headline", "body", "byline", "sentence"})
_SPANS = frozenset({"subheadlines", "skipped", "repeats"})


def _as_written(
    result: ArticleResult, doc: Document, index: tuple[list[int], list[int]] | None
) -> ArticleResult:
    """``result`` of ``doc`` as read (``_as_read``), of ``doc`` as written: every offset mapped through
    ``index`` (when characters were not read one for one) and every mention's text ``doc``'s characters at
    its offsets. A span keeps the characters left out inside it (李\\u200b理) and the whole of a character
    reference it starts or ends with (&ldquo;两会&rdquo;)."""

    def span(a: int, b: int) -> tuple[int, int]:
        if index is None:
            return a, b
        starts, ends = index
        start = starts[a] if a < len(starts) else len(doc.text)
        return (start, start) if b <= a else (start, ends[b - 1])

    def written(obj: Any, name: str = "") -> Any:
        if isinstance(obj, Mention):
            a, b = span(obj.start, obj.end)
            return replace(obj, start=a, end=b, text=doc.text[a:b])
        if name in _SPAN and obj is not None:
            return span(*obj)
        if name in _SPANS:
            return tuple(span(*x) for x in obj)
        if isinstance(obj, (list, tuple)):
            return type(obj)(map(written, obj))
        if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
            changes = {f.name: written(getattr(obj, f.name), f.name)
                       for f in dataclasses.fields(obj) if f.init}
            if isinstance(obj, Article):
                changes["start"], changes["end"] = span(obj.start, obj.end)
            return replace(obj, **changes)
        return obj

    return replace(result, doc=doc, **{f.name: written(getattr(result, f.name))
                                                   for f in dataclasses.fields(result) if f.name != "doc"})


def _inside(m: Mention, spans: tuple[tuple[int, int], ...]) -> bool:
    return any(a <= m.start and m.end <= b for a, b in spans)


def _credited(art: Article, ctx: Context) -> Article:
    """``art`` without the trailing credits that end in a body's head word (orgs/suffixes: （县政府办）,
    （湖北日报）, （区招商局）): the body a report is credited to, which the extractor reads as it reads it,
    not a writer (（祁淑婧 方瑞敏）, a pen name: （忠辉）)."""
    rules = rules_of(ctx)
    names = tuple(c for c in art.credits if not body_kind(c.text, rules))
    return art if len(names) == len(art.credits) else replace(art, credits=names)


def merge_frame(mentions: list[Mention], art: Article) -> list[Mention]:
    """Mentions with the article frame's own (byline reporters, credits, dateline) taking precedence.

    The page reader knows that ``王琪 胡杨 摄`` names two photographers and
    that ``记者张诗曼 赵琛玮`` names two reporters; an extractor mention that
    overlaps one of them gives way.
    """
    frame = [*art.reporters, *art.photographers, *art.credits]
    if art.dateline is not None:
        frame.append(art.dateline)
    if not frame:
        return mentions
    kept = [m for m in mentions if not any(m.start < f.end and f.start < m.end for f in frame)]
    return sorted(kept + frame)


def process_documents(docs: Iterable[Document], **kw) -> Iterator[list[ArticleResult]]:
    """:func:`process_document` over a stream of documents."""
    for doc in docs:
        yield process_document(doc, **kw)


# -- moving work between processes ---------------------------------------------------------

def chunks(items: Iterable, size: int) -> Iterator[list]:
    """Lists of ``size`` consecutive items (the last one shorter).

    >>> list(chunks(range(5), 2))
    [[0, 1], [2, 3], [4]]
    """
    it = iter(items)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def strip_text(results: list[ArticleResult]) -> list[ArticleResult]:
    """``results`` without their document's text, to send back to the process that holds the document."""
    return [_with_doc(r, Document(id=r.doc.id, text="")) for r in results]


def with_text(
    docs: Sequence[Document], results: Sequence[list[ArticleResult]]
) -> Iterator[tuple[Document, list[ArticleResult]]]:
    """Each document with its results, the document put back into results made by :func:`strip_text`."""
    for doc, rs in zip(docs, results, strict=True):
        yield doc, [_with_doc(r, doc) for r in rs]


def _with_doc(result: ArticleResult, doc: Document) -> ArticleResult:
    return ArticleResult(doc, result.article, result.mentions, result.memberships, result.events,
                         result.relations)
