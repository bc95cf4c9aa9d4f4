"""Normalised views of a text that remember where every character came from.

Extractors read a :class:`View`: a string in which full-width digits and
letters are half-width, ideographic spaces are plain spaces, Windows and old
Mac line ends (``\\r\\n``, ``\\r``) are ``\\n``, and chosen spans (page-break
line breaks, repeated sentences), the invisible characters of scraped text
(zero-width spaces and joiners, soft hyphens, direction marks) and the spaces
of converted pages where Chinese has none (``invisible_spans``) are left out,
and text in traditional script (繁體) is read in simplified characters, one character for
one, so the simplified lexicons match it. ``View.to_source`` maps any span of
the view back to the exact characters of the original text, so offsets
reported to users always index the input as given.

>>> v = View.of("１２月\\n\\n３１日", drop=[(3, 5)])
>>> v.text
'12月31日'
>>> v.to_source(0, 6)
(0, 8)
>>> v = View.of("于\\u200b海宇\\r\\n讲话")
>>> v.text, v.source_text(0, 3)
('于海宇\\n讲话', '于\\u200b海宇')
>>> v = View.of("市委書記李理主持會議")
>>> v.text, v.source_text(4, 6)
('市委书记李理主持会议', '李理')
"""
from __future__ import annotations

import html
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import cache, partial
from operator import attrgetter, is_
from pathlib import Path
from typing import Protocol, TypeVar

__all__ = ["NAME_DOTS", "View", "fold_char", "fold", "figure_spacing", "invisible_spans", "letter_spacing",
           "markup_edits", "pinyin_glosses", "doubled_commas", "rewrite", "to_simplified", "wrap_breaks",
           "written_as"]

#: the middle dots that join the parts of a foreign or minority name (乔治·韦拉, 班禅额尔德尼·确吉杰布)
NAME_DOTS = frozenset("·•・．‧")

_FULLWIDTH_START, _FULLWIDTH_END = 0xFF01, 0xFF5E


def fold_char(ch: str) -> str:
    """Map one character to its half-width form (full-width ASCII, U+3000, U+00A0)."""
    o = ord(ch)
    if _FULLWIDTH_START <= o <= _FULLWIDTH_END:
        return chr(o - 0xFEE0)
    if o in (0x3000, 0xA0):
        return " "
    return ch


_FOLD_TABLE = {o: o - 0xFEE0 for o in range(_FULLWIDTH_START, _FULLWIDTH_END + 1)}
_FOLD_TABLE[0x3000] = _FOLD_TABLE[0xA0] = 0x20  # a no-break space (a page's &nbsp;) is a space
_FOLD_TABLE[0x0D] = 0x0A  # an old Mac line end (a lone \r); the \r of \r\n is left out

#: Characters left out of every view: the \r of a Windows line end, what a
#: scraped page hides inside words (zero-width space, non-joiner, joiner, word
#: joiner, soft hyphen, direction marks and embeddings, a byte-order mark, the
#: control characters that are neither spaces nor line breaks: a stray NUL), the
#: indentation opening a line (a paragraph's 　　: layout, not text, so that
#: 　　当日 opens its sentence as 当日 does), and the spaces converted and typeset
#: pages put where Chinese has none: after or before punctuation (，  他), after
#: figures, before figures spaced on both sides (在 2023 年 3 月, 第 3 次), and the
#: one that pads a name of two characters to the width of three in a list (张世野、
#: 罗 罡列席). Read are the space between two names (王琪 胡杨), a dateline's
#: (山西晚报讯 2月7日) and one by Latin letters (a name's: CCTV 报道).
_SPACE = "[ \t\u3000\u00a0]+"
_HAN, _DIGIT = "\u4e00-\u9fff", "0-9\uff10-\uff19"
_CLOSING = "，。、；：？！）》」』”】〕"  # a space before or after one is layout (after an opening one too)
_INVISIBLE = re.compile(
    "\r(?=\n)|[\x00-\x08\x0e-\x1b\x7f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]+"
    # a run of spaces, the look-ahead first: the pattern is tried at spaces only
    f"|(?=[ \t\u3000\u00a0])(?:(?<![^\n])|(?<=[{_CLOSING}…（《「『“【〔])|(?<=[{_HAN}][,;:?!])"
    f"|(?={_SPACE}[{_CLOSING}])|(?<=[{_HAN}])(?={_SPACE}[{_DIGIT}]+{_SPACE}[{_HAN}])"
    f"|(?<=[{_DIGIT}])(?={_SPACE}[{_HAN}])"
    f"|(?<=[、，,][{_HAN}])(?=[ \u3000\u00a0][{_HAN}])"
    f"){_SPACE}")


def invisible_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The spans of ``text[start:end]`` every view leaves out (``_INVISIBLE``)."""
    return [m.span() for m in _INVISIBLE.finditer(text, start, len(text) if end is None else end)]


_BLOCK = "p|div|br|h[1-6]|li|ul|ol|dl|dt|dd|table|tr|td|th|tbody|thead|section|article|blockquote|center|hr"
_INLINE = "span|strong|b|i|em|u|a|font|sup|sub|small|big|img|s|strike|ins|del|label|abbr|cite|mark"
# elements whose content is no text of the page (a script, a style sheet, a drawing): the element is read as
# nothing, with its content (up to 20,000 characters); a tag of one alone, as an inline tag
_CODE = "script|style|noscript|svg|iframe|object|embed|canvas|video|audio"
_MARKUP = re.compile(
    f"(?P<block>(?:\\s*</?(?:{_BLOCK})\\b[^<>]*>)+\\s*)"
    f"|<(?P<code>{_CODE})\\b[^<>]*>[\\s\\S]{{0,20000}}?</(?P=code)\\s*>|</?(?:{_INLINE}|{_CODE})\\b[^<>]*>"
    "|(?P<reference>&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)", re.IGNORECASE)


def wrap_breaks(text: str, narrowest: int = 16) -> list[tuple[int, int, str]]:
    """The line breaks inside the paragraphs of hard-wrapped ``text`` (filled as text files are: every line
    of a paragraph but its last of one width), each as an edit that leaves it out. A paragraph ends at a
    shorter line, a blank one or an indented one.

    ``text`` is hard-wrapped when at least three lines are of one width (or one less: a wide character did
    not fit), half of them or more end inside a sentence, and no line is much longer; news written a
    paragraph a line is not (its lines end sentences). Lines shorter than ``narrowest`` tell nothing. A
    line is measured as read: without what every view leaves out but its indentation (``invisible_spans``).

    >>> text = "县委书记李理主持会议，\\n强调要抓好安全生产工作\\n确保全县大局持续稳定。\\n\\n次日调研。"
    >>> [text[a - 1:b + 1] for a, b, _ in wrap_breaks(text, narrowest=8)]
    ['，\\n强', '作\\n确']
    """
    if text.count("\n") < 3:
        return []
    lines = text.split("\n")
    read = [_INVISIBLE.sub("", line.rstrip("\r")) for line in lines]
    lengths = [len(r) + len(line) - len(line.lstrip(_INDENT)) for line, r in zip(lines, read, strict=True)]
    counts = Counter(n for n in lengths if n >= narrowest)
    if not counts:
        return []
    width = max(counts, key=lambda n: (counts[n] + counts[n - 1], n))
    full = [line[-1] for line, n in zip(read, lengths, strict=True) if width - 1 <= n <= width]
    inside = sum(end not in _SENTENCE_ENDS for end in full)
    if len(full) < 3 or 2 * inside < len(full) or max(counts) > width + width // 8:
        return []
    edits = []
    pos = -1
    for line, n, after in zip(lines, lengths, lines[1:], strict=False):
        pos += len(line) + 1  # the line break after ``line``
        if n >= width - 1 and after[:1] and not after[:1].isspace():
            edits.append((pos, pos + 1, ""))
    return edits


_SENTENCE_ENDS = frozenset("。！？!?；;：:”’」』）)…")
_INDENT = " \t\u3000\u00a0"


def figure_spacing(text: str) -> list[tuple[int, int, str]]:
    """The spaces before the figures of a text that sets every figure apart from Chinese (在 2023 年 3 月 5
    日 9:00; ``invisible_spans`` leaves out the spaces after figures, and before figures spaced on both
    sides only, as a dateline's space is read: 山西晚报讯 2月7日), each as an edit that leaves it out.

    A text is so spaced when at least two figures are followed by a space and a Chinese character, and no
    fewer than by a Chinese character directly.

    >>> text = "于 2023 年 12 月 5 日 9:00 召开"
    >>> [text[a - 1:b + 1] for a, b, _ in figure_spacing(text)]
    ['于 2', '年 1', '月 5', '日 9']
    """
    spaced = len(_FIGURE_SPACED.findall(text))
    if spaced < 2 or spaced < len(_FIGURE_JOINED.findall(text)):
        return []
    return [(m.start(), m.end(), "") for m in _BEFORE_FIGURE.finditer(text)]


_FIGURE_SPACED = re.compile(f"[{_DIGIT}]{_SPACE}[{_HAN}]")
_FIGURE_JOINED = re.compile(f"[{_DIGIT}][{_HAN}]")
_BEFORE_FIGURE = re.compile(f"(?<=[{_HAN}]){_SPACE}(?=[{_DIGIT}])")


def letter_spacing(text: str) -> list[tuple[int, int, str]]:
    """The spaces between the Chinese characters of the letter-spaced lines of ``text`` (a headline spread
    out, a PDF's justified text: 市 委 召 开 会 议), each as an edit that leaves it out.

    A line is letter-spaced when at least two of its Chinese characters are followed by one space and
    another Chinese character, and more than twice as many as by a Chinese character; a list of names
    (记者 王琪 胡杨) is not.

    >>> text = "县 委 召 开 常 委 会\\n记者 王琪 胡杨"
    >>> [a for a, b, _ in letter_spacing(text)]
    [1, 3, 5, 7, 9, 11]
    """
    if not _SPACED.search(text):
        return []
    edits: list[tuple[int, int, str]] = []
    pos = 0
    for line in text.split("\n"):
        spaced = [m.start() for m in _SPACED.finditer(line)]
        if len(spaced) >= 2 and len(spaced) > 2 * len(_JOINED.findall(line)):
            edits += [(pos + i, pos + i + 1, "") for i in spaced]
        pos += len(line) + 1
    return edits


_SPACED = re.compile(f"[ \u3000\u00a0](?<=[{_HAN}].)(?=[{_HAN}])")  # one space between Chinese characters
_JOINED = re.compile(f"[{_HAN}](?<=[{_HAN}]{{2}})")  # a Chinese character after another


def pinyin_glosses(text: str) -> list[tuple[int, int, str]]:
    """The readings in pinyin a page writes in brackets after its Chinese characters (會(huì)見,
    市長（zhǎng）: pages copied from sites that gloss every rare or traditional character, or a feature
    explaining a rare word, 饕餮(tāotiè)), each as an edit that leaves it out. A gloss is up to 24 lower-case
    letters with at least one tone mark, right after a Chinese character, a space inside either bracket
    let through (會(huì )見); other brackets (an English name, a note) are left as written.

    >>> text = "書記韓正會(huì)見了市長（zhǎng）李孟賢(Ed Lee)。"
    >>> [text[a:b] for a, b, _ in pinyin_glosses(text)]
    ['(huì)', '（zhǎng）']
    """
    return [(m.start(), m.end(), "") for m in _GLOSS.finditer(text)] if _TONED.search(text) else []


_TONES = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_TONED = re.compile(f"[{_TONES}]")  # found in C: most texts have no tone mark and are done at once
_GLOSS = re.compile(f"(?<=[{_HAN}])[(（] ?(?=[a-z{_TONES}ü]{{0,24}}[{_TONES}])[a-z{_TONES}ü]{{1,24}} ?[)）]")


def doubled_commas(text: str) -> list[tuple[int, int, str]]:
    """The commas a copied page writes right before another mark (市委副書記,、市長X; 報道,,當地時間: pages
    copied from sites that double their punctuation), each as an edit that leaves it out, so that a chain of
    titles or a list of names reads as its source wrote it.

    >>> text = "下午,,市委副书记,、市长李明主持会议,。"
    >>> [text[a - 1:b + 1] for a, b, _ in doubled_commas(text)]
    ['午,,', '记,、', '议,。']
    """
    return [(m.start(), m.end(), "") for m in _DOUBLED.finditer(text)]


_DOUBLED = re.compile("[,，](?=[,，、。])")


def markup_edits(text: str) -> list[tuple[int, int, str]]:
    """The HTML a scraped page's text keeps, each as its span and what it is read as: a character reference
    (&ldquo;, &#8220;, &#x201c;, &amp;) as its character, a run of paragraph tags (</p><p>, <br/>) as a line
    break, or none at either end of the text, an inline tag (<strong>, <span style="…">) as nothing, and so
    a script or a style sheet with what it holds (<script>…</script>). A name HTML does not know, or a tag, is
    left as written.

    >>> markup_edits("<p>&ldquo;两会&rdquo;&copy2023&foo;</p>\\n<P>新<b>闻</b></p>")
    [(0, 3, ''), (3, 10, '“'), (12, 19, '”'), (33, 41, '\\n'), (42, 45, ''), (46, 50, ''), (50, 54, '')]
    >>> markup_edits("在<script>alert(1)</script>市<svg/onload=f()>")
    [(1, 26, ''), (27, 43, '')]
    """
    if "&" not in text and "<" not in text:
        return []
    edits = []
    for m in _MARKUP.finditer(text):
        if m["reference"]:
            if len(c := html.unescape(m["reference"])) == 1:
                edits.append((m.start(), m.end(), c))
        else:
            inside = 0 < m.start() and m.end() < len(text)
            edits.append((m.start(), m.end(), "\n" if m["block"] and inside else ""))
    return edits


def rewrite(text: str, edits: Iterable[tuple[int, int, str]]) -> tuple[str, list[int], list[int]]:
    """``text`` with each span of ``edits`` (in order, apart) replaced by its string (none or one character),
    and the span of ``text`` each character of the result was read from (``starts``, ``ends``).

    >>> rewrite("a&amp;b c", [(1, 6, "&"), (7, 8, "")])
    ('a&bc', [0, 1, 6, 8], [1, 6, 7, 9])
    """
    parts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for a, b, new in edits:
        parts += [text[pos:a], new]
        starts += range(pos, a)
        ends += range(pos + 1, a + 1)
        if new:
            starts.append(a)
            ends.append(b)
        pos = b
    parts.append(text[pos:])
    starts += range(pos, len(text))
    ends += range(pos + 1, len(text) + 1)
    return "".join(parts), starts, ends


def fold(text: str) -> str:
    """Half-width form of ``text``, same length (one character for one)."""
    return text.translate(_FOLD_TABLE)


@cache
def _t2s() -> tuple[dict[int, int], dict[str, str], re.Pattern, frozenset[str]]:
    """OpenCC's traditional->simplified tables, kept where they map one character to one.

    Returns the character table (for ``str.translate``), the phrase table, a
    pattern of its phrases, and the set of the characters that occur only in
    traditional text (not in simplified text, unlike 么 or 乾 in 乾隆).
    """
    import opencc  # opencc-python-reimplemented: only its dictionary files are used

    folder = Path(opencc.__file__).parent / "dictionary"

    def pairs(name: str) -> Iterable[tuple[str, str]]:
        for line in (folder / name).read_text(encoding="utf-8").splitlines():
            key, _, values = line.partition("\t")
            value = values.split(" ")[0]
            if key and len(value) == len(key) and value != key:  # length-preserving entries only
                yield key, value

    chars = {ord(k): ord(v) for k, v in pairs("TSCharacters.txt")}
    phrases = dict(pairs("TSPhrases.txt"))
    simplified = {line.partition("\t")[0] for line in (folder / "STCharacters.txt").read_text(
        encoding="utf-8").splitlines()}
    # a character a phrase keeps (乾 in 乾坤 -> 乾坤) is also written in simplified text
    simplified |= {a for k, v in phrases.items() for a, b in zip(k, v, strict=True) if a == b}
    trad_only = frozenset(chr(k) for k in chars if chr(k) not in simplified)
    phrase_re = re.compile("|".join(sorted(map(re.escape, phrases), key=lambda p: (-len(p), p))))
    return chars, phrases, phrase_re, trad_only


_CJK = re.compile(r"[\u4e00-\u9fff]")


def to_simplified(text: str, force: bool = False) -> str:
    """Simplified form of traditional ``text``, same length (one character for one).

    Text is converted only when at least one CJK character in twenty is
    traditional-only (or ``force``): a stray 乾 or 於 in simplified news is
    left alone, and simplified text costs one set look-up per character.

    >>> to_simplified("國務院總理")
    '国务院总理'
    >>> to_simplified("乾隆年间")
    '乾隆年间'
    """
    chars, phrases, phrase_re, trad_only = _t2s()
    if not force:
        if trad_only.isdisjoint(text):  # simplified text: one pass in C
            return text
        if sum(map(trad_only.__contains__, text)) * 20 < len(_CJK.findall(text)):
            return text
    out = text.translate(chars)
    if phrase_re.search(text):
        parts, pos = [], 0
        for m in phrase_re.finditer(text):
            parts += [out[pos:m.start()], phrases[m.group()]]
            pos = m.end()
        parts.append(out[pos:])
        out = "".join(parts)
    return out


def written_as(chars: Iterable[str]) -> frozenset[str]:
    """The characters of a text that ``to_simplified(text, force=True)`` may turn into one of ``chars``
    (those themselves, their traditional forms, and the characters a phrase turns into one of them).

    >>> sorted(written_as("区"))
    ['区', '區']
    """
    table, phrases, _, _ = _t2s()
    want = frozenset(chars)
    return want | {chr(k) for k, v in table.items() if chr(v) in want} \
        | {a for k, v in phrases.items() for a, b in zip(k, v, strict=True) if b in want}


class _Span(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


_S = TypeVar("_S", bound=_Span)
_START, _END = attrgetter("start"), attrgetter("end")
_MINUS_ONE = (-1).__add__


class View:
    """A normalised text with a map back to the source offsets.

    ``source_index[i]`` is the source offset of view character ``i``; one
    extra entry at the end holds the source offset just past the view.
    """

    __slots__ = ("text", "source", "source_index", "base", "_spans")

    def __init__(self, text: str, source: str, source_index: list[int], base: int = 0):
        self.text = text
        self.source = source
        self.source_index = source_index
        self.base = base
        # the spans last asked for and their ``spans_of`` (the fact readers of an article ask for the same)
        self._spans: tuple[tuple, list] = ((), [])

    @classmethod
    def of(
        cls,
        source: str,
        start: int = 0,
        end: int | None = None,
        drop: Iterable[tuple[int, int]] = (),
    ) -> View:
        """View of ``source[start:end]`` with ``drop`` spans (source offsets) left out."""
        end = len(source) if end is None else end
        invisible = invisible_spans(source, start, end)
        keep: list[tuple[int, int]] = []
        pos = start
        for a, b in sorted([*drop, *invisible]):
            a, b = max(a, start), min(b, end)
            if a >= b or b <= pos:
                continue
            if a > pos:
                keep.append((pos, a))
            pos = max(pos, b)
        if pos < end:
            keep.append((pos, end))
        parts: list[str] = []
        index: list[int] = []
        for a, b in keep:
            parts.append(source[a:b])
            index.extend(range(a, b))
        index.append(keep[-1][1] if keep else start)
        return cls(to_simplified(fold("".join(parts))), source, index, start)

    def __len__(self) -> int:
        return len(self.text)

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Source span of the view span ``[start, end)``.

        The source span runs from the first to the last character covered, so a
        name cut by a dropped line break maps to the source text including it.
        """
        if end <= start:
            s = self.source_index[start]
            return s, s
        return self.source_index[start], self.source_index[end - 1] + 1

    def to_view(self, source_offset: int) -> int:
        """View offset of the first view character at or after ``source_offset``."""
        return bisect_right(self.source_index, source_offset - 1, 0, len(self.text))

    def to_views(self, source_offsets: Iterable[int]) -> Iterator[int]:
        """``to_view`` of each offset, in order, with no Python call per offset (extractors convert
        every mention of an article).

        >>> list(View.of("ab-cd", drop=[(2, 3)]).to_views([0, 3, 5]))
        [0, 2, 4]
        """
        first_after = partial(bisect_right, self.source_index, lo=0, hi=len(self.text))
        return map(first_after, map(_MINUS_ONE, source_offsets))

    def spans_of(self, spans: Iterable[_S]) -> list[tuple[int, int, _S]]:
        """(view start, view end, span) of each of ``spans`` (mentions: source offsets), sorted (a new list;
        the very spans of the last call are not sorted again)."""
        spans = tuple(spans)
        last, found = self._spans
        if len(spans) != len(last) or not all(map(is_, spans, last)):
            starts, ends = self.to_views(map(_START, spans)), self.to_views(map(_END, spans))
            found = sorted(zip(starts, ends, spans, strict=True))
            self._spans = spans, found
        return list(found)

    def source_text(self, start: int, end: int) -> str:
        """The exact source characters behind view span ``[start, end)``."""
        a, b = self.to_source(start, end)
        return self.source[a:b]
