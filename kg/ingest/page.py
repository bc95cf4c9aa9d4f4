"""Split a newspaper page into articles and find what frames each one.

A scraped page is a run of paragraphs separated by blank lines. An article
starts with a *headline block* (short paragraphs without sentence punctuation:
kicker, headline, subheadline) or right after an article that ended with a
credit line, and runs to the next one. A text is a page of several articles
only when a later one opens as news does (headline, then byline or dateline);
else it is one story written a paragraph and a blank line at a time, its short
paragraphs subheads and captions. Inside an article we find

- the byline: ``本报融媒记者张诗曼 赵琛玮``, ``本报讯 市融媒体中心记者张媛 张浩``;
- the dateline: ``康巴什讯`` (a place), ``本报讯``/``本报综合消息`` (the paper itself);
- trailing credits ``（祁淑婧 方瑞敏）`` and photo credits ``王琪 胡杨 摄``;
- page breaks: a paragraph written in sentences that ends without closing
  punctuation continues in the next one, so the blank lines between them are
  left out of the text the extractors read (through :class:`kg.nlp.normalize.View`, never by editing);
- repeated sentences (a paragraph printed three times): later copies are left
  out of extraction, anything that differs is kept.

All spans are offsets into the document text.
"""
from __future__ import annotations

import datetime
import re
from collections import Counter
from collections.abc import Iterator
from typing import NamedTuple

from kg.model import Article, Document, Mention

__all__ = ["split_articles", "paragraphs", "infer_year"]

#: Characters that close a sentence (or a quoted or bracketed sentence).
_CLOSERS = "。！？!?…；;”’」』）)】》"
_SENTENCE_END = re.compile(r"[。！？!?]+[”’」』）)]*")
_HAN = r"\u3400-\u4dbf\u4e00-\u9fff"
_NAME = rf"[{_HAN}]{{2,4}}(?:[·•][{_HAN}]{{2,8}})*"
#: A byline: optional paper-level dateline, then one or more ``<desk>记者<names>`` groups.
_BYLINE_GROUP = re.compile(
    rf"(?P<desk>[{_HAN}A-Za-z]{{0,12}}?)(?P<role>记者|通讯员|特约记者|实习生)"
    rf"(?P<names>{_NAME}(?:[ \u3000、]+{_NAME})*)(?=[ \u3000]|$)"
)
_PAPER_DATELINE = re.compile(rf"(?P<paper>本报(?:综合消息|讯|电)?)(?=[ \u3000{_HAN}])[ \u3000]*")
#: A place's dateline (康巴什讯); a paper's or an agency's is none (山西晚报讯, 据新华社电).
_PLACE_DATELINE = re.compile(rf"(?!据)(?P<place>[{_HAN}]{{2,8}}?)(?<![报社台网刊])(?:讯|电)[ \u3000]+")
#: Trailing credits: （祁淑婧 方瑞敏）, also after the role of a wire's byline: （记者 周某某）.
_TRAILING_CREDIT = re.compile(
    rf"(?<=[。！？!?”])[（(](?:(?:记者|通讯员|实习生)[ \u3000]*)?"
    rf"(?P<names>{_NAME}(?:[ \u3000]+{_NAME})*)[）)]\s*$")
#: A photo's credit closing the last paragraph: （新华社记者张三摄）, （记者李四拍摄: 李四, not 李四拍）.
_PHOTO_CREDIT = re.compile(
    rf"(?:^|(?<=[。！？!?”）)\s]))[（(]?(?:(?P<agency>[{_HAN}]{{2,6}})?记者[ \u3000]*)?"
    rf"(?P<names>{_NAME}(?:[ \u3000、]+{_NAME})*)(?<!拍)[ \u3000]*拍?摄[）)]?\s*$"
)
_YEAR = re.compile(r"((?:19|20)\d\d)年")
_NAME_TOKEN = re.compile(rf"{_NAME}")

_HEADING_MAX = 80
#: A paragraph: lines up to a blank line; a line ends in \n, \r\n (Windows) or \r (old Mac).
_PARAGRAPH = re.compile(r"(?:[^\r\n]+|(?:\r\n?|\n)(?![ \t\u3000]*[\r\n]))+")  # (a run of a line at a time)


def paragraphs(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """Spans of the non-blank paragraphs of ``text[start:end]`` (separated by blank lines), stripped."""
    end = len(text) if end is None else end
    for m in _PARAGRAPH.finditer(text[start:end]):
        a, b = m.start() + start, m.end() + start
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            yield a, b


_PUNCTUATION = re.compile(r"[。！？!?；;，,]")  # what a sentence or a clause is written with


def _is_heading(par: str) -> bool:
    """A headline, kicker or subheadline: short, one line, no sentence or clause punctuation, no photo credit
    (（新华社记者樊如钧摄）)."""
    return (
        len(par) <= _HEADING_MAX
        and "\n" not in par
        and "\r" not in par
        and not _PUNCTUATION.search(par)
        and par[-1] not in "、：:"
        and not par.startswith("本报")
        and not _PHOTO_CREDIT.match(par)
    )


def _cut(par: str) -> bool:
    """Whether a paragraph ends inside a sentence (a page break cut it): it is written in sentences but does
    not close one, nor ends a clause leading on (名单如下：). A line with no punctuation is a line of its own
    (a headline, a byline, a caption, an item of a list)."""
    return _PUNCTUATION.search(par) is not None and par.rstrip()[-1] not in _CLOSERS + "：:"


def infer_year(text: str) -> str | None:
    """The year a page was printed in, from the years it mentions (most frequent, then latest).

    >>> infer_year("2017年试点，2025年5月28日—6月28日，2025年计划")
    '2025'
    """
    years = Counter(_YEAR.findall(text))
    if not years:
        return None
    return max(years.items(), key=lambda kv: (kv[1], kv[0]))[0]


# a page's own date of publication near its top: a labelled date (发布时间：2023-03-14), a date with a time of
# day (2023年03月14日 10:20) or a date alone on its line (2023-03-14, 2023年3月14日 星期二)
_PUBLISHED = re.compile(
    r"[^\n]{0,40}?(?P<label>(?:发布|发表|更新|发稿|刊发|出版|录入)(?:时间|日期)|时间|日期)?"
    r"[:：]?[ \t\u3000]*"
    r"(?P<y>\d{4})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?"
    r"[ \t\u3000]*(?:(?:星期|周)[一二三四五六日天])?[ \t\u3000]*"
    r"(?P<clock>\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?"
    r"(?P<rest>[^\n]*)")  # (matched at the start of one line)
_HEAD_LINES = 3
_CREDITS = ("来源", "作者", "编辑", "|")  # what a page's date line goes on with


def published_date(text: str) -> str | None:
    """The date a page or a record says it was published on, in its first lines (``_PUBLISHED``), as
    YYYY-MM-DD; None when its head holds no such date.

    >>> published_date("发布时间：2023-03-14 10:20  来源：日照日报\\n昨天，市委书记调研。")
    '2023-03-14'
    >>> published_date("2023年03月14日 10:20\\n正文") , published_date("2023年3月14日，市委召开会议。")
    ('2023-03-14', None)
    """
    for line in text.lstrip().split("\n", _HEAD_LINES)[:_HEAD_LINES]:
        m = _PUBLISHED.match(line.strip())
        rest = m.group("rest").strip(" \t\u3000") if m is not None else ""
        if m is None or not (m.group("label") or m.group("clock") or not rest or rest.startswith(_CREDITS)):
            continue
        try:
            day = datetime.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        except ValueError:
            continue
        return day.isoformat()
    return None


def split_articles(doc: Document, date: str | None = None) -> list[Article]:
    """The articles of ``doc``.

    A ``.jsonl`` record (``doc.line > 0``) is one article; a ``.txt`` file is a
    page of one or more. ``date`` is the publication date; a page without one
    gets the year it mentions most, so 6月13日 can still be dated.
    """
    text = doc.text
    pars = list(paragraphs(text))
    if not pars:
        return []
    if not date:
        # a page's or a record's own date of publication at its top, else the year a page mentions most
        date = published_date(text) or (infer_year(text) if doc.line == 0 else None)
    groups = [pars] if doc.line > 0 else _group(text, pars)
    return [_frame(doc, i, g, date) for i, g in enumerate(groups)]


def _group(text: str, pars: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Paragraphs grouped into articles: a heading block after body text, or a credit line, starts one.

    That is a page of several stories only when one of them after the first opens as news stories do, a
    headline then a byline or a dateline (本报讯, 新华社北京3月14日电); else the text is one story whose short
    paragraphs are its subheads and captions, as the same text with single line breaks is read (many sites
    and text files part paragraphs by a blank line).
    """
    groups: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    in_body = False
    for a, b in pars:
        par = text[a:b]
        heading = _is_heading(par)
        ended = bool(current) and in_body and _ends_with_credit(text[current[-1][0]:current[-1][1]])
        if current and ((heading and in_body) or ended):
            groups.append(current)
            current, in_body = [], False
        current.append((a, b))
        in_body = in_body or not heading
    if current:
        groups.append(current)
    return groups if any(_opens_story(text, g) for g in groups[1:]) else [pars]


# a wire's or a paper's dateline opening a story: 新华社北京3月14日电, 据新华社电, 山西晚报讯2月7日,
# 【环球时报-环球网报道 记者乌元春】
_WIRE_DATELINE = re.compile(
    rf"据?[{_HAN}]{{2,10}}?(?:\d{{1,2}}月\d{{1,2}}日)?(?:讯|电)(?=[ \u3000(（【\d])|【[^】]{{2,30}}】")
_OPENINGS = (_PAPER_DATELINE, _PLACE_DATELINE, _WIRE_DATELINE, _BYLINE_GROUP)


def _opens_story(text: str, group: list[tuple[int, int]]) -> bool:
    """Whether an article opens as a story: headings, then a byline or a dateline (本报讯, 康巴什讯,
    新华社北京3月14日电, 本报融媒记者张诗曼)."""
    body = [p for p in group if not _is_heading(text[p[0]:p[1]])]
    return len(body) < len(group) and bool(body) and _opens(text, *body[0])


def _opens(text: str, a: int, b: int) -> bool:
    """Whether the paragraph ``text[a:b]`` opens with a byline or a dateline."""
    return any(rx.match(text, a, b) for rx in _OPENINGS)


def _ends_with_credit(par: str) -> bool:
    return bool(_TRAILING_CREDIT.search(par) or _PHOTO_CREDIT.search(par))


def _names(text: str, start: int, end: int, rule: str) -> tuple[Mention, ...]:
    return tuple(
        Mention(start + m.start(), start + m.end(), "PER", m.group(), rule=rule, key=m.group())
        for m in _NAME_TOKEN.finditer(text[start:end])
    )


def _dateline(m: re.Match[str]) -> Mention:
    return Mention(m.start("place"), m.end("place"), "LOC", m.group("place"), rule="page:dateline",
                   key=m.group("place"))


def _frame(doc: Document, index: int, pars: list[tuple[int, int]], date: str | None) -> Article:
    """The article of the paragraphs ``pars`` of ``doc``: its headings, what opens its first paragraph of
    body (:func:`_opening`) and what closes its last (:func:`_credits`)."""
    text = doc.text
    k = 0
    if len(pars) > 1:
        while k < len(pars) - 1 and _is_heading(text[pars[k][0]:pars[k][1]]):
            k += 1
    heads, body_pars = pars[:k], pars[k:]
    headline = max(heads, key=lambda s: (s[1] - s[0], -s[0])) if heads else None
    opening = _opening(text, *body_pars[0])
    photographers, credits = _credits(text, *body_pars[-1])
    start, end = pars[0][0], pars[-1][1]
    return Article(
        doc_id=doc.id,
        index=index,
        start=start,
        end=end,
        headline=headline,
        subheadlines=tuple(h for h in heads if h != headline),
        body=(body_pars[0][0], end),
        reporters=opening.reporters,
        photographers=photographers,
        credits=credits,
        byline=opening.byline,
        dateline=opening.dateline,
        media=opening.media,
        date=date,
        skipped=tuple(_page_breaks(text, body_pars)),
        repeats=tuple(_repeats(text, body_pars)),
        title=doc.title,
    )


class _Opening(NamedTuple):
    """What opens an article's first paragraph of body: the paper's or a place's dateline, the byline."""

    reporters: tuple[Mention, ...]
    byline: tuple[int, int] | None
    dateline: Mention | None
    media: Mention | None


def _opening(text: str, a: int, b: int) -> _Opening:
    """The opening of the paragraph ``text[a:b]``: 本报讯 (the paper) or 康巴什讯 (a place), then groups of
    ``<desk>记者<names>``, then a place's dateline if none came before."""
    dateline = media = None
    pos = a
    if m := _PAPER_DATELINE.match(text, pos, b):
        media = _paper(m.start("paper"))
        pos = m.end()
    elif (m := _PLACE_DATELINE.match(text, pos, b)) and not _BYLINE_GROUP.match(text, pos, m.end()):
        dateline = _dateline(m)
        pos = m.end()
    reporters: list[Mention] = []
    while g := _BYLINE_GROUP.match(text, pos, b):
        reporters.extend(_names(text, g.start("names"), g.end("names"), "page:byline"))
        pos = g.end()
        while pos < b and text[pos] in " \u3000":
            pos += 1
    if not reporters:
        return _Opening((), None, dateline, media)
    if media is None and text.startswith("本报", a):
        media = _paper(a)
    if dateline is None and (m := _PLACE_DATELINE.match(text, pos, b)):
        dateline = _dateline(m)
    return _Opening(tuple(reporters), (a, pos), dateline, media)


def _paper(at: int) -> Mention:
    return Mention(at, at + 2, "ORG", "本报", rule="page:paper", key="本报")


def _credits(text: str, a: int, b: int) -> tuple[tuple[Mention, ...], tuple[Mention, ...]]:
    """The photographers and the other people credited at the end of the paragraph ``text[a:b]``."""
    last = text[a:b]
    if pm := _PHOTO_CREDIT.search(last):
        return _names(text, a + pm.start("names"), a + pm.end("names"), "page:photo-credit"), ()
    if cm := _TRAILING_CREDIT.search(last):
        return (), _names(text, a + cm.start("names"), a + cm.end("names"), "page:credit")
    return (), ()


def _page_breaks(text: str, pars: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The blank lines inside sentences cut by a page break: after a paragraph cut inside a sentence, before
    one that is no heading and opens no story (标题，副题 + 【环球时报-环球网报道】)."""
    return [(b, c) for (a, b), (c, d) in zip(pars, pars[1:], strict=False)
            if _cut(text[a:b]) and not _is_heading(text[c:d]) and not _opens(text, c, d)]


def _repeats(text: str, pars: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences that repeat an earlier sentence of the article word for word."""
    seen: set[str] = set()
    out = []
    for a, b in pars:
        pos = a
        for m in _SENTENCE_END.finditer(text, a, b):
            s, e = pos, m.end()
            sentence = text[s:e].strip()
            if len(sentence) >= 6:
                if sentence in seen:
                    out.append((s, e))
                seen.add(sentence)
            pos = e
    return out
