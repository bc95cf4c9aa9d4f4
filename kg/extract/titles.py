"""Titles and posts (TITLE): 市委书记, 常务副市长, 总经理, 记者.

A title is a post from ``titles/titles`` (flag ``core`` or ``occ``), optionally
qualified by words of ``titles/modifiers`` (副, 常务, 代理 ...); a ``core`` post
may be preceded by a generic body of ``titles/org_prefixes`` (市委书记), the
contract's form of a title as written. Full organisation names (中共中央,
国务院) are left to the organisation extractor, so ``中共中央总书记`` gives ORG +
TITLE. Matching runs over whole tokens, so 书记员 or 秘书处 never yield 书记.
The mention key is the post without the body (常务副市长), the role of a
membership.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Container, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache, partial
from itertools import compress
from operator import itemgetter

from kg.extract.context import Context
from kg.extract.engine import Match, is_han, match_patterns, match_token_lexicon, rules_of, to_mention
from kg.model import Mention
from kg.nlp.normalize import View
from kg.nlp.tokenize import Columns, columns, is_oov
from kg.rules import RuleSet, per_rules

__all__ = ["TitleLexicon", "title_lexicon", "titles_of", "extract_titles", "after_number", "ends_in_title"]

# A number and a unit of time (３天后, 几天后): a time phrase, though the unit starts a title (天后, 天皇)
_TIME_AFTER_NUMBER = re.compile(r"[\d０-９一二三四五六七八九十百千两几数半][天年月日周时分秒]")


def after_number(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens with a unit of time right after a number (１１ + 天后, 几 + 天后):
    a time phrase, no title."""
    return start > 0 and _TIME_AFTER_NUMBER.match(text, start - 1) is not None


def ends_in_title(word: str, titles: Container[str]) -> bool:
    """Whether ``word`` is a title or ends in one of two characters or more (a title the tagger glued to its
    body's head word: 处处长 = 宣传处 + 处长, 医院院长)."""
    return any(word[e:] in titles for e in range(max(1, len(word) - 1)))


def word_lead(lead: re.Pattern[str], text: str, start: int, end: int, joins: Iterable[str]
              ) -> re.Match[str] | None:
    """The function words ``lead`` matches at ``start`` (据, 经, 由 ...), not ending inside a word of the
    tagger's (经 of 经济研究所, 为 of 为民服务公司; 据 of 据经济日报 stays one): then up to the word before
    it. Not inside a word its HMM joined, nor at a list's ``joins`` (梁爱诗和 + 政制及内地事务局: 和政制)."""
    m = lead.match(text, start, end)
    if m is None or m.group().endswith(tuple(joins)):
        return m
    cols = columns(text)
    i = bisect_right(cols.starts, m.end() - 1) - 1  # the word holding the match's last character
    if i < 0 or cols.ends[i] <= m.end() or is_oov(cols.words[i]):
        return m
    return lead.fullmatch(text, start, cols.starts[i]) if cols.starts[i] > start else None


# the last character of a head's title (部长, 局长, 院长), which the tagger may cut from the word before it
_HEAD = "长"
# ... and of a Japanese minister's title, the whole word before it his ministry's (运输 + 相: 运输相)
_MINISTER = "相"
_AND_OTHERS = "等"  # closing a list of names (副校长江舸等)
# Tags of a given name the tagger knows as a name (海涛/nr)
_GIVEN_TAGS = frozenset({"nr", "nrfg"})
# ... and of a one-character given name (涛/nr, 智/ng, a character read as a morpheme: 舸/g, 伟/zg), read
# when a delimiter, a verb or 等 follows it
_ONE_CHAR_GIVEN_TAGS = _GIVEN_TAGS | {"ng", "g", "zg"}
# Tags of words that may end with a post (国防部长/n, 德国总理/nr).
_POST_WORD_TAGS = frozenset({"n", "nr", "nz", "nt", "j"})


@dataclass(frozen=True, eq=False)
class TitleLexicon:
    """Posts, their qualifiers and the bodies that may precede them."""

    titles: dict[str, str]  # post -> flag (core, occ, hon)
    modifiers: tuple[str, ...]  # longest first
    prefixes: tuple[str, ...]  # longest first
    post_end: _PostEnds  # whether a title may end with a word (read in C: map(post_end.__getitem__, words))
    starts: dict[str, tuple[str, ...]]  # first character -> prefixes and modifiers starting with it
    posts: frozenset[str]  # bare core posts, used by the people rules (江主席)
    address: frozenset[str]  # forms of address after a surname (先生, 同志)

    def parse(self, text: str) -> str | None:
        """The key of ``text`` read as [body] [qualifier]* post, or None.

        >>> title_lexicon().parse("市委常务副书记")
        '常务副书记'
        """
        return _parse(self, text)


class _PostEnds(dict[str, bool]):
    """Word -> whether a title can end with it: a post ends the word (副市长, 国防部长) or the word ends a
    post (长 of 市 + 长). A title is [body] [qualifier]* post, so it ends in a word of one kind or the other;
    most words that end in a post's last character are neither (增长, 成员).

    Worked out once per word, then read in C (a bounded memo: cleared when it holds too many words).
    """

    _SIZE = 1 << 17

    def __init__(self, posts: frozenset[str]) -> None:
        super().__init__()
        self._posts = posts
        self._tails = frozenset(p[k:] for p in posts for k in range(len(p)))

    def __missing__(self, word: str) -> bool:
        ends = word in self._tails or any(word[k:] in self._posts for k in range(1, len(word)))
        if len(self) >= self._SIZE:
            self.clear()
        self[word] = ends
        return ends


@lru_cache(maxsize=65536)
def _parse(lex: TitleLexicon, text: str) -> str | None:
    flag = lex.titles.get(text)
    if flag in ("core", "occ"):
        return text
    if text[0] not in lex.starts:
        return None
    body = next((p for p in lex.prefixes if text.startswith(p) and len(text) > len(p)), "")
    rest = text[len(body):]
    # qualifiers are peeled one at a time: 常务副市长 -> 副市长 -> 市长
    while rest and lex.titles.get(rest) not in ("core", "occ"):
        if rest[0] not in lex.starts:
            return None
        mod = next((m for m in lex.modifiers if rest.startswith(m) and len(rest) > len(m)), None)
        if mod is None:
            return None
        rest = rest[len(mod):]
    if not rest or (body and lex.titles.get(rest) != "core"):
        return None
    return text[len(body):]


@per_rules
def titles_of(rules: RuleSet) -> TitleLexicon:
    """The title lexicon of a rule set, built once per rule set."""
    lex = rules.lexicon("titles/titles")
    by_length = lambda words: tuple(sorted(words, key=lambda w: (-len(w), w)))  # noqa: E731
    starts: dict[str, list[str]] = {}
    heads = [*rules.lexicon("titles/modifiers").entries, *rules.lexicon("titles/org_prefixes").entries]
    for w in heads:
        starts.setdefault(w[0], []).append(w)
    return TitleLexicon(
        titles=dict(lex.entries),
        modifiers=by_length(rules.lexicon("titles/modifiers").entries),
        prefixes=by_length(rules.lexicon("titles/org_prefixes").entries),
        post_end=_PostEnds(frozenset(w for w, f in lex.entries.items() if f in ("core", "occ"))),
        starts={c: by_length(ws) for c, ws in sorted(starts.items())},
        posts=frozenset(w for w, f in lex.entries.items() if f == "core"),
        address=frozenset(w for w, f in lex.entries.items() if f == "hon"),
    )


def title_lexicon(ctx: Context | None = None) -> TitleLexicon:
    """The title lexicon of the context's rule set (built once per rule set)."""
    return titles_of(rules_of(ctx))


def extract_titles(view: View, ctx: Context) -> Iterator[Mention]:
    """TITLE mentions: posts from the lexicon over whole tokens, plus user TITLE patterns."""
    rules = rules_of(ctx)
    lex = titles_of(rules)
    toks = columns(view.text)
    parse = partial(_parse, lex)  # the cached parser without the method's extra call: it runs per token run
    ends = list(compress(range(len(toks.words)), map(lex.post_end.__getitem__, toks.words)))
    for first, last, key in match_token_lexicon(toks.words, parse, ends):
        start, end = toks.starts[first], toks.ends[last]
        if after_number(view.text, start):
            continue  # １１ + 天后: days after, no diva
        yield to_mention(view, Match(start, end, "TITLE", "title.lexicon", str(key)))
        if end - start > len(str(key)):
            # the post alone, for when the body is read as an organisation (贵州省委 + 书记)
            yield to_mention(view, Match(end - len(str(key)), end, "TITLE", "title.post", str(key)))
    for j in ends:
        # a post at the end of a word the tagger made of body and post: 国防部长, 德国总理, 本报记者
        w, end = toks.words[j], toks.ends[j]
        # (宣教 + 处处长/v: a head word's last character and its head's title, whatever the tagger's tag)
        doubled = len(w) == 3 and w[0] == w[1] and w[2] == _HEAD
        if len(w) >= 3 and (toks.tags[j] in _POST_WORD_TAGS or doubled) and parse(w) is None:
            for k in (3, 2):
                if len(w) > k and lex.titles.get(w[-k:]) in ("core", "occ"):
                    yield to_mention(view, Match(end - k, end, "TITLE", "title.post", w[-k:]))
                    break
    # (_head_first at the tokens that start with 长 or 相, found in C)
    heads = compress(range(len(toks.words)),
                     map(_HEAD_FIRST_CHARS.__contains__, map(_FIRST_CHAR, toks.words)))
    for j in (j for j in heads if _head_first(toks.words[j], toks.tags[j])):
        # 对外关系部/nt + 长/a: a head word's last character and 长 cut apart by the tagger (部长); 贸工部 +
        # 长颜金勇/nr: 长 glued to the name after it; 运输 + 相藤井/nr: a Japanese minister's 相 too
        prev = toks.words[j - 1] if j else ""
        post = prev + _MINISTER if toks.words[j][0] == _MINISTER else prev[-1:] + _HEAD
        if len(prev) >= 2 and lex.titles.get(post) == "core" and is_han(prev):
            end = toks.starts[j] + 1
            yield to_mention(view, Match(end - len(post), end, "TITLE", "title.post", post))
    cues, next_words = _glue_words(rules)
    for start, end, key in _glued_posts(toks, parse, rules.lexicon("people/surnames").entries, cues,
                                        next_words):
        yield to_mention(view, Match(start, end, "TITLE", "title.lexicon", key))
    for start, end, key in _glued_deputies(toks, parse):
        yield to_mention(view, Match(start, end, "TITLE", "title.lexicon", key))
    for m in match_patterns(view.text, rules.patterns_for("TITLE")):
        yield to_mention(view, m)


@per_rules
def _glue_words(rules: RuleSet) -> tuple[tuple[str, ...], frozenset[str]]:
    """The words ``_glued_posts`` reads after a given name: the verbs that follow a name (people/cues
    ``after``, a tuple for ``str.startswith``) and the function words that end one
    (people/next_word_chars)."""
    return (tuple(sorted(rules.lexicon("people/cues").with_flag("after"))),
            frozenset(rules.lexicon("people/next_word_chars").entries))


def _head_first(word: str, tag: str) -> bool:
    """Whether a token is 长 or 相 alone, or with a name of two or three characters the tagger tags as
    one (长颜金勇/nr, 相藤井/nr): the last character of a head's title (部长, 运输相) cut from the word
    before it."""
    return word in (_HEAD, _MINISTER) or word[:1] in (_HEAD, _MINISTER) and 3 <= len(word) <= 4 \
        and tag in _GIVEN_TAGS


def _glued_deputies(toks: Columns, parse: Callable[[str], str | None]) -> Iterator[tuple[int, int, str]]:
    """(start, end, key) of deputies' posts whose 副 the tagger glued to the last character of the name
    before it (高启/nr + 华副/b + 市长: 副市长): a word of two characters ending in 副 after a name, before a
    post."""
    words, tags = toks.words, toks.tags
    for j in compress(range(len(words) - 1), map(_DEPUTY.__eq__, map(_SECOND_CHAR, words))):
        if j and len(words[j]) == 2 and words[j][1] == _DEPUTY and tags[j - 1] in _GIVEN_TAGS \
                and is_han(words[j][0]) and (key := parse(_DEPUTY + words[j + 1])) is not None:
            yield toks.starts[j] + 1, toks.ends[j + 1], str(key)


_DEPUTY = "副"
_HEAD_FIRST_CHARS = frozenset({_HEAD, _MINISTER})
_FIRST_CHAR = itemgetter(slice(0, 1))
_SECOND_CHAR = itemgetter(slice(1, 2))


_PLACE_TAG = "ns"
# tags of an adverb, a preposition or a conjunction (曾/d, 向/p, 并/c)
_FUNCTION_WORD_TAGS = frozenset({"d", "p", "c"})
# tags of a word that is no given name however a name's verb follows it: function words, numbers, measure
# words, pronouns (主任 + 何/r ..., 局长 + 一/m + 行)
_NOT_GIVEN_TAGS = frozenset({"p", "c", "u", "uj", "ul", "r", "m", "q", "f", "x"})
# tags of a given name of two characters the tagger reads as a place or another proper name (永安/ns, 大明/nz)
_NAME_LIKE_TAGS = frozenset({_PLACE_TAG, "nz"})


def _glued_posts(
    toks: Columns, parse: Callable[[str], str | None], surnames: Container[str], cues: tuple[str, ...],
    next_words: frozenset[str]
) -> Iterator[tuple[int, int, str]]:
    """(start, end, key) of posts whose last character the tagger glued to the surname after it, a given
    name of two characters following that it does not know or tags as a name: 副区 + 长江/ns + 存富, 执行 +
    会 + 长孙/ns + 勇智, 副 + 县 + 长江/ns + 海涛/nr; or of one character it tags as a name before a
    delimiter or a verb: 局 + 长江/ns + 涛/nr + 说, 副 + 主 + 任何/r + 智/ng + 、. Before a verb that follows
    a name (``cues``: people/cues ``after``, 讲话, 主持, 带队, 一行), whatever the word: the given name of
    one character or two, any word of content (主 + 任何/r + 伟/zg + 讲话/n, 主 + 任何/r + 明亮/a + 主持/v).
    An adverb, preposition or conjunction of ``next_words`` (people/next_word_chars) ends the name as a
    delimiter does (副署 + 长孙/ns + 寿山/ns + 曾/d + 表示). The longest title of up to three words before
    that word."""
    words, tags = toks.words, toks.tags
    # (at the words whose second character is a surname, found in C)
    for j in compress(range(1, len(words) - 1), map(surnames.__contains__, map(_SECOND_CHAR, words[1:]))):
        w, given = words[j], words[j + 1]
        if len(w) != 2 or w[1] not in surnames or not is_han(given):
            continue
        ends = j + 2 == len(words) or tags[j + 2][:1] in ("x", "v", "l") or words[j + 2] == _AND_OTHERS \
            or words[j + 2] in next_words and tags[j + 2] in _FUNCTION_WORD_TAGS
        cue = j + 2 < len(words) and words[j + 2].startswith(cues) \
            and tags[j + 1] not in _NOT_GIVEN_TAGS
        one = len(given) == 1 and (tags[j + 1] in _ONE_CHAR_GIVEN_TAGS and ends or cue)
        # (主 + 任何/r + 永安/ns + 、: a given name of two characters the tagger reads as a place; 总会 +
        # 长林/ns + 大明/nz + 出席会议/l: or as another proper name)
        two = len(given) == 2 and (is_oov(given) or tags[j + 1] in _GIVEN_TAGS
                                   or tags[j + 1] in _NAME_LIKE_TAGS and ends or cue)
        if not (one or two):
            continue
        for k in (3, 2, 1):
            key = parse("".join(words[j - k:j]) + w[0]) if j >= k else None
            if key is not None:
                yield toks.starts[j - k], toks.starts[j] + 1, str(key)
                break
        else:
            # 大 + 学校 + 长江/ns + 绵恒: a post of two characters whose first the tagger glued to the word
            # before it too (校长)
            key = parse(words[j - 1][-1:] + w[0]) if j and len(words[j - 1]) >= 2 else None
            if key is not None:
                yield toks.starts[j] - 1, toks.starts[j] + 1, str(key)
