"""People (PER): names from the tagger, mended and checked by rules.

jieba's tagger (``nr``/``nrfg``/``nrt``) proposes names; rules keep those that
look like names and mend what the tagger splits:

* ``per.tagger``: surname (``people/surnames``, single or compound) + 1-2
  given characters, or a double surname + 2 (陈方安生); common words that
  jieba tags as names (``people/not_names``: 谢谢, 公正) are rejected.
* ``per.tagger-mend``: a name split by the tagger (赵琛 + 玮).
* ``per.translit``: transliterated names (克林顿, 班禅额尔德尼·确吉杰布) whose
  characters are all in ``people/translit_chars``; places of the same span win
  in the combiner (伊拉克).
* ``per.surname-title``: a bare surname before a post or form of address
  (江主席, 李总) as People's Daily does.
* ``per.after-title``: a surname-initial word right after a title
  (市委书记李理), even when the tagger did not tag it.
* ``per.space-list`` / ``per.list``: names listed with single spaces or 、.
* ``per.appointed``: every item of a name's shape in a list given a post after it
  (选举A、B、C为…委员), whatever the tagger reads the items as.
* ``per.translit`` also grows a foreign name found in part to the whole: its parts joined by
  a middle dot on either side and the syllables the tagger cut off (特林 + 布尔).
* ``per.japanese``: a Japanese surname (``people/japanese_surnames``) with a given
  name (桥本龙太郎), or alone in context (桥本说); a surname found alone or after a title
  takes the one to three characters of given name after it (首相 + 山田 + 太郎).
* ``per.dotted``: a name of parts joined by middle dots no rule read whole, wherever written
  (主谋是哈马·阿马杜, 贝·布托, 买买提·吐尔逊): the dots say it is a foreign or minority name.
* ``per.latin``: a name in Latin letters right after a title, past a form of address
  (``people/latin_addresses``: 主席Mr.Walied Soliman), or right before one (Mark Coure 议员).
* ``per.surname-again``: a bare surname standing for the one full name of that surname told before it
  (车主李明华 … ，李认为).
* ``per.lexicon``: a name of ``people/names`` (a user's list of people), wherever written.
* patterns of ``people/*.jsonl`` (bylines 记者X摄, 老张).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Container, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import chain, compress
from operator import and_, itemgetter, or_
from typing import NamedTuple

from kg.extract.appointments import appointment_words
from kg.extract.context import Context
from kg.extract.engine import Match, in_book_marks, is_han, match_patterns, rules_of, to_mention, tokens_of
from kg.extract.orgs import org_rules
from kg.extract.placenames import place_names
from kg.extract.posts.words import alternation, leaders, name_honours, post_words, roles
from kg.extract.titles import ends_in_title, titles_of
from kg.model import Mention, replace
from kg.nlp.normalize import NAME_DOTS, View
from kg.nlp.numerals import DIGITS
from kg.nlp.sentences import mark_before, written_within
from kg.nlp.tokenize import Token, dict_tag, is_oov, tokenize
from kg.rules import RuleSet, per_rules

__all__ = ["RULE_PRIORITIES", "NameLexicon", "name_lexicon", "extract_people", "split_name"]

#: Priorities the combiner adds to the rank of this module's candidates (kg.extract.resolve): an item of a
#: list an appointment gives a post (选举A为市长，B、赵华 + 为副市长) is a name whatever else its characters
#: may be read as with the next ones (华为, a company: PER 10 + 35 over ORG 40), as the appointment patterns'
#: names are (people/patterns.jsonl per.decision)
RULE_PRIORITIES = {"per.appointed": 35, "per.list-item": 35}

_NAME_TAGS = frozenset({"nr", "nrfg", "nrt"})
_FOREIGN_TAG = "nrt"  # the tagger's tag of a transliterated name
_FULL_NAME_TAG = "nrfg"  # the tagger's tag of a whole name, surname and given name (胡家/nrfg + 福)
# Morpheme tags: the tagger's word for a character that is no word on its own (刘/zg 洪涛, 胡才 + 春/tg).
_MORPHEME_TAGS = frozenset({"zg", "tg", "ag", "vg", "dg", "ng", "g", "rg"})
# Tags of tokens that may be the given name the tagger split off (赵琛 + 玮/nr).
_GIVEN_TAGS = frozenset({"nr", "nrfg", "ng", "nrt"})
# The tag jieba gives a character its dictionary does not hold (罡): no word of the language.
_UNKNOWN_TAG = "x"
# Tags a word after a title can have when it is an untagged name (李理/n, 王五/nz).
_AFTER_TITLE_TAGS = frozenset({"nr", "nrfg", "nrt", "n", "nz", "ng", "a", "j", "x", "eng", "ns"})
# Tags of a surname the tagger read as a measure word or numeral (张/q + 民生 after a title).
_MEASURE_TAGS = frozenset({"q", "m"})
# Tags of a two-character name of a weak surname after a title (方威/n, 高翅/ng)
_WEAK_NAME_TAGS = frozenset({"n", "nr", "nrfg", "nz", "ng"})
# Tags of a one-character token that may end a given name after a title (王经 + 中/f, 张名 + 君/nz).
_GIVEN_AFTER_TITLE_TAGS = frozenset({"nr", "nrfg", "ng", "n", "f", "a", "ns", "nz"})
# Forms of address and degrees written after a whole name (肖前胜同志, 周兆呈博士): the name ends right before
# them.
_ADDRESS_AFTER_NAME = frozenset({"同志", "先生", "女士", "博士", "教授"})
# Verbs that the tagger glues to a name (刘洪说, 陈飞摄).
_SPEECH = frozenset("说称讲摄")
# Pronouns that end no given name: a verb and its object before 当选 (祝 + 贺他 + 当选为总统: 祝贺他, no
# name).
_PRONOUN_ENDS = frozenset("他她它")
# The longest foreign name the tagger tags as one word that a title before it makes a name
# (阿卜杜拉季波夫/nrt).
_MAX_FOREIGN = 8
# ... and what it glues to a name's last piece after a title (王海 + 进说, 卡拉 + 申说, 拉克 + 森等/u)
_GLUED_TO_PIECE = _SPEECH | frozenset("等")
# One-character words the tagger glues after or before a name it tags (谭彦是, 对丁伟).
_GLUED_AFTER = _SPEECH | frozenset("是为在将等和对任")
_GLUED_BEFORE = frozenset("对向与和给被让把由据")
# ... and after a three-character name (王大伟为, 李小明任), where a name's own last character is rarer
_GLUED_VERB = frozenset("为任是在将说")
# ... and after a name that follows a title (省长张三在广东调研): prepositions and conjunctions
_GLUED_AFTER_TITLE = frozenset("在和等将对到率及")
# ... and a verb or preposition that takes what follows it (部长张三作关于…的说明, 部长李四到省直单位调研,
# 省长陈豪于2015年, 市长王五致欢迎词), not before a delimiter (李国作、)
_GLUED_VERB_AFTER_TITLE = frozenset("作到于致")
# ... and 于 before a date, glued by the tagger to a name's last character even when it makes a word (强于),
# unless the word is a verb that takes the date itself (people/date_verbs: 班宇 + 生于 + 1986年) or starts
# with a word after a name (people/next_word_chars: 王建 + 将于 + 明天)
_AT = "于"
# ... but a name's own last character before a verb that follows a name (市长石爱作 + 主持, 李建到 + 出席:
# people/cues ``after``), except the words of speech those verbs take (作 + 讲话, 作 + 说明)
_TAKEN_BY_GLUED_VERB = frozenset(("讲话", "发言", "说明", "介绍", "解释"))
# Tags of the word after a sentence subject: a time (克林顿今天), a preposition (萨默斯在).
_SUBJECT_NEXT_TAGS = frozenset({"t", "p"})
# Tags of words that end a minority name cut by the tagger (布仁 + 其 + 木格 + 在/p).
_NOT_MINORITY_TAGS = frozenset({"p", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv", "x", "d", "v", "vn", "m",
                                "q"})
# Tags the tagger gives Japanese names (桥本龙太郎/n, 村山富市/ns).
_JAPANESE_TAGS = frozenset({"nr", "nrfg", "nrt", "n", "ns", "nz"})
# Tags that a name never has, whatever its context (verbs, adverbs, function words).
_NOT_NAME_TAGS = frozenset({"v", "vd", "vn", "vg", "d", "p", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv",
                            "x", "r", "q", "f", "y", "e", "o", "zg", "mq", "eng"})
# the middle dots of a foreign name and the dash that may stand for one (哈佛—史密森 is no one name: the
# dash joins none of its parts, see ``NAME_DOTS``)
_NAME_DOT_CLASS = "".join(sorted(NAME_DOTS))
_DASH = "—"
_DOT = _NAME_DOT_CLASS + _DASH
_DOTS = frozenset(_DOT)
# what joins the parts of a name or a place's compound name after a list's last item (艾克斯-马赛)
_RUN_ON = _DOT + "-"
# the dashes that may join the parts of a foreign name (罗德—拉森, 里卡多-富勒; full-width － is read as -)
_DASHES = frozenset((_DASH, "-"))
# a monarch's or pope's ordinal after the name (哈桑二世, 伊丽莎白二世)
_REGNAL = re.compile(r"[一二三四五六七八九十]{1,3}世")
# Function words that may follow a familiar name (老张的, 小王和).
_PARTICLES = frozenset("的和与也都就又还是在把对给被")
# Words that may touch the first or last name of a list (有江泽民 李鹏, 李广尊等).
_LIST_FUNCTION_WORDS = frozenset("有和与及是为由请向对等在")
# The word closing a list of names (张三、李四等)
_LIST_CLOSER = "等"
_LIST_COMMA = "、"  # the mark between the items of a list (张三、李四)
# Characters that end a clause after a name and are no given name (张三等、, 李四也,).
_CLAUSE_FUNCTION = _GLUED_AFTER | _PARTICLES | frozenset("等们了着过也都就又还再才呢吧啊吗呀哦去来")
# Tags of a Chinese name, and of the word after a name in its clause: a verb, a preposition, a delimiter, a
# set phrase (出席会议/l).
_CHINESE_NAME_TAGS = frozenset({"nr", "nrfg"})
_AFTER_NAME_IN_CLAUSE = frozenset({"v", "p", "x", "l"})
# ... and a time or a particle (副主席伯瑞恩 + 同日, 协调员罗斯 + 的)
_TIME_OR_PARTICLE_TAGS = frozenset({"t", "u", "uj"})
# the tagger's tag of a place, which it gives unknown foreign names too (乌叶海亚/ns), and the least length
# of such a word read as a name after a post's title
_PLACE_TAGS = frozenset({"ns"})
_MIN_UNKNOWN_PLACE_NAME = 3
# a day of the month written after a name (塞迪略 + 7日, 十二月三十一日; the view writes digits in ASCII)
_DAY = re.compile(r"(?:\d{1,2}月)?\d{1,2}日|(?:[一二三四五六七八九十]{1,3}月)?[一二三四五六七八九十]{1,3}日")
# Brackets around a note on a post between the title and the name (副县长（正处级）周密).
_OPENING, _CLOSING = frozenset("（("), frozenset("）)")
_COLONS = frozenset("：:")
# Delimiters a name may stand before.
_DELIMITERS = frozenset("、,，;；。!！?？:：)）")
# a note after a listed name: its bearer's sex or nationality (张三（女）, 李四(满族))
_NOTE = r"(?:[(（](?:女|男|[\u4e00-\u9fff]{1,3}族)[)）])?"
#: a list's separators (:func:`_list_patterns`), and the most characters of an item and its note before one
_LIST_SEPARATOR = re.compile("[ 、]")
_LIST_HEAD = len("克尤木巴吾东") + len("（维吾尔族）")


@lru_cache(maxsize=4)
def _list_patterns(translit: frozenset[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A list of names written with single spaces or 、, and one of its items: two to four characters, or five
    or six of a transliteration's (克尤木巴吾东: a Uyghur name written without a dot)."""
    chars = re.escape("".join(sorted(translit)))
    item = rf"(?:[{chars}]{{5,6}}|[\u4e00-\u9fff]{{2,4}})"
    return re.compile(rf"(?:{item}{_NOTE}[ 、]){{1,}}{item}{_NOTE}"), re.compile(rf"({item}){_NOTE}")


@lru_cache(maxsize=1)  # two rules read the lists of a text in turn
def _lists_in(text: str, translit: frozenset[str]) -> tuple[re.Match[str], ...]:
    """The lists of names of ``text`` (:func:`_list_patterns`), as ``finditer`` finds them.

    A list's first item and its note hold no separator and end right before one, at most
    :data:`_LIST_HEAD` characters from the list's start: it is tried only at the starts that close
    before a separator (``finditer`` tries every start, and most of a text is far from any 、).
    """
    pattern = _list_patterns(translit)[0]
    found: list[re.Match[str]] = []
    done = 0  # where the last list ended: the next starts there or later
    for separator in _LIST_SEPARATOR.finditer(text):
        at = separator.start()
        for start in range(max(done, at - _LIST_HEAD), at - 1):  # an item has two characters or more
            m = pattern.match(text, start)
            if m is not None:
                found.append(m)
                done = m.end()
                break
    return tuple(found)


@dataclass(frozen=True, eq=False)
class NameLexicon:
    surnames: frozenset[str]
    weak: frozenset[str]  # surnames that are also common words (高, 于, 金)
    compound: frozenset[str]
    not_names: frozenset[str]
    translit: frozenset[str]
    endings: frozenset[str]  # last characters of non-names: 宣传部, 温州人
    short_endings: frozenset[str]  # ... of two-character non-names only (婚礼, but 孙德礼 is a name)
    #: the last characters of places' names by their level (``PlaceNames.levels``: 省, 市 … 村): a unit's
    #: name before a title its head's opens with (伊犁州 + 州长) is no person's
    levels: frozenset[str]
    #: last characters of places' and bodies' names no given name ends with (徐家村, 王家镇, 李村部): the
    #: levels and the bodies' head words (``people/not_name_endings`` flag body)
    unit_ends: frozenset[str]
    cues_after: frozenset[str]  # 说, 表示, 会见 after a name
    cues_before: frozenset[str]  # 会见, 看望 before a name
    honours: frozenset[str]  # 拿督斯里 between a title and a name
    fixes: dict[str, str]  # corrected tags of jieba's dictionary
    japanese: frozenset[str]  # Japanese surnames (桥本, 小泽)
    titles: frozenset[str]  # every post and form of address: 陈女士 is a surname and a title, not a name
    ranks: frozenset[str]  # military ranks after a name (陈国祖 + 上将): ``people/ranks``
    next_word: frozenset[str]  # characters that start the word after a name, not end it (在, 曾, 也)
    glued: frozenset[str]  # ... that the tagger glues to a name's end (以, 用, 作)
    clause_end: frozenset[str]  # ... that may end a name's clause before a delimiter (们, 了, 来)
    given_ends: frozenset[str]  # ... adverbs that commonly end a given name of three (刚, 才)
    context: frozenset[str]  # surnames read only after a title or in a list of names (代, 和, 黑)
    joins: frozenset[str]  # a list's conjunctions the tagger glues to a name (郭建 + 民和, 凌沙瓦及, 和普京)
    date_verbs: frozenset[str]  # verbs in 于 that take a date themselves (生于, 始于)
    openings: frozenset[str]  # openings of Uyghur names the tagger cuts into function words (阿不都)
    dotted_not_endings: frozenset[str]  # last characters of no dotted name (保利·罗兰香谷: an estate)
    sections: frozenset[str]  # a body's section's head words (科): ending no name after a common word
    #: surnames that are also a foreign state's one-character name (巴, 马, 韩) and the titles of a state's
    #: head or a minister's short title (总统, 总理, 外长: posts/words head, state-post, minister-short) after
    #: which they are the state (巴总理, 韩外长), no person
    states: frozenset[str] = frozenset()
    state_heads: frozenset[str] = frozenset()
    #: the last characters of titles (长, 任) and of places' and bodies' names (局, 市): the tagger glues one
    #: to the name after it (财务 + 长马世云/nr)
    title_ends: frozenset[str] = frozenset()
    #: words that tell a text is about Japan (日本, 访日): a Japanese surname there may start a name whatever
    #: the tagger reads it as (中村/ns + 真衣)
    japan: frozenset[str] = frozenset()
    #: China's nationalities (``places/nations``: 哈萨克族): written right after a dotted name (莫拉力·阿不都
    #: 满金 + 哈萨克族，生于…), its bearer's, no part of it
    nations: frozenset[str] = frozenset()


@cache
def _name_lexicon(rules: RuleSet) -> NameLexicon:
    sur = rules.lexicon("people/surnames")
    ends = rules.lexicon("people/not_name_endings")
    context = sur.with_flag("context")
    return NameLexicon(
        surnames=frozenset(w for w in sur.entries if len(w) == 1) - context,
        weak=sur.with_flag("weak"),
        compound=frozenset(w for w in sur.entries if len(w) == 2),
        not_names=frozenset(rules.lexicon("people/not_names").entries),
        # foreign and minority names share one reading rule (克林顿, 班禅额尔德尼·确吉杰布)
        translit=frozenset("".join(rules.lexicon("people/translit_chars").entries))
        | frozenset("".join(rules.lexicon("people/minority_chars").entries)),
        endings=frozenset(ends.entries) - ends.with_flag("two") - ends.with_flag("section"),
        short_endings=ends.with_flag("two"),
        levels=place_names(rules).levels,
        unit_ends=place_names(rules).levels | ends.with_flag("body"),
        sections=ends.with_flag("section"),
        cues_after=rules.lexicon("people/cues").with_flag("after"),
        cues_before=rules.lexicon("people/cues").with_flag("before"),
        honours=frozenset(name_honours(rules)),
        fixes=dict(rules.lexicon("people/tagger_fixes").entries),
        japanese=frozenset(rules.lexicon("people/japanese_surnames").entries),
        japan=frozenset(rules.lexicon("people/japan_words").entries),
        nations=place_names(rules).nations,
        ranks=frozenset(rules.lexicon("people/ranks").entries),
        titles=frozenset(rules.lexicon("titles/titles").entries)
        | rules.lexicon("people/cues").with_flag("address"),
        next_word=frozenset(rules.lexicon("people/next_word_chars").entries),
        glued=rules.lexicon("people/next_word_chars").with_flag("glued"),
        clause_end=rules.lexicon("people/next_word_chars").with_flag("end"),
        given_ends=rules.lexicon("people/next_word_chars").with_flag("given"),
        context=frozenset(context),
        joins=frozenset(rules.lexicon("people/list_joins").entries),
        date_verbs=frozenset(rules.lexicon("people/date_verbs").entries),
        openings=frozenset(rules.lexicon("people/name_openings").entries),
        dotted_not_endings=frozenset(rules.lexicon("people/dotted_not_endings").entries),
        states=sur.with_flag("state"),
        state_heads=frozenset(post_words(rules)["head"] + post_words(rules)["state-post"]
                              + post_words(rules)["minister-short"]),
        title_ends=frozenset(t[-1] for t in rules.lexicon("titles/titles").entries)
        | place_names(rules).levels | ends.with_flag("body"),
    )


@cache
def _in_context(lex: NameLexicon) -> NameLexicon:
    """``lex`` with its surnames of context (代, 和, 黑: common words too) as weak surnames, for the rules
    that read a name after a title or in a list of names."""
    return replace(lex, surnames=lex.surnames | lex.context, weak=lex.weak | lex.context)


@cache
def _address(rules: RuleSet) -> frozenset[str]:
    """Forms of address after a surname (先生, 同志): the titles' and the cues' (built once per rule set)."""
    return titles_of(rules).address | rules.lexicon("people/cues").with_flag("address")


def name_lexicon(ctx: Context | None = None) -> NameLexicon:
    return _name_lexicon(rules_of(ctx))


def split_name(word: str, lex: NameLexicon) -> tuple[str, str] | None:
    """``(surname, given)`` when ``word`` has the shape of a Chinese name, else None.

    >>> split_name("欧阳修", name_lexicon())
    ('欧阳', '修')
    >>> split_name("文明实践", name_lexicon()) is None  # two surnames and two more are too often a phrase
    True
    """
    if not is_han(word) or word in lex.not_names or word[-1] in lex.endings \
            or (len(word) == 2 and word[-1] in lex.short_endings):
        return None
    if word[1:] in lex.titles or (word[0] in lex.context and not _context_start(word[:2])):
        return None
    if word[:2] in lex.compound and 3 <= len(word) <= 4:
        return word[:2], word[2:]
    if word[0] in lex.surnames:
        if 2 <= len(word) <= 3:
            return word[:1], word[1:]
    return None


# tags of a word of the tagger's dictionary that may start a name of a surname of context (和文/nz + 全)
_CONTEXT_START_TAGS = frozenset({"nr", "nrfg", "nrt", "nz", "ng"})


def _context_start(word: str) -> bool:
    """Whether a name of a surname of context may start with ``word``, its first two characters: a word
    outside the tagger's dictionary (代守 of 代守仑) or one it tags a name (not 代表, 和平, 黑帮)."""
    return is_oov(word) or dict_tag(word) in _CONTEXT_START_TAGS


def _is_translit(word: str, lex: NameLexicon, pieces: bool = False) -> bool:
    """True when ``word`` reads as a foreign or minority name (or, with ``pieces``, a piece of one)."""
    core = word.strip(_DOT)
    if not ((len(core) >= 2 or pieces) and core == word):
        return False
    if lex.translit.issuperset(word) and _DOTS.isdisjoint(word):
        return True  # (a transliteration's characters and no dot: most names so read, told in C)
    return all(c in lex.translit or c in _DOT for c in word) and (
        sum(c in _DOT for c in word) == 0 or all(len(p) >= 2 for p in re.split(f"[{_DOT}]", word)))


def _known_name(tok: Token) -> bool:
    """Whether ``tok`` is a word the tagger's dictionary knows as a name (克林顿, 普里马科夫; not 让)."""
    return not is_oov(tok.word) and dict_tag(tok.word) in ("nr", "nrt")


def _dotted_end(tokens: tuple[Token, ...], i: int, lex: NameLexicon) -> tuple[int, int]:
    """End offset and next index after token ``i`` and the parts joined to it by a middle dot (乔治·韦拉),
    the last part also when the tagger glued a function word to it (宋沙瓦·凌沙瓦 + 及: the name ends before
    it, and no later part is read)."""
    end, j, n = tokens[i].end, i + 1, len(tokens)
    while j + 1 < n and tokens[j].word in _DOT:
        part = tokens[j + 1].word
        if tokens[j].word == _DASH and _known_name(tokens[j - 1]) and _known_name(tokens[j + 1]):
            break  # 克林顿—叶利钦会晤: a dash between two names the dictionary knows joins two people
        if _is_translit(part, lex):
            end, j = tokens[j + 1].end, j + 2
        elif (part[-1] in lex.joins or part[-1] in _GLUED_TO_PIECE) and _is_translit(part[:-1], lex):
            return tokens[j + 1].end - 1, j + 2
        else:
            break
    return end, j


# What a word is to the rules of ``_tagged_names`` (bits of ``_WordCues``).
_SELF, _AFTER, _BEFORE = 1, 2, 4


class _WordCues(dict[str, int]):
    """Word -> what it lets a rule of ``_tagged_names`` fire at, when the tagger did not tag a name:
    itself (a title inside the word: 江主席; a familiar form: 老张; a Japanese surname: 桥本; a word whose
    tag the lexicon mends), the word before it (a title or cue after a name: 江 主席, 刘澜涛 说) or the
    word after it (a cue before a name: 会见 许立群). 0 for most words.

    Worked out once per word, then read in C (a bounded memo: cleared when it holds too many words).
    """

    _SIZE = 1 << 17

    def __init__(self, rules: RuleSet) -> None:
        super().__init__()
        lex = _name_lexicon(rules)
        strong = lex.surnames - lex.weak
        self._titles = titles_of(rules).posts | _address(rules)
        self._after = self._titles | lex.cues_after
        self._before = lex.cues_before
        familiar = {f"{a}{s}" for s in strong for a in "老小"} | {f"{s}老" for s in strong}
        self._self = frozenset(familiar) | frozenset(lex.fixes)
        self._japanese = frozenset(w[:2] for w in lex.japanese)

    def __missing__(self, word: str) -> int:
        kind = (_SELF * (word[1:] in self._titles or word in self._self or word[:2] in self._japanese)
                | _AFTER * (word in self._after) | _BEFORE * (word in self._before))
        if len(self) >= self._SIZE:
            self.clear()
        self[word] = kind
        return kind


_word_cues = per_rules(_WordCues)
_START, _END, _WORD, _TAG = itemgetter(0), itemgetter(1), itemgetter(2), itemgetter(3)


class _TokenIndexes:
    """Token index by start and by end offset (read only), made in C once for the last tokens asked for:
    the rules of an article all ask for the same tokens."""

    def __init__(self) -> None:
        self._last: tuple[tuple[Token, ...], dict[int, int], dict[int, int]] = ((), {}, {})

    def __call__(self, tokens: tuple[Token, ...]) -> tuple[dict[int, int], dict[int, int]]:
        last = self._last  # one read and one write of the tokens and their indexes: safe across threads
        if last[0] is not tokens:
            every = range(len(tokens))
            last = self._last = (tokens, dict(zip(map(_START, tokens), every, strict=True)),
                                 dict(zip(map(_END, tokens), every, strict=True)))
        return last[1], last[2]


_token_indexes = _TokenIndexes()
# Tags that let a rule fire at the token itself: a tagged name, or a surname taken for a morpheme (刘/zg).
_SITE_TAGS = _NAME_TAGS | _MORPHEME_TAGS


def _name_sites(tokens: tuple[Token, ...], cues: _WordCues) -> list[int]:
    """Indices of the tokens where a rule of ``_tagged_names`` may fire, in order.

    A superset, about one token in twenty over People's Daily (the old test, on the first
    character, let one in four through), found with no Python call per token but at cues.
    """
    n = len(tokens)
    every = range(n)
    sites = set(compress(every, map(_SITE_TAGS.__contains__, map(_TAG, tokens))))
    kinds = list(map(cues.__getitem__, map(_WORD, tokens)))
    for i in compress(every, kinds):
        kind = kinds[i]
        if kind & _SELF:
            sites.add(i)
        if kind & _AFTER and i > 0:
            sites.add(i - 1)
        if kind & _BEFORE and i + 1 < n:
            sites.add(i + 1)
    return sorted(sites)


@dataclass(frozen=True, eq=False)
class _Reading:
    """One text's tokens as the name rules read them."""

    tokens: tuple[Token, ...]
    lex: NameLexicon
    posts: frozenset[str]
    address: frozenset[str]
    places: frozenset[str]  # the gazetteer's names (伊拉克 is a place, not a foreign name)
    #: a foreign minister's titles named by the ministry's field (posts/words minister: 大臣): the word before
    #: one is the field (卫生 + 大臣), no name
    ministers: frozenset[str] = frozenset()


class _Site(NamedTuple):
    """Token ``i`` and its neighbours, where a rule of ``_tagged_names`` is tried."""

    i: int
    tok: Token
    word: str
    tag: str  # the tagger's, mended by ``people/tagger_fixes``
    prev: Token | None
    nxt: Token | None
    named: bool  # tagged a name, and no common word (谢谢/nr)


def _tagged_names(tokens: tuple[Token, ...], rules: RuleSet) -> Iterator[Match]:
    """Names the tagger proposes, mended, and names a surname, a cue or a title points at.

    Left to right over the tokens where a rule may fire (``_name_sites``); the
    first rule of ``_NAME_STEPS`` that fires gives the name, and a name that takes
    in the next tokens (赵琛 + 玮, 乔治·韦拉) is not read again from inside.
    """
    lex = _name_lexicon(rules)
    reading = _Reading(tokens, lex, titles_of(rules).posts, _address(rules), place_names(rules).names,
                       frozenset(post_words(rules)["minister"]))
    n = len(tokens)
    resume = 0
    for i in _name_sites(tokens, _word_cues(rules)):
        if i < resume:
            continue
        tok = tokens[i]
        w = tok.word
        tag = lex.fixes.get(w, tok.tag)  # jieba's dictionary mended (the neighbours' tags are read as is)
        site = _Site(i, tok, w, tag, tokens[i - 1] if i > 0 else None,
                     tokens[i + 1] if i + 1 < n else None, tag in _NAME_TAGS and w not in lex.not_names)
        for step in _NAME_STEPS:
            found = step(reading, site)
            if found is not None:
                match, resume = found
                yield match
                break


_Found = tuple[Match, int] | None  # the name and the index of the next token to read


@per_rules
def _short_counties(rules: RuleSet) -> frozenset[str]:
    """The gazetteer's counties of three characters written without their 县/市/区/旗 (徐闻 of 徐闻县):
    words the tagger's dictionary tags as names (张北/nr, 霍山/nr) that name no person in the dev files."""
    gaz = place_names(rules).gaz
    return frozenset(p.name[:2] for p in gaz.places
                     if p.level == "county" and len(p.name) == 3 and p.name[-1] in "县市区旗")


@per_rules
def _provinces(rules: RuleSet) -> tuple[str, ...]:
    """China's provinces by their full and short names (黑龙江省, 黑龙江; 宁夏), longest first."""
    gaz = place_names(rules).gaz
    names = {n for p in gaz.places if p.level == "province" for n in (p.name, *p.short) if len(n) >= 2}
    return tuple(sorted(names, key=len, reverse=True))


def _surname_title_word(r: _Reading, s: _Site) -> _Found:
    """江主席, 周总理 written as one word: the bare surname is the person (侯老: the whole word)."""
    w = s.word
    if _state_initial(w[0], w[1:], r.lex):
        return None
    if 2 <= len(w) <= 4 and w[0] in r.lex.surnames and w[0] not in r.lex.weak and (
            w[1:] in r.posts or w[1:] in r.address):
        end = s.tok.end if w[1:] == "老" else s.tok.start + 1
        return Match(s.tok.start, end, "PER", "per.surname-title"), s.i + 1
    return None


def _tagged_familiar(w: str, s: _Site) -> bool:
    """老李, 小王 the tagger reads as a name, in a clause (老李笑吟吟地, 小王上前): not in a pair
    of words of one head (小修小改) nor before one character the tagger glues to a name (小龙+坎, a place)."""
    nxt = s.nxt
    return (w[1] != "老" and s.tag in _NAME_TAGS and nxt is not None and not nxt.word.startswith(w[0])
            and not (len(nxt.word) == 1 and nxt.tag in _NAME_TAGS))


def _old_in_clause(nxt: Token, lex: NameLexicon) -> bool:
    """Whether ``nxt`` goes on the clause of 老 and a surname (老张 + 仍, + 说话, + 急忙): a character that
    starts the word after a name (people/next_word_chars) or a verb, adverb, time or pronoun of two
    characters (``_clause_goes_on``)."""
    return nxt.word in lex.next_word or len(nxt.word) >= 2 and nxt.tag in _CLAUSE_NEXT_TAGS


def _familiar(r: _Reading, s: _Site) -> _Found:
    """老张, 小王, 侯老 before a delimiter, a cue or a particle, or after a cue; 老张, 小王 the
    tagger reads as a name in its clause too (``_tagged_familiar``)."""
    w, lex, nxt, prev = s.word, r.lex, s.nxt, s.prev
    if len(w) == 2 and w not in lex.not_names and (
            (w[0] == "老" and w[1] in lex.surnames and w[1] not in lex.weak)
            or (w[0] == "小" and w[1] in lex.surnames and w[1] not in lex.weak and s.tag in _NAME_TAGS)
            or (w[1] == "老" and w[0] in lex.surnames and w[0] not in lex.weak)) and (
            nxt is None or nxt.tag == "x" or nxt.word in lex.cues_after or nxt.word in _PARTICLES
            or (prev is not None and prev.word in lex.cues_before) or _tagged_familiar(w, s)
            or w[0] == "老" and _old_in_clause(nxt, lex)):
        return Match(s.tok.start, s.tok.end, "PER", "per.familiar"), s.i + 1
    return None


def _untagged_in_context(r: _Reading, s: _Site) -> _Found:
    """A name jieba's dictionary tags as something else (刘澜涛/n, 许立群/m), told by a title or cue
    next to it; not a unit's name before its head's title (伊犁州/ns + 州长)."""
    w, lex, nxt, prev = s.word, r.lex, s.nxt, s.prev
    if (2 <= len(w) <= 4 and s.tag not in _NAME_TAGS and s.tag not in _NOT_NAME_TAGS and (
                (nxt is not None and (nxt.word in r.posts and nxt.word not in r.ministers
                                      or nxt.word in r.address
                                      or (len(w) >= 3 and nxt.word in lex.cues_after)))
                or (prev is not None and prev.word in lex.cues_before and len(w) >= 3))
            and w not in lex.not_names and w not in r.places  # 蒙古国 + 大使: a state, no name
            and not (w[-1] in lex.levels and nxt is not None and nxt.word.startswith(w[-1]))
            and ((split_name(w, lex) and w[0] not in lex.weak)
                 or (len(w) >= 3 and _is_translit(w, lex) and w[0] not in lex.joins))):
        return Match(s.tok.start, s.tok.end, "PER", "per.context"), s.i + 1
    return None


def _morpheme_surname(r: _Reading, s: _Site) -> _Found:
    """刘/zg + 洪涛/nr: a surname the tagger took for a morpheme, and the given name after it."""
    w, nxt = s.word, s.nxt
    if (len(w) == 1 and w in r.lex.surnames and s.tag in _MORPHEME_TAGS and nxt is not None
            and nxt.tag in _NAME_TAGS and is_han(nxt.word) and 1 <= len(nxt.word) <= 2
            and nxt.word not in r.lex.not_names):
        return Match(s.tok.start, nxt.end, "PER", "per.surname-given"), s.i + 2
    return None


def _japanese(r: _Reading, s: _Site) -> _Found:
    """桥本龙太郎, 小泽一郎; a bare Japanese surname (桥本说) only in context."""
    w, lex, nxt, prev = s.word, r.lex, s.nxt, s.prev
    jp = w[:3] if w[:3] in lex.japanese else w[:2] if w[:2] in lex.japanese else ""
    if jp and s.tag in _JAPANESE_TAGS and is_han(w) and len(w) <= len(jp) + 3 and (
            len(w) >= len(jp) + 2
            or (nxt is not None
                and (nxt.word in lex.cues_after or nxt.word in r.posts or nxt.word in r.address))
            or (prev is not None and (prev.word in lex.cues_before or prev.word in r.posts))):
        return Match(s.tok.start, s.tok.end, "PER", "per.japanese"), s.i + 1
    return None


def _glued_word(r: _Reading, s: _Site) -> _Found:
    """A name tagged together with the verb after it (刘洪说, 谭彦是, 王大伟为, a foreign name: 恩佐说), the
    于 of a date after it (李明于 + 2020年) or the preposition before it (对丁伟, 同恩佐)."""
    if not s.named:
        return None
    w = s.word
    if (len(w) == 3 and w[-1] in _GLUED_AFTER or len(w) == 4 and w[-1] in _GLUED_VERB) \
            and split_name(w[:-1], r.lex) \
            and not (w[-1] in r.lex.given_ends and _given_end_after(s.tok, s.nxt, r.lex)):
        return Match(s.tok.start, s.tok.end - 1, "PER", "per.tagger"), s.i + 1  # (not 张永和/nrfg + ）)
    if len(w) in (3, 4) and w[0] in _GLUED_BEFORE and split_name(w[1:], r.lex):
        return Match(s.tok.start + 1, s.tok.end, "PER", "per.tagger"), s.i + 1
    if s.nxt is not None and _given_after_glued_surname(r, s):
        return Match(s.tok.start + 1, s.nxt.end, "PER", "per.tagger"), s.i + 2  # 对王/nr + 永胜/ns + 先生
    if len(w) == 4 and w[0] in r.lex.title_ends and w[0] not in r.lex.surnames and is_oov(w) \
            and split_name(w[1:], r.lex):
        return Match(s.tok.start + 1, s.tok.end, "PER", "per.tagger"), s.i + 1  # 财务 + 长马世云/nr, 支援 +
        # 局梁仲模/nr: a title's or a body's last character glued to the name after it, in a word out of the
        # tagger's dictionary (not 子孙后代/nr, 帝王将相/nr)
    if len(w) in (3, 4) and w[-1] in r.lex.glued and split_name(w[:-1], r.lex) and is_oov(w):
        return Match(s.tok.start, s.tok.end - 1, "PER", "per.tagger"), s.i + 1  # X晨以: a word out of the
        # tagger's dictionary
    if len(w) == 3 and w[-1] == _AT and s.nxt is not None and _a_date(s.nxt) and split_name(w[:-1], r.lex):
        return Match(s.tok.start, s.tok.end - 1, "PER", "per.tagger"), s.i + 1  # 李明于/nr + 2020年: the
        # 于 of a date
    if 3 <= len(w) <= 6 and w[-1] in _GLUED_AFTER and _is_translit(w[:-1], r.lex) and w[:-1] not in r.places:
        return Match(s.tok.start, s.tok.end - 1, "PER", "per.translit"), s.i + 1  # 恩佐说: a foreign name
    if 3 <= len(w) <= 6 and w[0] in _GLUED_BEFORE | {"同"} and _is_translit(w[1:], r.lex) \
            and w[1:] not in r.places:
        return Match(s.tok.start + 1, s.tok.end, "PER", "per.translit"), s.i + 1  # 同恩佐
    if (len(w) in (3, 4) and w[-1] in _GLUED_VERB_AFTER_TITLE and s.prev is not None
            and s.prev.word in r.posts and s.nxt is not None and s.nxt.word[0] not in _DELIMITERS
            and not _verb_after_name(s.nxt.word, r.lex)
            and split_name(w[:-1], r.lex)):  # 部长 + 杨玲作 + 关于, 部长 + 赵吉福到 + 省直
        return Match(s.tok.start, s.tok.end - 1, "PER", "per.tagger"), s.i + 1
    if len(w) == 3 and w[-1] == _COME and s.nxt is not None and s.nxt.word.startswith(_US) \
            and split_name(w[:-1], r.lex):
        return Match(s.tok.start, s.tok.end - 1, "PER", "per.tagger"), s.i + 1  # 李敏来 + 我院: came to us
    return None


def _given_after_glued_surname(r: _Reading, s: _Site) -> bool:
    """Whether the tagger's name of two is a preposition and a surname (对王/nr, 由林/nr) and the word after
    it, of one or two characters that are no function word nor title, the given name, for a form of address
    or a title follows (对王 + 永胜/ns + 先生, 对王 + 秀林/n + 董事长, 由林 + 超贤/v + 导演)."""
    w, nxt, lex = s.word, s.nxt, r.lex
    after = r.tokens[s.i + 2] if s.i + 2 < len(r.tokens) else None
    return (len(w) == 2 and w[0] in _GLUED_BEFORE and w[1] in lex.surnames and nxt is not None
            and after is not None and after.word in lex.titles and is_han(nxt.word) and len(nxt.word) <= 2
            and nxt.tag not in _NOT_GIVEN_WORD_TAGS and nxt.word not in lex.titles
            and split_name(w[1] + nxt.word, lex) is not None)


# 来 before 我 (来我院, 来我县): a visit to the writer's own body or place, not a name's last character
_COME, _US = "来", "我"


def _chinese_name(r: _Reading, s: _Site) -> _Found:
    """A tagged name of Chinese shape; a one-character given name the tagger split off joins it
    (赵琛 + 玮), or a character its dictionary does not hold (李子 + 罡/x: a rare character, no word)."""
    if not s.named:
        return None
    w, lex, nxt = s.word, r.lex, s.nxt
    parts = split_name(w, lex)
    if parts is None or (len(w) == 4 and parts[0] not in lex.compound) or _is_translit(w, lex):
        # two surnames and a given name (陈方安生) are too rare to trust the tagger;
        # 桑德兰, 雷吉纳 read as foreign names, which need context
        return None
    if (len(parts[1]) == 1 and nxt is not None and len(nxt.word) == 1 and (
            (nxt.tag in _GIVEN_TAGS and is_han(nxt.word) and nxt.word not in lex.not_names)
            or (nxt.tag == _UNKNOWN_TAG and is_han(nxt.word))
            or _last_before_delimiter(r.tokens, s.i + 1, lex))):
        return Match(s.tok.start, nxt.end, "PER", "per.tagger-mend"), s.i + 2
    if s.prev is not None and _surname_as_measure(r, s):
        return Match(s.prev.start, s.tok.end, "PER", "per.surname-measure"), s.i + 1
    if w in lex.compound and nxt is not None and _given_of_compound(r, s.i + 1):
        return Match(s.tok.start, nxt.end, "PER", "per.compound-given"), s.i + 2
    end, j = _dotted_end(r.tokens, s.i, lex)
    return Match(s.tok.start, end, "PER", "per.tagger"), j


def _surname_as_measure(r: _Reading, s: _Site) -> bool:
    """Whether a tagged name of two characters follows a surname the tagger read as a measure word, with no
    numeral or demonstrative before it (我院 + 张/q + 龙君/nr + 院长): the three are one name."""
    prev = s.prev
    before = r.tokens[s.i - 2] if s.i >= 2 else None
    return len(s.word) == 2 and prev is not None and len(prev.word) == 1 and prev.word in r.lex.surnames \
        and prev.word not in r.lex.weak and prev.tag in _MEASURE_TAGS and prev.end == s.tok.start \
        and not (before is not None and (before.tag == "m" or before.word[-1] in _COUNTING
                                          or before.word[-1].isdigit()))


# what makes a measure word of the character after it: a numeral or a demonstrative (一张, 两张, 这张, 每张)
_COUNTING = frozenset("一二两三四五六七八九十几这那每此该")


def _given_of_compound(r: _Reading, j: int) -> bool:
    """Whether token ``j``, after a compound surname tagged as a name alone (司马/nr + 雄翼/n + 书记), is its
    given name: a word of one or two characters that is no verb, adverb or function word, followed by a
    post's title, a delimiter, a cue or the end."""
    given = r.tokens[j] if j < len(r.tokens) else None
    after = r.tokens[j + 1] if j + 1 < len(r.tokens) else None
    return given is not None and is_han(given.word) and len(given.word) <= 2 \
        and given.tag not in _NOT_GIVEN_PIECE_TAGS and given.word not in r.lex.not_names \
        and given.word not in r.posts and given.word not in r.lex.titles \
        and (after is None or after.word in r.posts or after.word[0] in _DELIMITERS
             or after.word in r.lex.cues_after)


def _surname_and_given(r: _Reading, s: _Site) -> _Found:
    """周 + 恩来, tagged apart; after a cue (任命卢 + 明远/a) the given name may be any noun."""
    w, lex, nxt, prev = s.word, r.lex, s.nxt, s.prev
    if not (s.named and len(w) == 1 and w in lex.surnames and nxt is not None):
        return None
    cued = prev is not None and prev.word in lex.cues_before and nxt.tag in _AFTER_TITLE_TAGS
    # ... or before a post's title (吴/nr + 朝晖/n + 处长): a given name of two characters any noun
    after = r.tokens[s.i + 2] if s.i + 2 < len(r.tokens) else None
    cued = cued or (after is not None and after.word in r.posts and len(nxt.word) == 2
                    and nxt.tag in _AFTER_TITLE_TAGS)
    # ... or before a form of address (蔡/nr + 海生/n + 先生): a given name of two characters any noun
    cued = cued or (after is not None and after.word in _ADDRESS_AFTER_NAME and len(nxt.word) == 2
                    and nxt.tag in _AFTER_TITLE_TAGS)
    # ... or in a list of names, before its end (吕靖、李保庚、李/nr + 超群/n + 三位同志为: a noun too)
    cued = cued or (prev is not None and prev.word == "、" and s.i >= 2
                    and r.tokens[s.i - 2].tag in _NAME_TAGS and len(nxt.word) == 2
                    and nxt.tag in _AFTER_TITLE_TAGS
                    and (after is None or after.word[0] in _DELIMITERS or after.tag == "m"
                         or after.word in _LIST_NAME_END))
    if ((nxt.tag in _NAME_TAGS or cued) and is_han(nxt.word) and 1 <= len(nxt.word) <= 2
            and (nxt.word[0] not in lex.surnames or cued or s.tag == nxt.tag == "nr" and len(nxt.word) == 2)
            and nxt.word not in lex.not_names
            and nxt.word not in lex.titles  # (陪同 + 李 + 总理: a surname and a title, as PD writes it)
            and not _joined_titled(prev, nxt, after, lex)):
        return Match(s.tok.start, nxt.end, "PER", "per.surname-given"), s.i + 2
    return None


def _joined_titled(prev: Token | None, nxt: Token, after: Token | None, lex: NameLexicon) -> bool:
    """Whether a surname's next word ends in a list's conjunction (people/list_joins) between two titles:
    总经理 + 王/nr + 政和/n + 副总经理 is 王政 and the next holder, not 王政和."""
    return len(nxt.word) == 2 and nxt.word[1] in lex.joins and prev is not None and after is not None \
        and prev.word in lex.titles and after.word in lex.titles


#: what may follow the last name of a list (…、李超群同志, …、李超群等, …、李超群为)
_LIST_NAME_END = frozenset({"同志", "等", "为"})
#: the words before the place an envoy is stationed at (驻, 常驻)
_STATIONED_AT = frozenset({"驻", "常驻"})


def _translit_in_context(r: _Reading, s: _Site) -> _Found:
    """A tagged foreign name with a cue, title or time next to it (拉吉夫·甘地); one of two characters
    needs the tagger's foreign tag or a cue (沙曼 + 说): foreign names share their characters with clubs
    and places (切尔西, 拉齐奥)."""
    w, lex, nxt, prev = s.word, r.lex, s.nxt, s.prev
    if prev is not None and prev.word in _STATIONED_AT:
        return None  # 中国驻 + 杜塞尔多夫/nrt + 总领事: where an envoy is stationed, a place
    if prev is not None and prev.word == "了" and s.i >= 2:
        prev = r.tokens[s.i - 2]  # 会见 + 了 + 马哈蒂尔
    cued = (nxt is not None and nxt.word in lex.cues_after) or (
        prev is not None and prev.word in lex.cues_before)
    # a name of Chinese shape before a post's title is cued too (彭扬/nr + 所长: 彭, 扬 write foreign names)
    cued = cued or (nxt is not None and nxt.word in r.posts and split_name(w, lex) is not None)
    if s.named and _is_translit(w, lex) and (len(w) >= 3 or s.tag == "nrt" or cued) and (
            (nxt is not None and (nxt.word in lex.cues_after or nxt.word in r.posts or nxt.word in r.address
                                  or nxt.word in _DOT or nxt.tag in _SUBJECT_NEXT_TAGS
                                  or (len(w) >= 3 and w not in r.places
                                      and (nxt.tag == "uj" or nxt.tag == "v" and len(nxt.word) >= 2))))
            or (prev is not None and (prev.word in lex.cues_before or prev.word in r.posts))):
        end, j = _dotted_end(r.tokens, s.i, lex)
        return Match(s.tok.start, end, "PER", "per.translit"), j
    return None


def _state_initial(first: str, title: str, lex: NameLexicon) -> bool:
    """巴 + 总理, 韩 + 总统: a foreign state's one-character name (people/surnames ``state``) before its
    head's title, no surname."""
    return first in lex.states and title in lex.state_heads


def _surname_before_title(r: _Reading, s: _Site) -> _Found:
    """江 主席, 李 总: People's Daily tags the bare surname as the person (侯 老: both); not the last
    character of a body's name before its head's title (工务司 + 司长, 城区 + 区长: the title opens
    with it)."""
    w, nxt, prev = s.word, s.nxt, s.prev
    if len(w) == 1 and w in r.lex.surnames and w not in r.lex.weak and nxt is not None and (
            nxt.word in r.posts or nxt.word in r.address) \
            and not (nxt.word[0] == w and prev is not None and is_han(prev.word)) \
            and not _state_initial(w, nxt.word, r.lex):
        end = nxt.end if nxt.word == "老" else s.tok.end
        return Match(s.tok.start, end, "PER", "per.surname-title"), s.i + 1
    return None


def _given_glued_to_deputy(r: _Reading, s: _Site) -> _Found:
    """韩 + 正副/b + 主席, 李 + 正副 + 市长: a surname, then the one-character given name the tagger glued to
    the 副 of the deputy's title after it (韩正 副主席); not after a word of many (各级正副主席: chairs and
    deputies)."""
    w, nxt = s.word, s.nxt
    after = r.tokens[s.i + 2] if s.i + 2 < len(r.tokens) else None
    if len(w) == 1 and w in r.lex.surnames and w not in r.lex.weak and nxt is not None and after is not None \
            and len(nxt.word) == 2 and nxt.word.endswith(_DEPUTY) and after.word in r.posts:
        return Match(s.tok.start, nxt.start + 1, "PER", "per.given-glued-to-deputy"), s.i + 1
    return None


_DEPUTY = "副"


# The rules of ``_tagged_names``, in the order they are tried at a token.
_NAME_STEPS: tuple[Callable[[_Reading, _Site], _Found], ...] = (
    _surname_title_word, _familiar, _untagged_in_context, _morpheme_surname, _japanese,
    _glued_word, _chinese_name, _surname_and_given, _translit_in_context, _surname_before_title,
    _given_glued_to_deputy)


def _a_post(title: str, rules: RuleSet) -> bool:
    """Whether a title ends in a post (市委书记, 副县长), not an occupation or rank (专家, 战士)."""
    table = roles(rules)
    return next((table[title[i:]].core for i in range(len(title)) if title[i:] in table), False)


class _AfterTitle(NamedTuple):
    """Token ``i`` right after ``title`` (past a note in brackets), where a rule of ``_after_titles`` is
    tried."""

    view: View
    tokens: tuple[Token, ...]
    lex: NameLexicon
    rules: RuleSet
    title: Mention
    i: int
    held: bool  # the title is the name's before it (贾宇 + 检察长)
    # a foreign name's first syllable read apart (布/nr + 朗德/nr; 安/v + 瓦尔/nrt)
    foreign_first: bool

    @property
    def tok(self) -> Token:
        return self.tokens[self.i]

    @property
    def nxt(self) -> Token | None:
        return self.tokens[self.i + 1] if self.i + 1 < len(self.tokens) else None


def _after_titles(
    view: View, tokens: tuple[Token, ...], titles: list[Mention], lex: NameLexicon, rules: RuleSet
) -> Iterator[Match]:
    """The name right after a title: 市委书记李理, 秘书长安南, 外交部长乔治·韦拉, 局长王经 + 中. The first
    rule of ``_AFTER_TITLE_STEPS`` that reads one gives it; past those of ``_GLUED_AFTER_TITLE_STEPS``, only
    at a token a name may start (:func:`_may_start_name`)."""
    if not titles:
        return
    by_start, by_end = _token_indexes(tokens)
    for t in titles:
        s = _after_title(view, tokens, t, lex, rules, by_start, by_end)
        if s is None:
            continue
        found = next((m for step in _GLUED_AFTER_TITLE_STEPS if (m := step(s)) is not None), None)
        if found is None and _may_start_name(s):
            found = next((m for step in _AFTER_TITLE_STEPS if (m := step(s)) is not None), None)
        if found is not None:
            yield found


def _after_title(view: View, tokens: tuple[Token, ...], t: Mention, lex: NameLexicon, rules: RuleSet,
                 by_start: dict[int, int], by_end: dict[int, int]) -> _AfterTitle | None:
    """The :class:`_AfterTitle` of title ``t``, or None where no token starts at its end."""
    n = len(tokens)
    i = by_start.get(view.to_view(t.end))
    if i is None:
        return None
    before = by_end.get(view.to_view(t.start))
    held = before is not None and tokens[before].tag in _NAME_TAGS  # 贾宇 + 检察长: the name's title
    if tokens[i].word in _OPENING and i + 1 < n:
        # 副县长（正处级）周密: a note on the post in brackets between the title and the name
        close = next((k for k in range(i + 1, min(i + 8, n)) if tokens[k].word in _CLOSING), None)
        if close is not None and close + 2 < n and tokens[close + 1].word in ("：", ":"):
            close += 1  # 执行主席（按姓氏笔画为序）：A
        if close is None or close + 1 >= n:
            return None
        i = close + 1
    elif tokens[i].word in _COLONS and i + 1 < n and _a_post(t.key or t.text, rules):
        i += 1  # 代区长：刘新学: a post over its holder in a list of posts (not 主持人 + ： + 谢谢)
    i = _past_honours(tokens, i, lex)
    tok = tokens[i]
    w = tok.word
    nxt = tokens[i + 1] if i + 1 < n else None
    foreign_first = (len(w) == 1 and w in lex.translit and nxt is not None and _is_translit(nxt.word, lex)
                     and (nxt.tag == "nrt" or nxt.tag in _NAME_TAGS and len(nxt.word) >= 3
                          and tok.tag not in _FUNCTION_TAGS))
    return _AfterTitle(view, tokens, lex, rules, t, i, held, foreign_first)


def _past_honours(tokens: tuple[Token, ...], i: int, lex: NameLexicon) -> int:
    """The token after the honours (people/cues ``honour``: 拿督斯里, 丹斯里 + 拿督) that start at token ``i``
    and end where a token does, when a token follows them; else ``i``."""
    k = i
    while k < len(tokens):
        words = ""
        end = next((j for j in range(k, min(k + 4, len(tokens)))
                    if (words := words + tokens[j].word) in lex.honours), None)
        if end is None or end + 1 >= len(tokens):
            break
        k = end + 1
    return k


def _joined_foreign_name(s: _AfterTitle) -> Match | None:
    """主席 + 和普京/nz: a foreign name after 和 (or another joining word) read with it."""
    lex, rules, tok = s.lex, s.rules, s.tok
    w = tok.word
    # (安/v + 瓦尔/nrt, 米/q + 舒斯京/nr: a first syllable read as a verb or a measure word)
    if (len(w) >= 3 and w[0] in lex.joins and _is_translit(w[1:], lex)
            and w[1:] not in place_names(rules).names):
        return Match(tok.start + 1, tok.end, "PER", "per.after-title")
    return None


def _double_surname_after_title(s: _AfterTitle) -> Match | None:
    """林/ng + 郑月/m + 娥/n: a name with two surnames (林郑月娥)."""
    double = _double_surname_name(s.tokens, s.i, s.lex)
    return None if double is None else Match(s.tok.start, double, "PER", "per.after-title")


def _surname_as_function_word(s: _AfterTitle) -> Match | None:
    """大使 + 于/p + 武真/nr: a surname the tagger read as a preposition, a verb or an adverb."""
    tokens, lex, rules, i, tok, nxt, t = s.tokens, s.lex, s.rules, s.i, s.tok, s.nxt, s.title
    w = tok.word
    if (len(w) == 1 and w in lex.surnames and tok.tag in ("p", "v", "d") and nxt is not None and not s.held
            and (nxt.tag in _NAME_TAGS and tok.tag == "p"
                 or _given_as_noun(tokens, i + 1, lex, tok.tag == "p") and _a_post(t.key or t.text, rules))
            and 1 <= len(nxt.word) <= 2 and is_han(nxt.word) and split_name(w + nxt.word, lex)):
        # 大使 + 于/p + 武真/nr: a surname the tagger read as a preposition; its given name read as a
        # noun or a place when the clause goes on after it (副区长 + 于/p + 珊/n + ，, 副主任 + 向/p +
        # 福建/ns + 参加); not after a title a name holds (贾宇检察长 + 向/p + 陈勇: a preposition).
        # Also a surname read as a verb or an adverb, its given name as a noun (党委书记 + 安/v + 鸿志/n
        # + 、, 科长 + 曾/d + 庆元/nz + 、), not as a name's piece (部长 + 蒙/v + 塔尔/nrt + 托: a
        # foreign name's first syllable)
        return Match(tok.start, nxt.end, "PER", "per.after-title")
    return None


def _given_glued_after(s: _AfterTitle) -> Match | None:
    """国务委员 + 宋/nr + 健在/v: a one-character given name glued to the word after it; to a verb of saying
    before a delimiter too (副主编 + 周/nr + 明说/v + ：), not to a word after a name (张 + 又说); the surname
    read as a measure word or a morpheme too when it is no common word (行长 + 张/q + 明说/v, 院长 + 刘/zg +
    明说/v)."""
    lex, tok, nxt = s.lex, s.tok, s.nxt
    w = tok.word
    if not (len(w) == 1 and w in lex.surnames and nxt is not None
            and (tok.tag in _NAME_TAGS or tok.tag in _MEASURE_TAGS | _MORPHEME_TAGS and w not in lex.weak)
            and len(nxt.word) == 2 and is_han(nxt.word[0]) and nxt.word[0] not in lex.not_names):
        return None
    after = s.tokens[s.i + 2].word if s.i + 2 < len(s.tokens) else "。"
    if nxt.word[1] in _GLUED_AFTER_TITLE or nxt.word[1] in _SPEECH and nxt.word[0] not in lex.next_word \
            and after[0] in _DELIMITERS | _OPEN_QUOTES:
        return Match(tok.start, nxt.start + 1, "PER", "per.after-title")
    return None


def _name_before_listed_body(s: _AfterTitle) -> Match | None:
    """副科长 + 夏光/nr + 地/uv + 天津医科大学 + … + 主任医师: in a list written with no punctuation (unit,
    title, name, unit, title, name), a name runs up to the place or body that opens the next item."""
    tokens, lex, i = s.tokens, s.lex, s.i
    names = place_names(s.rules).names
    for k in range(i + 1, min(i + 4, len(tokens))):
        body = tokens[k].word
        if not (tokens[k].tag == "nt" or any(body[:e] in names for e in range(2, len(body) + 1))):
            continue
        span = s.view.text[s.tok.start:tokens[k].start]
        # (演员 + 黄精/nr + 一/m + 宁夏回族自治区…: a numeral the tagger cut off is the name's last)
        numeral = tokens[k - 1].tag == "m" and tokens[k - 1].word in _NUMERALS and k - 1 > i
        if not (2 <= len(span) <= 4 and is_han(span) and span not in names
                and (span[-1] not in lex.next_word or numeral)
                and (split_name(span, lex) or len(span) == 3 and split_name(span[:2], lex)
                     or _is_translit(span, lex))
                and _next_item_titled(tokens, k, lex)):
            return None
        return Match(s.tok.start, tokens[k].start, "PER", "per.after-title")
    return None


def _next_item_titled(tokens: tuple[Token, ...], k: int, lex: NameLexicon) -> bool:
    """Whether a title follows token ``k`` before a delimiter or the line's end (the list's next item)."""
    for tok in tokens[k + 1:k + 12]:
        if tok.word[0] in _DELIMITERS or tok.word.isspace():
            return False
        if ends_in_title(tok.word, lex.titles):
            return True
    return False


# The rules of ``_after_titles`` tried first, whatever the tag of the token after the title.
def _three_read_apart(s: _AfterTitle) -> Match | None:
    """总经理助理 + 黄南/ns + 炬/g + 向/p, 矿长 + 高兴/b + 海/n + 介绍/v: a name of three whose first two
    characters the tagger read as a place or a distinguishing word (a weak surname's too: 高兴), or as a name
    before a character it does not know (何光 + 暐/x), and its third apart, before a verb or a preposition,
    after a title."""
    tokens, lex, i, tok, nxt = s.tokens, s.lex, s.i, s.tok, s.nxt
    w = tok.word
    # (何光 + 暐/x: a rare character, perhaps outside the common ideographs' block)
    unknown = nxt is not None and nxt.tag == _UNKNOWN_TAG and nxt.word.isalpha() and not nxt.word.isascii()
    if (len(w) == 2 and w[0] in lex.surnames
            and (tok.tag in _SPLIT_TWO_TAGS or unknown and tok.tag in _NAME_TAGS)
            and nxt is not None and len(nxt.word) == 1 and (nxt.tag in _SPLIT_THIRD_TAGS or unknown)
            and i + 2 < len(tokens) and tokens[i + 2].tag in _VERB_AFTER_SPLIT
            and (unknown or split_name(w + nxt.word, lex))):
        return Match(tok.start, nxt.end, "PER", "per.after-title")
    return None


def _name_read_as_function_word(s: _AfterTitle) -> Match | None:
    """副主席 + 赵地/uv + 手里, 局长 + 何光暐/v + 出席: a name no word of the tagger's dictionary that it
    read as a particle (its last character one: 地, 的) or as a verb of three characters, before a verb, a
    preposition, a place word or a delimiter, after a post's title."""
    lex, tok, nxt = s.lex, s.tok, s.nxt
    w = tok.word
    # (赵地: a name of two ending as a particle does, which split_name leaves out; 何光暐/v: a dictionary's)
    shaped = len(w) == 2 and tok.tag in _PARTICLE_TAGS and is_oov(w) \
        or len(w) == 3 and tok.tag in _NAME_AS_VERB and split_name(w, lex) is not None
    if (shaped and is_han(w) and w[0] in lex.surnames and w[0] not in lex.weak
            and w[-1] not in _SPEECH and w not in lex.not_names
            and nxt is not None and (nxt.tag in _AFTER_FUNCTION_NAME or nxt.word[0] in _DELIMITERS)
            and _a_post(s.title.text, s.rules)):
        return Match(tok.start, tok.end, "PER", "per.after-title")
    return None


# tags of a particle (地/uv, 的/uj) and of the word after a name read as one or as a verb
_PARTICLE_TAGS = frozenset({"uv", "uj", "ud", "ul", "uz", "ug"})
_AFTER_FUNCTION_NAME = frozenset({"v", "p", "s", "f"})

# tags of the first two characters of a name of three the tagger read as a place or a distinguishing word
# (黄南/ns + 炬, 高兴/b + 海), of its third read apart (a morpheme, a noun) and of the word after it
_SPLIT_TWO_TAGS = frozenset({"ns", "b"})
_SPLIT_THIRD_TAGS = frozenset({"g", "ng", "n"})
_VERB_AFTER_SPLIT = frozenset({"v", "p"})


def _undotted_minority_after_post(s: _AfterTitle) -> Match | None:
    """副主席 + 阿合/nr + 买/v + 提江/ns + 出席, 副书记 + 阿不都/d + 热合/v + 曼/nr + 、: a Uyghur, Tibetan or
    Mongolian name of four to six characters written without a dot, which the tagger cut into pieces of any
    tag, right after a post's title: its pieces of a transliteration's characters, up to a delimiter, a word
    that follows a name (出席, 说), a function word (在, 等) or a time (昨天). No place (巴音郭楞)."""
    tokens, lex, i = s.tokens, s.lex, s.i
    j, run = i, ""
    while j < len(tokens) and len(run) + len(tokens[j].word) <= _MAX_UNDOTTED \
            and _is_translit(tokens[j].word, lex, pieces=True):
        run, j = run + tokens[j].word, j + 1
    last = tokens[j - 1] if j > i else None
    if j - i < 2 or len(run) < _MIN_UNDOTTED or run in place_names(s.rules).names \
            or last is not None and len(last.word) == 1 and last.tag in _NOT_MINORITY_TAGS \
            or not _a_post(s.title.key or s.title.text, s.rules):
        return None  # (外交大臣 + 沃勒贝克 + 都/d: a lone adverb after a name is none of it)
    after = tokens[j].word if j < len(tokens) else "。"
    if not (after[0] in _DELIMITERS or after in _LIST_FUNCTION_WORDS or after in lex.cues_after
            or after[:2] in lex.cues_after or j < len(tokens) and tokens[j].tag in _SUBJECT_NEXT_TAGS):
        return None  # (+ 昨天/t, + 在/p: a time or a preposition after a clause's subject too)
    return Match(tokens[i].start, tokens[j - 1].end, "PER", "per.after-title")


# the lengths of an undotted minority name read across the tagger's pieces (阿合买提江, 克尤木巴吾东)
_MIN_UNDOTTED, _MAX_UNDOTTED = 4, 6


_GLUED_AFTER_TITLE_STEPS: tuple[Callable[[_AfterTitle], Match | None], ...] = (
    _undotted_minority_after_post, _three_read_apart, _name_read_as_function_word,
    _name_before_listed_body, _joined_foreign_name, _double_surname_after_title, _surname_as_function_word,
    _given_glued_after)


def _verb_name(s: _AfterTitle) -> bool:
    """主席 + 吴开财/v + ,: a name the tagger read as a verb, alone before a delimiter or 等."""
    lex, tok, nxt = s.lex, s.tok, s.nxt
    w = tok.word
    return (len(w) in (2, 3) and tok.tag in _NAME_AS_VERB and w[0] in lex.surnames
            and w[0] not in lex.weak and split_name(w, lex) is not None
            and w[:2] not in lex.cues_after and w[-1] not in _SPEECH and w not in lex.not_names
            and (len(w) == 3 or is_oov(w))
            and nxt is not None and (nxt.word[0] in _DELIMITERS or nxt.word == "等"))


def _may_start_name(s: _AfterTitle) -> bool:
    """Whether a name may start at the token after a title: one of the tags a name's start has, a foreign
    name's first syllable, a name read as a verb, or glued to 作 or 到 (市长 + 李建作/vn + 报告), or a surname
    the tagger read as a measure word or a morpheme (张/q + 民生, 刘/zg + 季平)."""
    lex, tok, nxt = s.lex, s.tok, s.nxt
    w = tok.word
    glued_verb = (len(w) == 3 and tok.tag in ("v", "vn") and w[-1] in _GLUED_VERB_AFTER_TITLE
                  and is_oov(w) and nxt is not None and nxt.word[0] not in _DELIMITERS)
    return not (tok.tag not in _AFTER_TITLE_TAGS and not (s.foreign_first or _verb_name(s) or glued_verb)
                and not (len(w) == 1 and w in lex.surnames and tok.tag in _MEASURE_TAGS | _MORPHEME_TAGS))


def _name_glued_to_verb(s: _AfterTitle) -> Match | None:
    """刘洪说, 张三在, 王跃华到, 苏嘎尔布作 (/ns), 崔世安今 tagged as one word: the name without the verb."""
    lex, tok, nxt = s.lex, s.tok, s.nxt
    w = tok.word
    if (len(w) in (3, 4) and w[-1] in _SPEECH or len(w) in (3, 4) and w[-1] in _GLUED_AFTER_TITLE
            or len(w) == 4 and w[-1] in lex.glued  # 崔世安今/nr + (17)晚: people/next_word_chars glued
            or len(w) == 3 and _glued_function_word(w, lex)  # 陈雁向/nr + 来宾, 吕鸿曾/nr + 在
            # 陈雁为/nr + 获奖者, 张震任/nr + 组长: a verb of _GLUED_VERB before what it takes (not 张有为 +
            # 出席: a name ending in it before a verb)
            or len(w) == 3 and w[-1] in _GLUED_VERB and is_oov(w) and nxt is not None
            and nxt.tag not in ("v", "x") and nxt.word[0] not in _DELIMITERS
            or len(w) in (3, 4, 5) and w[-1] in _GLUED_VERB_AFTER_TITLE and nxt is not None
            and nxt.word[0] not in _DELIMITERS and not nxt.word.isspace()
            and not _verb_after_name(nxt.word, lex)
            or len(w) == 3 and w[-1] == _COME and nxt is not None and nxt.word.startswith(_US)) \
            and (split_name(w[:-1], lex) or len(w) >= 4 and tok.tag not in _NAME_TAGS
                 and _is_translit(w[:-1], lex)) and w[0] not in lex.weak:
        return Match(tok.start, tok.end - 1, "PER", "per.after-title")
    return None


def _numeral_given(tokens: tuple[Token, ...], j: int, lex: NameLexicon) -> bool:
    """Whether token ``j``, a numeral of one character after a name of two (张建 + 一/m + 主持), is its
    last character: before a delimiter, a verb of two characters or a cue after a name, or a word it opens
    (一行, 主持会议)."""
    tok = tokens[j]
    if not (tok.tag == "m" and tok.word in _NUMERALS and j + 1 < len(tokens)):
        return False
    after = tokens[j + 1]
    return after.word[0] in _DELIMITERS or after.tag == "v" and len(after.word) >= 2 \
        or after.word in lex.cues_after or after.word[:2] in lex.cues_after \
        or _function_char(after, lex)  # (+ 主持会议/n, + 曾/d)


def _glued_function_word(w: str, lex: NameLexicon, named: bool = False) -> bool:
    """Whether ``w``, a word out of the tagger's dictionary (or, ``named``, one it tags as a name: 中曾/nrt),
    ends in a preposition, an adverb or a conjunction of ``people/next_word_chars`` ``glued`` (向, 曾, 则, 也,
    并) that the tagger glued to a name of two: 陈雁向 + 来宾, 吕鸿曾 + 在, 刘国 + 中曾/nrt + 在 (not 之 nor
    让, which end names: 邹静之, 王怀让)."""
    return w[-1] in lex.glued and dict_tag(w[-1]) in _FUNCTION_TAGS | {"d"} and (named or is_oov(w))


def _name_of_its_word(s: _AfterTitle) -> Match | None:
    """A Chinese name the tagger reads as a word (李理), or a short one it tags, with what the tagger split
    from it (王经 + 中, 王海 + 进说, 柯依舍 + 巴耶夫)."""
    tokens, lex, rules, i, tok, nxt, t = s.tokens, s.lex, s.rules, s.i, s.tok, s.nxt, s.title
    n, w = len(tokens), tok.word
    if not ((split_name(w, lex) or _tagged_short_name(tok, nxt, lex))
            and w[0] not in lex.weak and w not in lex.compound and w not in lex.not_names
            and not (_common_two(tok, _a_post(t.key or t.text, rules) or t.text.endswith(_REPORTERS))
                     and not (nxt is not None and len(nxt.word) == 1 and is_han(nxt.word)))):
        return None
    end, dotted = _dotted_end(tokens, i, lex)
    compound_three = len(w) == 3 and w[:2] in lex.compound
    if (end == tok.end and (len(w) == 2 or compound_three) and nxt is not None
            and len(nxt.word) == 1 and is_han(nxt.word)
            and (nxt.tag in _GIVEN_AFTER_TITLE_TAGS or _last_before_delimiter(tokens, i + 1, lex)
                 or i + 2 < n and nxt.tag == "v" and nxt.word not in _CLAUSE_FUNCTION
                 and (tokens[i + 2].tag == "t" or tokens[i + 2].word in _ADDRESS_AFTER_NAME)
                 or _numeral_given(tokens, i + 1, lex))
            and (len(w) == 2 or _name_ends(tokens, i + 2))):
        end = nxt.end  # a given name split by the tagger: 王经 + 中, 欧阳明 + 霞, 李家 + 超/v + 昨日
    elif (end == tok.end and len(w) == 2 and nxt is not None and len(nxt.word) == 2
          and is_han(nxt.word[0])
          and (nxt.word[1] in _GLUED_TO_PIECE
               or nxt.word[1] in _GLUED_LAST and is_oov(nxt.word) and nxt.word[0] not in lex.glued
               or _glued_function_word(nxt.word, lex, nxt.tag in _NAME_TAGS))):
        # 王海 + 进说, 张大 + 丽率: the last character glued to 说 (等; 率 in no word: not 担任; 韦耀 + 中曾:
        # an adverb or preposition in no word); before a glued 任, 为 or 率 not a character of the clause's
        # function words (people/next_word_chars flag glued: 韩俊 + 已任 is 韩俊, who 已任)
        end = nxt.start + 1
    elif (end == tok.end and len(w) == 2 and nxt is not None and len(nxt.word) == 2
          and is_han(nxt.word[0]) and nxt.word[1] == _AT and nxt.word not in lex.date_verbs
          and nxt.word[0] not in lex.next_word and i + 2 < n and _a_date(tokens[i + 2])):
        end = nxt.start + 1  # 王建 + 强于/v + 昨天, 李明 + 高于 + 1月5日: the last character glued to
        # the 于 of a date (not 强于 + 对手: stronger than)
    elif (end == tok.end and len(w) == 3 and w[1] in lex.surnames and nxt is not None
          and len(nxt.word) == 2 and is_han(nxt.word[0]) and nxt.word[1] == _AT and i + 2 < n
          and tokens[i + 2].tag == "t" and not tokens[i + 2].word[:1].isdigit()
          and tokens[i + 2].word[:1] not in DIGITS):
        end = nxt.start + 1  # 陈方安/nr + 生于/v + 今日: a name of two surnames (a married woman's in Hong
        # Kong) whose last character is glued to the 于 of a time word, a date verb's too (生于 + 今日 is
        # no birth; 生于 + 1950年 is)
    elif (end == tok.end and len(w) == 2 and nxt is not None and len(nxt.word) == 2
          and nxt.word[1] in lex.joins and nxt.tag != "c" and is_han(nxt.word[0]) and i + 2 < n
          and (tokens[i + 2].word in lex.titles or tokens[i + 2].tag in _NAME_TAGS)):
        end = nxt.start + 1  # 郭建 + 民和 + 副总裁: the last character glued to the 和 of a list (not
        # 以及/c)
    elif (end == tok.end and len(w) >= 3 and _is_translit(w, lex) and nxt is not None
          and nxt.tag in _NAME_TAGS and len(nxt.word) >= 2
          and _is_translit(nxt.word, lex, pieces=True)):
        end = nxt.end  # 柯依舍 + 巴耶夫: a foreign name in two pieces, the first like a Chinese name
    elif (end == tok.end and len(w) == 2 and nxt is not None and len(nxt.word) == 2
          and nxt.tag in _SPLIT_MINORITY_TAGS and _is_translit(w + nxt.word, lex)
          and _name_ends(tokens, i + 2)):
        end = nxt.end  # 白玛/nr + 赤林/ns + ,: a Tibetan name in two pieces, the second a place
    elif (end == tok.end and len(w) >= 3 and _is_translit(w, lex) and nxt is not None
          and nxt.word in lex.translit and _last_before_delimiter(tokens, i + 1, lex, verb=True)):
        end = nxt.end  # 马尔加 + 多/m + 、: a foreign name's last character before a delimiter
    elif (end != tok.end and dotted < n and tokens[dotted].word in lex.translit
          and _last_before_delimiter(tokens, dotted, lex, verb=True)):
        end = tokens[dotted].end  # 路易斯·卡尔 + 沃/nr + 、: the same after a middle dot
    return Match(tok.start, end, "PER", "per.after-title")


def _surname_two_and_third(s: _AfterTitle) -> Match | None:
    """李家/nrfg + 滨/ns: a name of two and its third character read apart."""
    tokens, lex, i, tok, nxt = s.tokens, s.lex, s.i, s.tok, s.nxt
    w = tok.word
    if (len(w) == 2 and w[0] in lex.surnames and w[0] not in lex.weak
            and (tok.tag in _NAME_TAGS or tok.tag == "n" and _last_before_delimiter(tokens, i + 1, lex))
            and nxt is not None and len(nxt.word) == 1 and is_han(nxt.word)
            and (nxt.tag in _GIVEN_AFTER_TITLE_TAGS or _last_before_delimiter(tokens, i + 1, lex))
            and split_name(w + nxt.word, lex) and _name_ends(tokens, i + 2)):
        # 李家/nrfg + 滨/ns: a tagged name whose last character often ends a noun, and its third; also
        # an untagged one before a delimiter (杜家/n + 毫/m + ,)
        return Match(tok.start, nxt.end, "PER", "per.after-title")
    return None


def _compound_or_weak_surnames_name(s: _AfterTitle) -> Match | None:
    """欧阳/ns + 晓红, 高扬 + 帆: the name of a compound or weak surname, in two pieces."""
    tokens, lex, i, tok, nxt = s.tokens, s.lex, s.i, s.tok, s.nxt
    w = tok.word
    if (len(w) == 2 and (w in lex.compound or w[0] in lex.weak) and nxt is not None
            and is_han(nxt.word) and len(w) + len(nxt.word) in (3, 4) and nxt.word not in lex.not_names
            and nxt.word not in _CLAUSE_FUNCTION and not _function_char(nxt, lex)
            # (方瑾 + 到/v + 东方公司: a verb of people/next_word_chars before what it takes; but 代侃 + 让/v
            # + 同志, before a delimiter, a title or a form of address, is the name's)
            and not (nxt.word in lex.glued and nxt.tag == "v" and i + 2 < len(tokens)
                     and tokens[i + 2].word not in lex.titles and tokens[i + 2].word[0] not in _DELIMITERS)
            and split_name(w + nxt.word, lex) and (_name_ends(tokens, i + 2) or tokens[i + 2].tag == "u")):
        # 欧阳/ns + 晓红, 高扬 + 帆: a compound or weak surname's name, whole up to a delimiter, a verb
        # or a particle (欧阳 + 莉/nrt + 等/u), its last no particle or function word (not 领导 + 全国 +
        # 的, 设计师 + 方面 + 的)
        return Match(tok.start, nxt.end, "PER", "per.after-title")
    return None


def _weak_surnames_name(s: _AfterTitle) -> Match | None:
    """董事长 + 方威/n + 一行: a weak surname's name of two, no word of the tagger's dictionary."""
    lex, tok, nxt = s.lex, s.tok, s.nxt
    w = tok.word
    if (len(w) == 2 and w[0] in lex.weak and tok.tag in _WEAK_NAME_TAGS and is_oov(w)
            and split_name(w, lex) and (_clause_goes_on(nxt, lex) or nxt is not None and nxt.tag == "m")):
        # 董事长 + 方威/n + 一行: a weak surname's name of two, no word of the tagger's dictionary, up to
        # the rest of its clause
        return Match(tok.start, tok.end, "PER", "per.after-title")
    return None


def _common_word_name(s: _AfterTitle) -> Match | None:
    """副县长 + 周密/nr + 参加: a name that is a common word too, tagged a name after a post's title."""
    lex, rules, tok, nxt, t = s.lex, s.rules, s.tok, s.nxt, s.title
    w = tok.word
    if ((tok.tag in _CHINESE_NAME_TAGS or tok.tag == "ns" and w not in place_names(rules).names)
            and _name_shaped(w, lex) and not (len(w) == 2 and w[0] == w[1])
            and nxt is not None
            and (nxt.tag in _AFTER_NAME_IN_CLAUSE or nxt.word in lex.cues_after)
            and _a_post(t.key or t.text, rules)):
        # 副县长 + 周密/nr + 参加, 县长 + 高峰/nr + 带队: a name the tagger tags right after a post's
        # title (not an occupation's: 专家 + 盛赞), before a verb or a delimiter, though the word is a
        # common one too (周密, 高峰, 常青); no word of one character doubled (总书记 + 殷殷 + 嘱托)
        return Match(tok.start, tok.end, "PER", "per.after-title")
    return None


def _foreign_name_in_pieces(s: _AfterTitle) -> Match | None:
    """大使 + 莱/ns + 尼亚/ns + 等: a foreign name the tagger cut into places and measure words."""
    run = _translit_run(s.tokens, s.i, s.lex, place_names(s.rules).names)
    if run is not None:
        # 大使 + 莱/ns + 尼亚/ns + 等, 国务秘书 + 菲/ns + 赫里/q + 就: a foreign name the tagger cut into
        # pieces of places and measure words, whole up to the rest of its clause
        return Match(s.tok.start, s.tokens[run - 1].end, "PER", "per.after-title")
    return None


def _foreign_name_after_title(s: _AfterTitle) -> Match | None:
    """乔治·韦拉: a foreign name, with the pieces, the dot, the ordinal or the last syllable the tagger cut
    from it."""
    tokens, lex, i, tok, nxt = s.tokens, s.lex, s.i, s.tok, s.nxt
    n, w, foreign_first = len(tokens), tok.word, s.foreign_first
    if not (_is_translit(w, lex) or (tok.tag == "nrt" and 3 <= len(w) <= _MAX_FOREIGN and is_han(w)) or (
            len(w) == 1 and w in lex.translit and (tok.tag in _NAME_TAGS or foreign_first)
            and nxt is not None and nxt.tag in _NAME_TAGS and _is_translit(nxt.word, lex))):
        return None
    # 乔治·韦拉 (or a word of three characters or more the tagger tags as foreign, whatever its
    # characters: X多文科/nrt); a Mongolian or Tibetan name the tagger cut into pieces: 布仁 + 其 +
    # 木格; a foreign name's first syllable cut off (布/nr + 朗德/nr)
    end, j = _dotted_end(tokens, i, lex)
    if end == tok.end and (tok.tag in _NAME_TAGS or foreign_first):
        while j < n and j < i + 6:
            piece = tokens[j]
            if piece.word in _DOT and j + 1 < n and _is_translit(tokens[j + 1].word, lex):
                end, j = tokens[j + 1].end, j + 2  # 阿尔贝 + 雷德 + · + 桑托斯: a dot joins
            elif piece.tag not in _NOT_MINORITY_TAGS and _is_translit(piece.word, lex, pieces=True):
                end, j = tokens[j].end, j + 1
            else:
                break
    if end == tokens[j - 1].end and j < n and _REGNAL.fullmatch(tokens[j].word):
        end = tokens[j].end  # 哈桑 + 二世: a monarch's ordinal
    elif end == tokens[j - 1].end and j < n and tokens[j].word in lex.translit \
            and _last_before_delimiter(tokens, j, lex, verb=True):
        end = tokens[j].end  # 德尔加 + 多/m + 、, 蒙塔尔 + 托/v + ,: its last character
    elif (end == tokens[j - 1].end and j < n and len(tokens[j].word) == 2
          and tokens[j].word[0] in lex.translit and tokens[j].word[1] in _GLUED_TO_PIECE):
        end = tokens[j].start + 1  # 卡拉 + 申说: the last syllable glued to 说
    return Match(tok.start, end, "PER", "per.after-title")


def _tagged_after_post(s: _AfterTitle) -> Match | None:
    """总理 + 若斯潘/nr + 说: a word tagged a name right after a post's title, before a verb; also one of
    three characters or more tagged a place the gazetteer does not know (总理 + 乌叶海亚/ns + 11日)."""
    lex, rules, tok, nxt, t = s.lex, s.rules, s.tok, s.nxt, s.title
    w = tok.word
    if ((tok.tag in _NAME_TAGS or tok.tag in _PLACE_TAGS and len(w) >= _MIN_UNKNOWN_PLACE_NAME)
            and 2 <= len(w) <= _MAX_FOREIGN and is_han(w) and w not in lex.not_names
            and w not in lex.titles and w not in place_names(rules).names and w[0] not in _GLUED_BEFORE
            and nxt is not None and (nxt.tag in _AFTER_NAME_IN_CLAUSE | _TIME_OR_PARTICLE_TAGS
                                     or nxt.word in lex.cues_after or nxt.word in lex.joins
                                     or _DAY.match(s.view.text, tok.end))
            and not (len(nxt.word) == 1 and nxt.word in lex.translit and nxt.word not in lex.joins)
            and _a_post(t.key or t.text, rules)):
        # 副主席 + 伯瑞恩/nr + 同日, 总理 + 若斯潘/nr + 说: a word the tagger tags a name right after a
        # post's title, though no surname starts it nor are all its characters a transliteration's,
        # before a verb, a time (总统 + 塞迪略/nr + 7日), a particle or a delimiter (not a piece of a name
        # before one more syllable: 部长 + 阿达米/nrt + 申; nor a preposition glued before it: 总理 +
        # 对桑特/nr), or a list's conjunction (第一首相 + 拉那烈/nr + 和 + 第二首相). A foreign name the
        # tagger reads as a place no gazetteer holds (总理 + 乌叶海亚/ns + 11日) is one too, of three
        # characters or more (a place's name of two right after a title is too often a word of the clause)
        return Match(tok.start, tok.end, "PER", "per.after-title")
    return None


def _surname_and_given_after_title(s: _AfterTitle) -> Match | None:
    """李 + 微微/d, 邓/nr + 湲/zg: a surname and its given name read apart."""
    tokens, lex, i, tok, nxt = s.tokens, s.lex, s.i, s.tok, s.nxt
    n, w = len(tokens), tok.word
    if not (len(w) == 1 and w in lex.surnames and nxt is not None and is_han(nxt.word)
            and 1 <= len(nxt.word) <= 2 and nxt.word not in lex.not_names
            and (nxt.tag in _AFTER_TITLE_TAGS  # (or a doubled given name read as an adverb: 李 + 微微/d)
                 or len(nxt.word) == 2 and nxt.word[0] == nxt.word[1] and tok.tag in _NAME_TAGS
                 # (or a rare character read as a morpheme before a delimiter: 邓/nr + 湲/zg + ,)
                 or len(nxt.word) == 1 and nxt.tag in _MORPHEME_TAGS and tok.tag in _NAME_TAGS
                 and nxt.word not in _CLAUSE_FUNCTION and i + 2 < n
                 and tokens[i + 2].word[0] in _DELIMITERS)
            and (tok.tag in _AFTER_TITLE_TAGS or nxt.word not in lex.titles)):
        return None
    end = nxt.end
    if i + 2 < n and tokens[i + 2].tag == "nrt" and _is_translit(w + nxt.word, lex) \
            and _is_translit(tokens[i + 2].word, lex, pieces=True):
        end = tokens[i + 2].end  # 沙/nr + 利卡/n + 什维利/nrt: a foreign name in three pieces
    return Match(tok.start, end, "PER", "per.after-title")


def _given_read_as_verb(s: _AfterTitle) -> Match | None:
    """洪/nr + 自强/v + delimiter: a given name the tagger read as a verb, the clause ending after it, a
    verb that follows a name (people/cues ``after``) opening the rest or a title or form of address after
    the name (主席 + 张/q + 为民/v + 带队: the surname read as a measure word or a morpheme too, 刘/zg +
    为民/v; 局长 + 陈/nr + 肇始/v + 教授)."""
    tokens, lex, i, tok, nxt = s.tokens, s.lex, s.i, s.tok, s.nxt
    n, w = len(tokens), tok.word
    if (len(w) == 1 and w in lex.surnames and w not in lex.weak
            and tok.tag in _NAME_TAGS | _MEASURE_TAGS | _MORPHEME_TAGS
            and nxt is not None and len(nxt.word) == 2 and is_han(nxt.word) and nxt.tag == "v"
            and nxt.word not in lex.cues_after and nxt.word not in lex.not_names
            and nxt.word[1] not in _SPEECH
            and (i + 2 >= n or tokens[i + 2].word[0] in _DELIMITERS or tokens[i + 2].word.isspace()
                 or tokens[i + 2].word in lex.cues_after
                 or tokens[i + 2].word in lex.titles  # (局长 + 陈/nr + 肇始/v + 教授)
                 or _idiom(tokens[i + 2]))):  # (书记 + 陈/nr + 建新/v + 轻车简从/i)
        return Match(tok.start, nxt.end, "PER", "per.after-title")
    return None


def _idiom(tok: Token) -> bool:
    """A set phrase of four characters (the tagger's i or l: 轻车简从, 高度重视), the manner or the act a
    sentence goes on with after its subject's name."""
    return len(tok.word) == 4 and tok.tag in ("i", "l") and is_han(tok.word)


def _given_common_word(s: _AfterTitle) -> Match | None:
    """县长 + 蔺/nr + 红军/n + 率: a given name that is a common word, a cue or a delimiter after it."""
    tokens, lex, i, tok, nxt = s.tokens, s.lex, s.i, s.tok, s.nxt
    n, w = len(tokens), tok.word
    if (len(w) == 1 and w in lex.surnames and w not in lex.weak and nxt is not None
            and len(nxt.word) == 2 and is_han(nxt.word) and nxt.word not in lex.cues_after
            and nxt.word not in lex.titles and nxt.word[1] not in _SPEECH and i + 2 < n
            and (tok.tag in _NAME_TAGS and (tokens[i + 2].word in lex.cues_after
                                            or tokens[i + 2].word in _GLUED_TO_NAME
                                            or tokens[i + 2].word[0] in _DELIMITERS
                                            or tokens[i + 2].word[0] in "(（"
                                            or _idiom(tokens[i + 2]))
                 or tokens[i + 2].word in _ADDRESS)):
        # 县长 + 蔺/nr + 红军/n + 率 (or a delimiter), 书记 + 黄/a + 治平/v + 同志: a given name that is a
        # common word, a cue or a delimiter after it
        return Match(tok.start, nxt.end, "PER", "per.after-title")
    return None


def _name_read_as_verb(s: _AfterTitle) -> Match | None:
    """主席 + 吴开财/v + ,: a name the tagger read as a verb alone before a delimiter (:func:`_verb_name`)."""
    return Match(s.tok.start, s.tok.end, "PER", "per.after-title") if _verb_name(s) else None


def _given_read_as_adverb(s: _AfterTitle) -> Match | None:
    """秘书长 + 许/m + 立新/d + 出席会议: a given name the tagger read as an adverb."""
    tokens, lex, i, tok, nxt = s.tokens, s.lex, s.i, s.tok, s.nxt
    n, w = len(tokens), tok.word
    if (len(w) == 1 and w in lex.surnames and w not in lex.weak and nxt is not None
            and len(nxt.word) == 2 and is_han(nxt.word) and nxt.tag == "d"
            and nxt.word not in lex.not_names and i + 2 < n
            and (tokens[i + 2].tag in ("v", "p", "l") or tokens[i + 2].word in lex.cues_after
                 or tokens[i + 2].word in _LIST_COMMAS or tokens[i + 2].word in lex.titles)):
        # 秘书长 + 许/m + 立新/d + 出席会议, 副市长 + 刘/zg + 立新/d + 在: a given name the tagger read as
        # an adverb, a verb, a preposition, a list's comma or a rank after it (武官 + 王 + 立新/d + 少将)
        return Match(tok.start, nxt.end, "PER", "per.after-title")
    return None


# The rules of ``_after_titles`` tried, in order, at a token a name may start (:func:`_may_start_name`).
_AFTER_TITLE_STEPS: tuple[Callable[[_AfterTitle], Match | None], ...] = (
    _name_glued_to_verb, _name_of_its_word, _surname_two_and_third, _compound_or_weak_surnames_name,
    _weak_surnames_name, _common_word_name, _foreign_name_in_pieces, _foreign_name_after_title,
    _tagged_after_post, _surname_and_given_after_title, _given_read_as_verb, _given_common_word,
    _name_read_as_verb, _given_read_as_adverb)


# One-character words that start what follows a name of three characters after a post's title (局长王家波 +
# 及, 主任沈中林 + 率, 书记叶子弘 + 、): a delimiter, a conjunction, a preposition or a cue verb
_AFTER_THREE = _DELIMITERS | frozenset(" \u3000\n\t（(“《") \
    | frozenset("等及和与率带在将到为任说也同对向从于的以")
# ... after the title of an occupation (记者, 研究员, 教授), which names fewer people: a delimiter, a line's
# end or a bracket
_AFTER_THREE_OCCUPATION = _DELIMITERS | frozenset("\n（(")
# tags of a word of the tagger's dictionary that the characters of a name do not start after a title
# (代表/v, 高度/d, 方便/a)
_NOT_NAME_START_TAGS = frozenset({"v", "vd", "vn", "d", "ad", "a", "p", "c", "u", "t", "i", "l"})


def _three_after_titles(view: View, tokens: tuple[Token, ...], titles: list[Mention], lex: NameLexicon,
                        rules: RuleSet) -> Iterator[Match]:
    """A name of three characters right after a post's title, read from its characters whatever pieces the
    tagger cut it into (rule ``per.after-title``): a surname (a weak one with no word of the tagger's
    dictionary in the name: not 特使 + 时强调), two characters of given name
    that start no word of their own after a name (``people/next_word_chars``; 之 may end a name: 张润之),
    then a delimiter, a conjunction, a preposition or a cue (书记 + 叶子/nr + 弘/zg + ，, 副局长 + 王家/n +
    波及/ns, 常务副市长 + 崔旺率/nr, 副区长 + 江存富 in 副区/n + 长江/ns + 存富/n). Not when a word of the
    tagger's that is no name starts at the surname (主任 + 代表/v + 大会)."""
    text = view.text
    by_start = _token_indexes(tokens)[0]
    for t in titles:
        p = view.to_view(t.end)
        p += text[p:p + 1] in _COLONS and _a_post(t.key or t.text, rules)  # (代区长 + ： + 刘新学)
        s = text[p:p + 5]
        if len(s) < 4:
            continue
        # a weak surname with words of the tagger's dictionary after it (特使 + 时强调), one of context
        # starting a common word (主任 + 代表)
        weak_given = (s[0] in lex.context and not _context_start(s[:2])) or (
            s[0] in lex.weak - lex.context
            and not (is_oov(s[:2]) and (is_oov(s[1:3]) or dict_tag(s[1:3]) in _NAME_TAGS)))
        # the next item of a list run together with no delimiter starts with a province (副院长赖嘉第 +
        # 青海花儿艺术团团长马俊)
        province = text.startswith(_provinces(rules), p + 3)
        if (s[0] not in lex.surnames or weak_given or not is_han(s[:3])
                or (s[1] in lex.next_word or s[2] in lex.next_word and s[2] != "之")
                # (a verb of motion that may end a clause, before 、, which joins names: 会长李群来、)
                and not (s[3] in _DELIMITERS and s[2] not in _GLUED_TO_PIECE
                         and (s[2] not in lex.clause_end or s[3] == _LIST_COMMA) and is_oov(s[1:3]))
                and not (_verb_at(text, p + 3, lex.cues_after) and _untagged_pair(p, by_start, tokens))
                # (院长 + 王春和 + 致辞: a list's conjunction right before a name's verb joins nothing; not
                # 与 + 主持人/n)
                and not (s[2] in lex.joins and s[1] not in lex.next_word and p + 3 in by_start
                         and tokens[by_start[p + 3]].word in lex.cues_after)
                and not _given_word(p, s, by_start, tokens, lex)
                and not _given_end(text, p, by_start, tokens, lex)
                or s[:3] in lex.not_names or s[:2] in lex.titles or s[1:3] in lex.titles
                or s[2:4] in lex.ranks  # (副司令员朱启 + 少将: a two-character name before a rank)
                or (s[2] in lex.endings and s[2] != "人" and s[3:5] not in lex.ranks
                    and not _name_before_ending(p, s, by_start, tokens))  # (not 政委姜福堂 + 中将)
                # (保安 + 门卫室; but 社长 + 王启人, 主任 + 孙殿/nr + 镇 + ，)
                or not (s[3] in _AFTER_THREE or any(text.startswith(c, p + 3) for c in lex.cues_after)
                        # (经理林皎明 + 曾 + 在, + 则 + 强调: an adverb of people/next_word_chars)
                        or s[3] in lex.next_word and dict_tag(s[3]) == "d"
                        # (副议长金起永 + 分别 + 介绍: an adverb of two characters of the tagger's)
                        or dict_tag(s[3:5]) == "d"
                        or any(s.startswith(c, 3) for c in lex.cues_before)  # (副区长江存富 + 陪同)
                        or s[3:5] in lex.ranks  # (副部长陈国祖 + 上将: people/ranks)
                        or _given_end(text, p, by_start, tokens, lex) or province)
                or any(s.startswith(c, 1) for c in lex.cues_after)  # (市长 + 李 + 表示)
                or not (s[3] in _AFTER_THREE_OCCUPATION or province or _a_post(t.key or t.text, rules))):
            continue
        i = by_start.get(p)
        if i is not None and tokens[i].tag in _NOT_NAME_START_TAGS and (
                len(tokens[i].word) >= 2 and not is_oov(tokens[i].word)
                or tokens[i].tag in _FUNCTION_TAGS | {"d"}) \
                and not (len(tokens[i].word) == 2 and _verb_at(text, p + 3, lex.cues_after)) \
                and not _noun_after_adverb(i, p, s, tokens, lex):
            continue  # (主任 + 代表/v + 大会, 部长 + 曾/d + 表示; not 副书记 + 喻在/p + 岗 + 参加,
            # 董事长 + 尚/d + 新春/ns + 等)
        if s[3] not in _DELIMITERS and not is_oov(s[2:4]) and dict_tag(s[2:4]) in _NOT_NAME_TAGS:
            continue  # (书记汤杰 + 陪同, 巡视员李慧 + 谈及: the third character starts a verb)
        yield Match(p, p + 3, "PER", "per.after-title")


def _name_before_ending(p: int, s: str, by_start: dict[int, int], tokens: tuple[Token, ...]) -> bool:
    """Whether the tagger reads the surname at view offset ``p`` and the character after it as a name and
    the third, a place's or a body's last character (镇, 湖: ``people/not_name_endings``), as a word alone
    before a delimiter (主任 + 孙殿/nr + 镇 + ，): a given name's last character, for a place or a body
    after a title goes on with its own title or unit (主任 + 王家镇 + 镇长)."""
    i = by_start.get(p)
    return i is not None and tokens[i].tag in _NAME_TAGS and tokens[i].end == p + 2 and s[3] in _DELIMITERS \
        and i + 1 < len(tokens) and tokens[i + 1].end == p + 3


def _noun_after_adverb(i: int, p: int, s: str, tokens: tuple[Token, ...], lex: NameLexicon) -> bool:
    """Whether the surname at view offset ``p``, which the tagger reads as an adverb (尚/d, 曾/d), has a noun
    of two characters after it that a delimiter, a list's conjunction or its closer ends (董事长 + 尚/d +
    新春/ns + 等): a surname and a given name, for an adverb goes on with a verb (部长 + 曾/d + 表示)."""
    return len(tokens[i].word) == 1 and tokens[i].tag == "d" and i + 1 < len(tokens) \
        and tokens[i + 1].end == p + 3 and tokens[i + 1].tag in _GIVEN_AS_NOUN_TAGS \
        and (s[3] in _DELIMITERS or s[3] in _LIST_JOINS or s[3] == _LIST_CLOSER)


def _given_word(p: int, s: str, by_start: dict[int, int], tokens: tuple[Token, ...], lex: NameLexicon
                ) -> bool:
    """Whether the two characters after a surname the tagger reads as a name at view offset ``p`` are one
    word of the tagger's, no function word nor one ending in a word after a name, that a delimiter or a
    list's conjunction ends (副总经理 + 王/nr + 从权/v + 及): a given name, though its first character
    starts words after a name elsewhere (王 + 从 + 北京; not 老师 + 谈/v + 一下/m, 副主编 + 周 + 明说)."""
    i, j = by_start.get(p), by_start.get(p + 1)
    return i is not None and j is not None and tokens[i].tag in _NAME_TAGS and tokens[j].end == p + 3 \
        and tokens[j].tag not in _NOT_GIVEN_WORD_TAGS and s[2] not in lex.next_word \
        and s[3] in _DELIMITERS | _LIST_JOINS


def _given_end(text: str, p: int, by_start: dict[int, int], tokens: tuple[Token, ...], lex: NameLexicon
               ) -> bool:
    """Whether the third character after a surname at view offset ``p`` is an adverb or a conjunction that
    commonly ends a given name (``people/next_word_chars`` ``given``: 刚, 才, 和; the second may be one too:
    杜同和) and a delimiter, a list's conjunction standing alone, a verb of two characters that follows a
    name or meets someone, or a preposition of two comes next (秘书长王立 + 刚/d + 出席, 主任王立 + 刚/d +
    关于/p, 局长林庆 + 和/c + 会见): after a title the three are a name, not a name of two and an adverb
    or a conjunction (not 市长王强 + 刚 + 到任, 市长李明 + 和 + 与会代表)."""
    s = text[p:p + 4]
    i = by_start.get(p + 3)
    return len(s) == 4 and s[2] in lex.given_ends and (s[1] not in lex.next_word or s[1] in lex.given_ends) \
        and (s[3] in _DELIMITERS or _verb_at(text, p + 3, lex.cues_after)
             or _verb_at(text, p + 3, lex.cues_before)
             or i is not None and (tokens[i].tag == "p" and len(tokens[i].word) >= 2
                                   or s[3] in _LIST_JOINS and len(tokens[i].word) == 1))


# tags of a word that is no given name after a surname (一下/m, 从而/c)
_NOT_GIVEN_WORD_TAGS = frozenset({"p", "c", "u", "uj", "ul", "d", "m", "q", "r", "f", "x"})


@per_rules
def _foreign_states(rules: RuleSet) -> frozenset[str]:
    """The gazetteer's countries other than China, by their names and short names (老挝, 印尼)."""
    gaz = place_names(rules).gaz
    return frozenset(n for p in gaz.places if p.level == "country" and p.name != "中国"
                     for n in (p.name, *p.short) if len(n) >= 2)


# where a foreign state's envoy serves and his mission, between the state and the title (驻华, 驻沪,
# 大使馆, 驻华使馆副馆长)
_ENVOY_SEAT = re.compile(r"(?:驻[\u4e00-\u9fff]{1,4}?)?(?:大使馆|使馆|总领事馆|领事馆)?$")
# a foreign envoy's name after the title: up to a delimiter, a form of address or the verb after it
_ENVOY_NAME = re.compile(r"([\u4e00-\u9fff·•]{2,8}?)(?=[、，,。；;（(]|阁下|先生|女士|夫妇|和|及|等|对|在)")


def _foreign_envoys(view: View, titles: list[Mention], found: list[Match], lex: NameLexicon, rules: RuleSet
                    ) -> Iterator[Match]:
    """The name right after a foreign state's envoy's title (老挝大使坎葆、, 印尼驻沪总领事邯伯盼、,
    奥地利驻华大使馆公使菲嘉贝对; rule ``per.after-title``): a transliteration the tagger reads as any
    word, up to a delimiter, a form of address or a preposition, holding no title, place or cue; where no
    other rule found a name (朱昌骏 + 今天晚上)."""
    text = view.text
    named = {m.start for m in found}
    envoys = set(post_words(rules)["envoy-post"])
    states = _foreign_states(rules)
    names = place_names(rules).names
    for t in titles:
        if (t.key or t.text) not in envoys:
            continue
        start, end = view.to_view(t.start), view.to_view(t.end)
        if end in named or text[end:end + 1] in lex.next_word:
            continue  # (总领事 + 的太极拳法)
        seat = _ENVOY_SEAT.search(text, max(0, start - _MAX_ENVOY_BEFORE), start)
        before = text[max(0, start - _MAX_ENVOY_BEFORE):seat.start() if seat is not None else start]
        if not any(before.endswith(s) for s in states):
            continue
        m = _ENVOY_NAME.match(text, end)
        if m is None:
            continue
        name = m.group(1)
        # (王古文 + 出席。: the name ends where a verb that follows names starts)
        name = next((name[:k] for k in range(2, len(name))
                     if any(name.startswith(c, k) for c in lex.cues_after)), name)
        if name in names or any(w in name for w in lex.titles if len(w) >= 2) \
                or any(name.startswith(c) for c in lex.cues_after):
            continue
        yield Match(end, end + len(name), "PER", "per.after-title")


_MAX_ENVOY_BEFORE = 16


def _met_when(view: View, titles: list[Mention], found: list[Match], lex: NameLexicon, rules: RuleSet
              ) -> Iterator[Match]:
    """The name between a post's title and the 时 of a meeting's words (rule ``per.after-title``: 李鹏在会见
    日本建设大臣瓦力时说, 会见泰国外长素林时表示): a word of two to four characters the tagger reads as
    anything (瓦力/n + 时说/n), after a title a verb naming the people it meets opens the clause with (会见,
    会晤: people/cues ``before``), holding no title, place, cue or common word of ``people/not_names``;
    where no other rule found a name."""
    text = view.text
    named = {m.start for m in found}
    places = place_names(rules).names
    for t in titles:
        end = view.to_view(t.end)
        if end in named or not _a_post(t.key or t.text, rules):
            continue
        clause = mark_before(text, view.to_view(t.start), "，,。；;\n") + 1
        if not written_within(text, lex.cues_before, clause, view.to_view(t.start)):
            continue
        m = _WHEN_NAME.match(text, end)
        if m is None:
            continue
        name = m.group(1)
        if name in places or name in lex.not_names or name[0] in lex.next_word or not is_han(name) \
                or any(c in name for c in lex.cues_after) \
                or any(w in name for w in lex.titles if len(w) >= 2):
            continue  # (部长 + 级官员时, 主席 + 夫妇时)
        yield Match(end, m.end(1), "PER", "per.after-title")


# a name before the 时 of a meeting's words (瓦力 + 时说, 素林 + 时表示, 坎代 + 时，)
_WHEN_NAME = re.compile(r"([\u4e00-\u9fff]{2,4}?)时(?=[说讲]|表示|指出|强调|谈到|介绍|[，,])")


def _after_glued_titles(view: View, tokens: tuple[Token, ...], titles: list[Mention], lex: NameLexicon
                            ) -> Iterator[Match]:
    """A name of two characters right after a title whose last character the tagger glued to the surname
    (``titles._glued_posts``: 副主 + 任何/r + 智/ng + 、, 局 + 长江/ns + 涛/nr + 说; rule
    ``per.after-title``): the title ends inside a word, so no token starts the name. A surname that is no
    common word, one character or two (主 + 任何/r + 永安/ns + 、: 何永安), then what may follow a name of
    three after a title (a delimiter, a conjunction, a cue)."""
    text = view.text
    by_start = _token_indexes(tokens)[0]
    for t in titles:
        p = view.to_view(t.end)
        s = text[p:p + 3]
        if p in by_start or len(s) < 3 or s[0] not in lex.surnames or s[0] in lex.weak or not is_han(s[1]):
            continue
        n = next((n for n in (2, 3) if is_han(text[p + 1:p + n]) and p + n < len(text) and (
            text[p + n] in _AFTER_THREE or any(text.startswith(c, p + n) for c in lex.cues_after))), None)
        if n is not None:
            yield Match(p, p + n, "PER", "per.after-title")


def _three_before_titles(view: View, tokens: tuple[Token, ...], titles: list[Mention], lex: NameLexicon,
                         rules: RuleSet) -> Iterator[Match]:
    """A name of three characters right before a post's title that names its holder (rule ``per.context``):
    冷 + 劲松 + 市长 + 在, 经过 + 田 + 家政 + 副会长, 我会 + 姜 + 常胜 + 名誉会长: a surname and two given
    characters that start no word after a name, starting a word of the tagger's after a delimiter or a
    function word; not a word of its dictionary that is no name (经过 + 安排 + 主任), nor one ending in a
    place's suffix."""
    text = view.text
    by_start, by_end = _token_indexes(tokens)
    for t in titles:
        q = view.to_view(t.start)
        if q < 3 or not _a_post(t.key or t.text, rules):
            continue
        s, before = text[q - 3:q], text[q - 4:q - 3]
        i = by_start.get(q - 3)
        glued = text[q:q + 1] == "副" and q + 1 in by_start  # (高启/nr + 华副/b + 市长)
        # 日本大使馆 + 程永华 + 临时代办: the holder written after the body
        body = _body_before(tokens, by_end.get(q - 3), rules)
        if (i is None or q not in by_start and not glued or not is_han(s) or s[0] not in lex.surnames
                or (before and before not in _DELIMITERS and before not in lex.next_word
                    and not before.isspace() and before not in "（(“" and not body)
                or s[1] in lex.next_word or s[2] in lex.next_word or (s[2] in lex.endings and s[2] != "人")
                or s[2] in lex.levels and t.text.startswith(s[2])  # (伊犁州 + 州长: a unit's head)
                or s in lex.not_names or s[1:] in lex.titles or s[2:] in lex.titles
                or (s[0] in lex.context
                    and (not _context_start(s[:2]) or before and before not in _DELIMITERS))
                or (s[0] in lex.weak - lex.context and not is_oov(s[:2])
                    and not (glued and tokens[i].tag in _NAME_TAGS))):  # (高启/nr + 华副 + 市长; a surname of
            # context after a word: 宣讲 + 暨 + 界别 + 委员 is 暨, and, of a meeting's name)
            continue
        tok = tokens[i]
        # (于/p + 淑媛/nrt + 参赞: a surname the tagger reads as a function word, before a given name it tags
        # as one)
        given = i + 1 < len(tokens) and tokens[i + 1].end == q and tokens[i + 1].tag in _NAME_TAGS
        # (a place before a title that opens with a level's or body's character is the place's title: 任 +
        # 东海 + 县委书记; before another post the place is a given name: 程 + 东海/ns + 书记, 田 + 永胜 +
        # 主任)
        placed = s[1:] in place_names(rules).names \
            and (t.text[0] in lex.unit_ends or s[0] in lex.weak or not _a_post(t.key or t.text, rules))
        if (tok.end > q or s[:2] in lex.not_names or placed or s[1:] == "国家"
                or (tok.tag in _NOT_NAME_START_TAGS and len(tok.word) >= 2 and not is_oov(tok.word))
                or (len(tok.word) == 1 and tok.tag in _FUNCTION_TAGS | {"v", "d", "u"} and not given)):
            continue  # (应/v + 国家 + 主席, 向/p + 国家, 谢谢/nr + 肖)
        yield Match(q - 3, q, "PER", "per.context")


def _body_before(tokens: tuple[Token, ...], k: int | None, rules: RuleSet) -> bool:
    """Whether token ``k`` names a body: one the tagger tags an organisation (日本大使馆/nt) or a word ending
    in a head word of two characters or more of ``orgs/suffixes`` (大使馆, 集团, 委员会)."""
    if k is None:
        return False
    word = tokens[k].word
    return tokens[k].tag == "nt" or word.endswith(_long_suffixes(rules))


@per_rules
def _long_suffixes(rules: RuleSet) -> tuple[str, ...]:
    """The head words of two characters or more of ``orgs/suffixes``."""
    return tuple(w for w in org_rules(rules).suffixes if len(w) >= 2)


_OPEN_QUOTES, _CLOSE_QUOTES = frozenset("“‘「『\""), frozenset("”’」』\"")
_LIST_COMMAS = frozenset("、，,")
# forms of address after a name (黄治平同志)
_ADDRESS = frozenset({"同志", "先生", "女士"})
# Tags of no syllable of a foreign name: a verb, an adjective, a function word, a number (a lone
# character the tagger does not know, 娅/x, may be one)
_NOT_SYLLABLE_TAGS = _NOT_MINORITY_TAGS - {"x"} | {"a", "ad"}
# the most characters of one part of a foreign name between middle dots (阿卜杜勒拉蒂夫)
_PART_MAX = 7


# tags of no piece of such a name: a verb, an adverb, a function word, a time, an adjective (乔石 + 今天/t,
# 丰富 + 完美/a)
_NOT_MARRIED_TAGS = _NOT_NAME_TAGS | {"t", "a", "ad"}
# ... and dictionary tags of no given name of it, whatever the tagger made of it in the text: a noun or a
# verb (王强 + 参观/n, 李明 + 座谈/n: a name of two and the verb after it; 陈方 + 安生/an is a name)
_NOT_MARRIED_GIVEN_TAGS = _NOT_MARRIED_TAGS | {"n", "vn", "nz", "ns", "nt"}


def _married_after_titles(view: View, tokens: tuple[Token, ...], titles: list[Mention], lex: NameLexicon,
                          rules: RuleSet) -> Iterator[Match]:
    """A name of two surnames and a given name of two characters right after a post's title (rule
    ``per.after-title``), a married woman's name as Hong Kong writes it (司长 + 陈方/nr + 安生/an, 总干事 +
    陈/nr + 冯富珍/nr + 等), however the tagger cut it: the tagger's words over exactly its four characters,
    none a verb, an adverb, an adjective, a time or a function word (not 市长 + 张高丽 + 在, 总理 + 乔石 +
    今天) nor a name of three (王建国 + 后), no character that starts the word after a name in its given
    name, then a delimiter, a function word, a cue, a verb or a time."""
    text = view.text
    by_start, by_end = _token_indexes(tokens)
    for t in titles:
        p = view.to_view(t.end)
        s = text[p:p + 4]
        i, j = by_start.get(p), by_end.get(p + 4)
        if (i is None or j is None or len(s) < 4 or not is_han(s) or s[0] not in lex.surnames
                or s[0] in lex.weak or s[1] not in lex.surnames or s in lex.not_names or s[2:] in lex.titles
                or s[1:] in lex.titles or not _a_post(t.key or t.text, rules)):
            continue
        pieces = tokens[i:j + 1]
        if s[2] in lex.next_word or s[3] in lex.next_word or any(k.tag in _NOT_MARRIED_TAGS for k in pieces) \
                or dict_tag(s[2:]) in _NOT_MARRIED_GIVEN_TAGS \
                or (by_end.get(p + 3) is not None
                                                            and tokens[by_end[p + 3]].tag in _NAME_TAGS):
            continue
        nxt = tokens[j + 1] if j + 1 < len(tokens) else None
        if nxt is None or nxt.word[0] in _DELIMITERS or nxt.word in _CLAUSE_FUNCTION \
                or nxt.tag in ("v", "t") or nxt.word in lex.cues_after or nxt.word in lex.cues_before:
            yield Match(p, p + 4, "PER", "per.after-title")


# the parts before the last of a name joined by middle dots, of any characters (曼·, 本廉·, 马尔科·)
_DOTTED_HEAD = re.compile(rf"(?:[\u4e00-\u9fff]{{1,{_PART_MAX}}}[{_NAME_DOT_CLASS}])+")


def _dotted_after_titles(view: View, tokens: tuple[Token, ...], titles: list[Mention], lex: NameLexicon,
                         rules: RuleSet) -> Iterator[Match]:
    """A name of parts joined by middle dots right after a post's title (rule ``per.after-title``), whatever
    characters its parts have, for the dots say it is a foreign or minority name (市长 + 曼·巴哈杜尔, 执行主任
    + 乔·戴, 部长 + 包·德力格尔赛罕, 总领事 + 本廉·洪翁孙: a part of one character, characters no
    transliteration uses, that the rules of transliteration characters miss). The parts before the last hold
    no title, start with no conjunction (和诺罗敦·) and have at most four characters unless all of
    transliteration; the last is the tagger's words up to a verb, a time, a place, a title or a cue
    (``_last_part_end``)."""
    text = view.text
    by_start = _token_indexes(tokens)[0]
    places = place_names(rules).names
    for t in titles:
        p = view.to_view(t.end)
        head = _DOTTED_HEAD.match(text, p)
        if head is None or head.end() not in by_start or not _a_post(t.key or t.text, rules):
            continue
        parts = re.split(f"[{_NAME_DOT_CLASS}]", head.group())[:-1]
        if parts[0][0] in lex.joins or any(len(part) > 4 and not _is_translit(part, lex)
                                           or _holds_title(part, lex) for part in parts):
            continue
        end = _last_part_end(tokens, by_start[head.end()], lex, places)
        if end is not None:
            yield Match(p, end, "PER", "per.after-title")


def _dotted_before_titles(view: View, tokens: tuple[Token, ...], titles: list[Mention], lex: NameLexicon,
                          rules: RuleSet) -> Iterator[Match]:
    """A name of parts joined by middle dots right before a post's title (rule ``per.context``), whatever
    characters its parts have, as after one (``_dotted_after_titles``): 川·立派 + 总理, 阿沛·阿旺晋美 +
    副委员长. A part after a dot is one or two of the tagger's words, the first part one word, each a part
    of a dotted name (``_dotted_part``: no verb or function word) and no place or title, but for one
    character the tagger cut off before the title (诺·沙旺 + 派/v + 议长); the first starts with no
    conjunction (和诺罗敦·); a name in book marks is a work's title."""
    text = view.text
    by_end = _token_indexes(tokens)[1]
    places = place_names(rules).names

    def piece(i: int) -> bool:
        tok = tokens[i]
        return (_dotted_part(tok, lex) == len(tok.word) and tok.word not in places
                and tok.word not in lex.titles)

    for t in titles:
        q = view.to_view(t.start)
        i = by_end.get(q)
        if i is None or not _a_post(t.key or t.text, rules):
            continue
        parts, first = 0, -1
        while i >= 0 and (piece(i) or parts == 0 and _last_syllable(tokens[i])):
            two = i >= 2 and tokens[i - 2].word in NAME_DOTS and piece(i - 1) \
                and len(tokens[i].word) + len(tokens[i - 1].word) <= _PART_MAX \
                and tokens[i].word[0] not in lex.next_word  # (买买提 + 为市/n + 人大常委会副主任: a verb)
            if not (piece(i) or two):
                break
            first, parts = (i - 1 if two else i), parts + 1  # the part's first word
            if first < 1 or tokens[first - 1].word not in NAME_DOTS:
                break
            i = first - 2
        else:
            continue  # (a dot after no part)
        start = tokens[first].start
        if parts >= 2 and text[start] not in lex.joins and text[start - 1:start] != "《":
            yield Match(start, q, "PER", "per.context")


# tags of the tagger's words that may be a piece of a foreign name's last part (洪翁 + 孙/zg, 卢比 + 奥/nr)
_PIECE_TAGS = frozenset({"nr", "nrt", "nrfg", "nz", "ns", "zg", "ng", "g"})
# ... and those of no piece, even of transliteration characters only (a time, an idiom, a verb)
_NOT_PIECE_TAGS = _NOT_MINORITY_TAGS | {"t", "i", "l"}


def _holds_title(part: str, lex: NameLexicon) -> bool:
    """Whether a title of two to four characters is written in ``part`` (兼外交部长乔治)."""
    return any(part[i:i + k] in lex.titles for k in (2, 3, 4) for i in range(len(part) - k + 1))


def _last_part_end(tokens: tuple[Token, ...], i: int, lex: NameLexicon, places: frozenset[str]) -> int | None:
    """Where the last part of a dotted name ends, token ``i`` its first (see ``_dotted_after_titles``): that
    token (less a function word glued to its end: 萨维 + 为, 翁沙瓦 + 及), then more of up to ``_PART_MAX``
    characters in all, each a word the tagger reads as a name or a morpheme, of transliteration characters,
    or one character before a delimiter or a function word, and none a place, title or cue, nor starting
    with a character that starts the word after a name (洪翁/nr + 孙/zg + 在, 德力格尔/nr + 赛罕/nz + ，)."""
    first = tokens[i]
    w = first.word
    if not is_han(w) or len(w) > _PART_MAX:
        return None
    if len(w) > 1 and (w[-1] in _CLAUSE_FUNCTION or w[-1] in lex.joins):
        return first.end - 1
    if len(w) > 2 and w[-1] in lex.next_word and _is_translit(w[:-1], lex) and not _is_translit(w, lex):
        return first.end - 1  # (阿拉丁·布鲁杰尔迪访/nr + 巴: a verb's first character glued to the name)
    end, size = first.end, len(w)
    for j in range(i + 1, min(i + 4, len(tokens))):
        w = tokens[j].word
        if (not is_han(w) or size + len(w) > _PART_MAX or w in places or w in lex.titles or w in lex.nations
                or w in lex.cues_after or w in lex.cues_before or w[0] in lex.next_word):
            break
        after = tokens[j + 1].word if j + 1 < len(tokens) else "。"
        tag = tokens[j].tag
        if tag in _PIECE_TAGS and len(w) > 1 and w[-1] in lex.next_word \
                and _is_translit(w[:-1], lex, pieces=True) and not _is_translit(w, lex, pieces=True):
            return tokens[j].end - 1  # 皮埃罗·法西 + 诺会/nz + 以: the last syllable glued to the word after
        if len(w) == 2 and w[0] in lex.translit and w[1] in _GLUED_VERB and w[0] not in lex.next_word \
                and tag in ("v", "p") and after[0] not in _DELIMITERS:
            return tokens[j].start + 1  # 艾力·托合 + 提为/v + 主任: the last syllable glued to the verb
        if not (tag in _PIECE_TAGS or tag not in _NOT_PIECE_TAGS and _is_translit(w, lex, pieces=True)
                or len(w) == 1 and w not in lex.not_names
                and (after[0] in _DELIMITERS or after in _CLAUSE_FUNCTION or _verb_after(tokens, j)
                     or _two_syllables_to_delimiter(tokens, j, lex))):
            break  # (托尼·布莱尔 + 举行会谈/i, 帕帕佐普洛斯 + 时/n + 表示; but 素博塔·玛莎 + 立/v + 和)
        end, size = tokens[j].end, size + len(w)
    return end


def _two_syllables_to_delimiter(tokens: tuple[Token, ...], j: int, lex: NameLexicon) -> bool:
    """Whether token ``j`` and the one after it are one transliteration character each, whatever the tagger
    reads them as, and a delimiter or the text's end comes right after them: the last two syllables of a
    dotted name (帕塔尔·胡加 + 买/v + 提/v + ，)."""
    pair = tokens[j:j + 2]
    after = tokens[j + 2].word if j + 2 < len(tokens) else "。"
    return len(pair) == 2 and all(len(t.word) == 1 and t.word in lex.translit for t in pair) \
        and after[0] in _DELIMITERS


def _verb_after(tokens: tuple[Token, ...], j: int) -> bool:
    """Whether token ``j``, one character, may end a dotted name before the verb of two characters or more
    that follows it (披集·拉达 + 军/n + 拿出, 凯·西索 + 达/v + 等到; not 将/d + 访问)."""
    after = tokens[j + 1] if j + 1 < len(tokens) else None
    return after is not None and after.tag == "v" and len(after.word) >= 2 and _last_syllable(tokens[j])


def _last_syllable(tok: Token) -> bool:
    """Whether ``tok`` may be the last syllable of a dotted name that the tagger cut off as a word of one
    character (派/v of 诺·沙旺派, 军/n of 披集·拉达军): no function word, adverb or pronoun."""
    return len(tok.word) == 1 and is_han(tok.word) and tok.tag not in _NOT_LAST_CHAR_TAGS \
        and tok.word not in _CLAUSE_FUNCTION


# tags of one character that ends no dotted name before a verb: function words, adverbs, pronouns, numbers
_NOT_LAST_CHAR_TAGS = _NOT_MINORITY_TAGS - {"v", "vn"} | {"r", "f"}


def _syllables(tok: Token, lex: NameLexicon, places: frozenset[str]) -> bool:
    """Whether ``tok`` may be a piece of a foreign name the tagger cut off (布尔 of 特林 + 布尔, 娅):
    transliteration characters only, and no verb, function word, place name, title or cue."""
    w = tok.word
    return (is_han(w) and len(w) <= 4 and tok.tag not in _NOT_SYLLABLE_TAGS
            and all(c in lex.translit for c in w) and w not in places and w not in lex.titles
            and w not in lex.not_names and w not in lex.cues_after and w not in lex.cues_before)


def _dotted_part(tok: Token, lex: NameLexicon) -> int:
    """How many characters of ``tok``, on the other side of a middle dot from a foreign name, are a
    part of it (0: none): a word of transliteration characters only (up to ``_PART_MAX``), or of up to
    four characters that is no verb or function word (甘地/n, 卢森堡 of 罗莎·卢森堡), less a function
    word glued to its end (萨维 of 萨维为)."""
    w = tok.word
    translit = all(c in lex.translit for c in w)
    if (not is_han(w) or len(w) > (_PART_MAX if translit else 4)
            or tok.tag in _NOT_MINORITY_TAGS - {"x", "v"} or (tok.tag == "v" and not translit)):
        return 0
    if w[-1] in _CLAUSE_FUNCTION:
        return len(w) - 1 if len(w) >= 3 and all(c in lex.translit for c in w[:-1]) else 0
    return len(w)


def _grow(tokens: tuple[Token, ...], i: int, step: int, lex: NameLexicon, places: frozenset[str]) -> int:
    """The offset where a foreign name ends (``step`` 1) or starts (``step`` -1) that token ``i`` ends
    or starts: over syllables cut off by the tagger, and parts joined by a middle dot (any
    transliteration, even a place's name: 罗莎·卢森堡)."""
    n = len(tokens)
    part = len(tokens[i].word)
    while 0 <= i + step < n:
        tok = tokens[i + step]
        if (tok.word in NAME_DOTS or _dash_joins(tokens, i, step, lex)) and 0 <= i + 2 * step < n:
            size = _dotted_part(tokens[i + 2 * step], lex)
            if size == 0:
                break
            i += 2 * step
            if size < len(tokens[i].word):
                return tokens[i].start + size if step == 1 else tokens[i].end  # 萨维 + 为
            part = size
        elif _syllables(tok, lex, places) and part + len(tok.word) <= _PART_MAX:
            i += step
            part += len(tok.word)
        elif step == 1 and part < _PART_MAX and _end_syllable(tok, tokens[i + 2] if i + 2 < n else None, lex):
            return tok.end  # 盖茨 + 比/p + 的, 巴普蒂斯 + 塔/j + 的, 力洛伦 + 特/d + （
        else:
            break
    return tokens[i].end if step == 1 else tokens[i].start


def _dash_joins(tokens: tuple[Token, ...], i: int, step: int, lex: NameLexicon) -> bool:
    """Whether the dash after (``step`` 1) or before (-1) token ``i`` of a foreign name joins a part of
    it, as a middle dot would (罗德—拉森, 里卡多-富勒): a transliteration on the other side, and not two
    names the tagger's dictionary knows on either side of a long dash (克林顿—叶利钦会晤: two people)."""
    j = i + 2 * step
    if not (0 <= j < len(tokens) and tokens[i + step].word in _DASHES):
        return False
    part = tokens[j].word
    part = part[:-1] if step == 1 and len(part) >= 3 and part[-1] in _CLAUSE_FUNCTION else part
    return _is_translit(part, lex) and not (
        tokens[i + step].word == _DASH and _known_name(tokens[i]) and _known_name(tokens[j]))


def _end_syllable(tok: Token, after: Token | None, lex: NameLexicon) -> bool:
    """Whether ``tok``, one transliteration character the tagger reads as a word of its own whatever its tag
    (比/p, 特/d, 塔/j, 克/m), is the last syllable of the foreign name before it: no character that starts
    the word after a name (在, 是, 到: people/next_word_chars), and a delimiter, the text's end, a particle
    or a verb of two characters or more after it, or a figure (盖茨 + 比 + 的, 波格列布尼亚 + 克 + 最近,
    伊斯拉 + 米 + 7日: a measure word comes after its figure, not before it; not 克林顿 + 在 + 会上)."""
    w = tok.word
    return len(w) == 1 and w in lex.translit and w not in lex.next_word and w not in _CLAUSE_FUNCTION and (
        after is None or after.word[0] in _DELIMITERS or after.word[0] in _NOTE_OPENING
        or after.word in _CLAUSE_FUNCTION
        or after.tag in ("v", "f", "t") and len(after.word) >= 2
        or after.word[:1].isdigit())  # (伊斯拉 + 米/q + 7月: a date's figures, no measure's)


def _foreign_whole(tokens: tuple[Token, ...], found: list[Match], lex: NameLexicon,
                   places: frozenset[str]) -> Iterator[Match]:
    """Foreign names found in part, grown to the whole (rule ``per.translit``): the parts joined by a
    middle dot on either side (穆罕默德·拉斐克· + 塔拉尔) and the syllables the tagger cut off as words of
    their own (特林 + 布尔, 纳 + 波里 + 塔诺, 梅拉尼 + 娅). A name of transliteration characters only is
    grown, never across a verb, a function word, a title or a place's name without a dot."""
    by_start, by_end = _token_indexes(tokens)
    for m in list(found):
        first, last = by_start.get(m.start), by_end.get(m.end)
        if first is None or last is None or m.end - m.start < 2:
            continue
        name = "".join(t.word for t in tokens[first:last + 1])
        if not _is_translit(name, lex):
            continue
        start, end = _grow(tokens, first, -1, lex, places), _grow(tokens, last, 1, lex, places)
        start = _syllable_after_cue(tokens, by_start, start, lex)
        if (start, end) != (m.start, m.end):
            yield Match(start, end, "PER", "per.translit")


def _dotted_names(view: View, tokens: tuple[Token, ...], found: list[Match], lex: NameLexicon,
                  places: frozenset[str]) -> Iterator[Match]:
    """A name of parts joined by middle dots that no rule read whole (rule ``per.dotted``), wherever
    written, for the dots say it is a foreign or minority name whatever characters its parts have
    (主谋是哈马·阿马杜。, 冻结贝·布托存款, 副主任张三、买买提·吐尔逊、李四): see :func:`_dotted_span`; not
    inside book marks (《读实践论·笔记》)."""
    read = [(m.start, m.end) for m in found]
    for i in range(1, len(tokens) - 1):
        if tokens[i].word in _MIDDLE_DOTS and not (i >= 2 and tokens[i - 2].word in _MIDDLE_DOTS) \
                and (span := _dotted_span(tokens, i, lex, places)) is not None \
                and not in_book_marks(view.text, span[0]) \
                and not any(s <= span[0] and span[1] <= e for s, e in read):  # (read whole already)
            yield Match(span[0], span[1], "PER", "per.dotted")


def _lost_dots(view: View, found: list[Match], lex: NameLexicon) -> Iterator[Match]:
    """A minority or foreign name whose middle dot a page lost to an ASCII question mark (艾力更?依明巴海: a
    character its encoding lacked): two runs of a transliteration's characters, of two or more each, around
    a ? written as ? in the source (not ？, a question mark), no other such character on either side
    (rule ``per.dotted``); not a name read already, nor a name with a character lost inside (宋文?介绍:
    介绍 is no transliteration)."""
    text, read = view.text, [(m.start, m.end) for m in found]
    if _LOST_DOT not in text:
        return
    for q in (i for i, c in enumerate(text) if c == _LOST_DOT and view.source_text(i, i + 1) == _LOST_DOT):
        a = q
        while a > 0 and text[a - 1] in lex.translit:
            a -= 1
        b = q + 1
        while b < len(text) and text[b] in lex.translit:
            b += 1
        if q - a >= 2 and b - q - 1 >= 2 and not any(s < b and a < e and (s, e) != (a, b) and s <= a
                                                       and b <= e for s, e in read):
            yield Match(a, b, "PER", "per.dotted")


_LOST_DOT = "?"


# the middle dots of a name (the full stop of full width is a decimal point: 13．4亿)
_MIDDLE_DOTS = NAME_DOTS - {"．"}


def _dotted_span(tokens: tuple[Token, ...], i: int, lex: NameLexicon, places: frozenset[str]
                 ) -> tuple[int, int] | None:
    """The span of the dotted name whose first dot is token ``i``: its first part the word before it
    (``_first_dotted_part``, ``_first_part_start``), the parts between dots whole words of a name's part
    (``_dotted_part``: a name's or transliteration's), the last the tagger's words up to a verb, a time, a
    place, a title or a cue (``_last_part_end``); no part a place (中国·北京), a number, a time (一二·九,
    十九世纪·俄罗斯) or a phrase (毛毯·没事儿/l); a first part of two characters or more or the last reads as
    a name (``_name_like``)."""
    j, n = i + 1, len(tokens)
    if not 1 <= i < n - 1 or not _first_dotted_part(tokens[i - 1], lex, places):
        return None
    while j + 2 < n and tokens[j + 1].word in _MIDDLE_DOTS and tokens[j].word not in places \
            and _dotted_part(tokens[j], lex) == len(tokens[j].word) \
            and (tokens[j].tag in _PIECE_TAGS or _is_translit(tokens[j].word, lex)):
        j += 2  # a middle part (诺罗敦·莫尼列·西哈努克)
    last, first = tokens[j], tokens[i - 1]
    opening = _opening_at(tokens, j, lex)
    if opening is not None:
        # ·阿不都/d + 拉/v: an opening the tagger cut into function words, and the rest of the part
        rest = tokens[opening + 1] if opening + 1 < n else None
        end = _last_part_end(tokens, opening + 1, lex, places) \
            if rest is not None and is_han(rest.word) and rest.tag not in _RUN_STOP_TAGS - {"v"} else None
        return _first_part_start(tokens, i - 1, lex, places), end or tokens[opening].end
    if last.word in places or last.word in lex.titles \
            or last.tag in _NOT_PIECE_TAGS - {"v"} and not _is_translit(last.word, lex):
        return None
    if len(first.word) > 1 and not (_name_like(first, lex) or _name_like(last, lex)):
        return None  # (湖畔/ns•学苑/n, 解放日报/nz·上观/n: a brand's or a project's parts)
    end = _last_part_end(tokens, j, lex, places)
    if end is None or end - last.start < 2 or _text_end(tokens, end) in lex.dotted_not_endings:
        return None  # (东亚·瑞晶苑: an estate)
    return _first_part_start(tokens, i - 1, lex, places), end


def _text_end(tokens: tuple[Token, ...], end: int) -> str:
    """The character right before offset ``end``, read from the tokens (a token ends at or after it)."""
    tok = next(t for t in tokens if t.start < end <= t.end)
    return tok.word[end - tok.start - 1]


def _opening_at(tokens: tuple[Token, ...], j: int, lex: NameLexicon) -> int | None:
    """The index of the token that ends an opening of ``people/name_openings`` written from token ``j`` in
    words of the tagger (阿不都/d, 阿/j + 不/d + 都/d), None when none is."""
    words = ""
    for k in range(j, min(j + 3, len(tokens))):
        words += tokens[k].word
        if words in lex.openings:
            return k
    return None


def _first_dotted_part(tok: Token, lex: NameLexicon, places: frozenset[str]) -> bool:
    """Whether ``tok``, right before a middle dot, may be a dotted name's first part: an initial (贝/zg, 维/v,
    阿/j: one character, no function word nor number), a word of transliteration characters (a place's
    name too: 哈马/ns), one the tagger reads as a name or a name's piece (阿不都热依木/ns), or an opening of
    ``people/name_openings`` the tagger read as a function word (阿不都/d + ·热合曼), no place or title; not a
    common noun or a body (湖畔•学苑, 解放日报·上观新闻: a brand's parts)."""
    w = tok.word
    if not is_han(w) or w[0] in lex.joins or tok.tag in ("m", "t"):
        return False
    if len(w) == 1:
        return w not in _CLAUSE_FUNCTION and w not in lex.next_word
    if w in lex.titles or w in places and not _is_translit(w, lex):
        return False
    return len(w) <= _PART_MAX and (tok.tag in _PIECE_TAGS or _is_translit(w, lex) or w in lex.openings)


def _name_like(tok: Token, lex: NameLexicon) -> bool:
    """Whether a part of a dotted name reads as a name on its own: a transliteration's characters, a word
    the tagger tags a name (阿米/nrt of 阿不都热依木·阿米提), or one of an opening of
    ``people/name_openings``."""
    return _is_translit(tok.word, lex) or tok.tag in _NAME_TAGS \
        or any(tok.word.startswith(o) for o in lex.openings)  # (阿不来提/ns·阿不都热西提/ns)


def _first_part_start(tokens: tuple[Token, ...], k: int, lex: NameLexicon, places: frozenset[str]) -> int:
    """Where a dotted name's first part starts, token ``k`` its last word: there, or at the words before it
    of transliteration characters the tagger cut off (热合/v + 曼 + ·阿不都拉, 艾/nr + 德里/ns + 安/v +
    ·雪莉), no cue, title or place, and before those at an opening of ``people/name_openings`` cut
    into function words (阿/j + 不/d + 都/d + 克里木 + ·艾买提, 阿/j + 不力/n + 米 + 提 + ·卡地尔), the part
    at most ``_PART_MAX`` characters; a word of a transliteration's characters but its first, glued to the
    word before (会 + 上安迪/ns + ·沃霍尔), starts after it."""
    first, size = k, len(tokens[k].word)
    for at in range(k - 1, max(-1, k - 4), -1):
        prev = tokens[at]
        w = prev.word
        if not (_is_translit(w, lex, pieces=True)
                and (prev.tag not in _RUN_STOP_TAGS - {"v"} or _adverb_opening(tokens, at, lex))
                and w not in lex.cues_before and w not in lex.titles and w not in places
                and w not in lex.not_names and size + len(w) <= _PART_MAX):
            break
        first, size = first - 1, size + len(w)
    words = ""
    for i in range(first - 1, max(-1, first - 4), -1):
        words = tokens[i].word + words
        if words in lex.openings and len(words) + size <= _PART_MAX:
            return tokens[i].start
    w = tokens[k].word
    if first == k and len(w) >= 3 and not _is_translit(w, lex) and _is_translit(w[1:], lex):
        return tokens[k].start + 1
    return tokens[first].start


def _adverb_opening(tokens: tuple[Token, ...], at: int, lex: NameLexicon) -> bool:
    """Whether token ``at`` is a dotted name's first syllable the tagger read as an adverb (莫/d + 拉力 +
    ·阿不都满金): one transliteration character that starts no word after a name (not 也, 都), right after a
    delimiter, a verb or the text's start (选举 + 莫拉力·…)."""
    w, before = tokens[at].word, tokens[at - 1] if at > 0 else None
    return tokens[at].tag == "d" and len(w) == 1 and w not in lex.next_word \
        and (before is None or before.word[-1] in _DELIMITERS or before.word[-1] in "\n" or before.tag == "v")


def _translit_pairs(text: str, found: list[Match], lex: NameLexicon) -> Iterator[Match]:
    """Two foreign names read side by side, nothing or one syllable between them, one name (rule
    ``per.translit``): a name is never written right after another, and the tagger cuts a long
    transliteration where one of its syllables reads as a word of another kind (伊斯/ns + 莫/d + 伊洛夫/nr:
    伊斯莫伊洛夫); not across a function word (伊万和伊洛夫)."""
    ends = {m.end: m for m in found if _is_translit(text[m.start:m.end], lex)}
    for m in found:
        if not _is_translit(text[m.start:m.end], lex):
            continue
        gap = text[m.start - 1:m.start]
        syllable = gap in lex.translit and gap not in lex.next_word and gap not in _LIST_JOINS \
            and gap not in _CLAUSE_FUNCTION
        before = ends.get(m.start) or (ends.get(m.start - 1) if syllable else None)
        if before is not None and m.end - before.start <= _PART_MAX:
            yield Match(before.start, m.end, "PER", "per.translit")


def _syllable_after_cue(tokens: tuple[Token, ...], by_start: dict[int, int], start: int,
                        lex: NameLexicon) -> int:
    """Where a foreign name starting at ``start`` starts once a first syllable the tagger read as a word of
    its own is added back (会见 + 安/v + 瓦尔/nrt): a transliteration character alone right after a verb
    naming the people after it (``cues_before``: 会见, 会晤, 看望), perhaps with 了 between."""
    i = by_start.get(start)
    if i is None or i < 2:
        return start
    syllable, before = tokens[i - 1], tokens[i - 2]
    if before.word == _PERFECT and i >= 3:
        before = tokens[i - 3]
    if len(syllable.word) == 1 and syllable.word in lex.translit and before.word in lex.cues_before:
        return syllable.start
    return start


# the particle of a completed act between a verb and its object (会见了安瓦尔)
_PERFECT = "了"
# Words that join the items of a list (the last item after 和, 与 or 及)
_LIST_JOINS = frozenset("、和与及")


def _foreign_lists(tokens: tuple[Token, ...], found: list[Match], lex: NameLexicon,
                   places: frozenset[str]) -> Iterator[Match]:
    """The items of a list that holds a foreign name found, or one of three characters or more the
    tagger tags as foreign (rule ``per.list``): words of transliteration characters only on either side
    of it, joined by 、 (the last by 和, 与 or 及) and ending before a join, 等 or a delimiter
    (克劳斯、博斯科夫斯基、马泽尔和穆蒂等); no place's name."""
    by_start, by_end = _token_indexes(tokens)
    n = len(tokens)
    seeds = [(by_start.get(m.start), by_end.get(m.end)) for m in found]
    seeds.extend((i, i) for i in compress(range(n), map(_FOREIGN_TAG.__eq__, map(_TAG, tokens)))
                 if len(tokens[i].word) >= 3)
    for first, last in seeds:
        if first is None or last is None:
            continue
        name = "".join(t.word for t in tokens[first:last + 1])
        if not _is_translit(name, lex) or name in places:
            continue
        items = []
        j = last + 1
        while j + 1 < n and tokens[j].word in _LIST_JOINS and _syllables(tokens[j + 1], lex, places):
            end = _grow(tokens, j + 1, 1, lex, places)
            k = by_end[end] + 1
            if not (k >= n or tokens[k].word in _LIST_JOINS or tokens[k].word == "等"
                    or tokens[k].word[0] in _DELIMITERS):
                break
            items.append(Match(tokens[j + 1].start, end, "PER", "per.list"))
            if tokens[j].word != "、":
                break
            j = k
        j = first - 1
        while j >= 1 and tokens[j].word == "、" and _syllables(tokens[j - 1], lex, places):
            start = _grow(tokens, j - 1, -1, lex, places)
            items.append(Match(start, tokens[j - 1].end, "PER", "per.list"))
            j = by_start[start] - 1
        if items:
            yield from items
            yield Match(tokens[first].start, tokens[last].end, "PER", "per.list")


# Tags of the words of a Japanese given name (太郎/n, 喜朗/ns, 诚/a + 二郎/nrt, 健一郎/m)
_JAPANESE_GIVEN_TAGS = frozenset({"n", "nr", "nrt", "nrfg", "ns", "nz", "ng", "a", "m", "j", "x"})
# Last characters of Japanese given names of two that the tagger reads as function words (雅 + 之/u,
# 拓 + 也/d)
_JAPANESE_LAST = frozenset("之也")
# One-character words the tagger glues to the end of a Japanese given name (隆俊为/nr, 一对/m, 政嘉等/j)
_GLUED_TO_JAPANESE = frozenset("为等与和对在说是将及")
# Tags of the word after a Japanese name: a verb, a function word, a time (山田太郎 + 表示, 在, 今天)
_AFTER_JAPANESE_TAGS = frozenset({"v", "vn", "p", "c", "d", "u", "uj", "ul", "uz", "f", "t", "r", "x"})
# Tags of a given name of two the tagger reads as a verb (大泽 + 理惠/v, 石井 + 启一/vn): a given name only
# before a title or a cue
_JAPANESE_GIVEN_VERB_TAGS = frozenset({"v", "vn"})


def _titled_next(tok: Token | None, lex: NameLexicon) -> bool:
    """Whether ``tok``, the word after a name, is a title, a cue or the 副 of a deputy's title (女士, 表示,
    副 + 秘书长)."""
    return tok is not None and (tok.word in lex.titles or tok.word in lex.cues_after or tok.word == _DEPUTY)


def _japanese_end(tokens: tuple[Token, ...], i: int, given: str, lex: NameLexicon) -> int:
    """Where the Japanese name ends whose surname ends token ``i`` (``given``: the characters of the
    token after the surname, 雅 of 高桥雅/nr): up to three characters of given name in the next words,
    and then a verb, a function word, a cue, a title or a delimiter; -1 when no such end follows (nor
    when three characters end like a place or a shop: 伊藤 + 洋华堂)."""
    end, j, n = tokens[i].end, i + 1, len(tokens)
    while j < n and len(given) < 3:
        tok = tokens[j]
        w = tok.word
        if (2 <= len(w) <= 4 - len(given) and w[-1] in _GLUED_TO_JAPANESE and is_han(w)
                and (given or w[:-1] not in lex.next_word) and w[:-1] not in lex.titles):
            return tok.end - 1  # 斋藤 + 彰 + 一为, 西胁 + 隆俊为, 岩田 + 聪与: the given name glued to a word
        if not (is_han(w) and len(given) + len(w) <= 3 and w not in lex.cues_after
                and w not in lex.cues_before and w not in lex.titles
                and (tok.tag in _JAPANESE_GIVEN_TAGS or (w in _JAPANESE_LAST and len(given) == 1)
                     or (not given and len(w) == 2 and tok.tag in _JAPANESE_GIVEN_VERB_TAGS
                         and _titled_next(tokens[j + 1] if j + 1 < n else None, lex)))):
            break
        given, end, j = given + w, tok.end, j + 1
    nxt = tokens[j] if j < n else None
    if given and not (len(given) == 3 and given[-1] in lex.endings) and (
            nxt is None or nxt.tag in _AFTER_JAPANESE_TAGS or _titled_next(nxt, lex)
            or nxt.word in lex.cues_before or nxt.word[0] in _DELIMITERS):
        return end
    return -1


def _given_shaped(tok: Token) -> bool:
    """Whether ``tok`` may be a Japanese given name after a surname: two or three characters outside the
    tagger's dictionary that it reads as a noun, a name, a morpheme or a verb (真衣/n, 恭司/n, 理惠/v; not
    内阁, 证券, 事件: 桥本内阁, 野村证券)."""
    return is_han(tok.word) and 2 <= len(tok.word) <= 3 and is_oov(tok.word) and (
        tok.tag in _JAPANESE_GIVEN_TAGS or tok.tag in _JAPANESE_GIVEN_VERB_TAGS)


def _japanese_surname(name: str, lex: NameLexicon) -> str:
    """The Japanese surname starting ``name`` when a given name follows it (桥本 of 桥本龙太郎), else ''."""
    jp = name[:3] if name[:3] in lex.japanese else name[:2] if name[:2] in lex.japanese else ""
    return jp if len(name) > len(jp) else ""


def _japanese_whole(view: View, tokens: tuple[Token, ...], found: list[Match], titles: list[Mention],
                    lex: NameLexicon) -> Iterator[Match]:
    """Japanese names read whole (rule ``per.japanese``): a Japanese surname (``people/japanese_surnames``)
    found alone, or right after a title, and the given name of one to three characters after it
    (首相 + 山田/ns + 太郎/n, 佐藤/nrt + 健一郎/m, 高桥雅/nr + 之/u), or before a word the tagger tags as a
    name (西胁/n + 隆俊/nr), or, in a text that tells of Japan (``people/japan_words``), before any word of a
    given name's shape (中村/ns + 真衣/n + 夺冠, 大泽/n + 理惠/v + 女士), up to a verb, a function word, a
    cue, a title or a delimiter."""
    by_start = _token_indexes(tokens)[0]
    starts = {m.start for m in found} | {view.to_view(t.end) for t in titles}
    glued = {view.to_view(t.end) for t in titles} - by_start.keys()
    # a surname of the list before a word the tagger tags as a name (西胁/n + 隆俊为/nr), or of a given
    # name's shape in a text on Japan
    japan = any(w in view.text for w in lex.japan)
    starts.update(tokens[i].start for i in compress(range(len(tokens) - 1),
                                                    map(lex.japanese.__contains__, map(_WORD, tokens)))
                  if tokens[i + 1].tag in _NAME_TAGS or japan and _given_shaped(tokens[i + 1]))
    for start in sorted(starts):
        # (a title's last character glued to the surname after it: 运输 + 相藤井/nr + 孝男)
        i = by_start.get(start, by_start.get(start - 1) if start in glued else None)
        if i is None:
            continue
        w = tokens[i].word[start - tokens[i].start:]
        jp = w[:3] if w[:3] in lex.japanese else w[:2] if w[:2] in lex.japanese else ""
        if not jp or not is_han(w) or len(w) - len(jp) > 1:
            continue
        end = _japanese_end(tokens, i, w[len(jp):], lex)
        if end > 0:
            yield Match(start, end, "PER", "per.japanese")


def _japanese_four_after_titles(view: View, tokens: tuple[Token, ...], titles: list[Mention],
                                lex: NameLexicon, rules: RuleSet) -> Iterator[Match]:
    """Japanese names of four characters after a title in a text that tells of Japan (``people/japan_words``;
    rule ``per.japanese``): the four characters between the title and a delimiter, whatever the surname (a
    Chinese name has three at the most), read by the tagger as a name of three and one more character
    (参议员 + 水冈俊/nrt + 一/m + ，, 杉尾秀/nr + 哉/y), as a surname of one and a name of three (岸 +
    真纪子/nr), or as words of one or two characters, the first a Japanese surname or a word the tagger does
    not know, none of two a title or a place, nor a verb, a function word or a time of the tagger's
    dictionary (岸真/d + 纪子/n, 辻元/x + 清美/a, 若林 + 一纪/t; not 会议 + 精神, 岸田 + 今天); not a name of
    three and the word closing a list (吴江浩 + 等)."""
    if not any(w in view.text for w in lex.japan):
        return
    text = view.text
    by_start, by_end = _token_indexes(tokens)
    places = place_names(rules).names
    for t in titles:
        a = view.to_view(t.end)
        i, j = by_start.get(a), by_end.get(a + 4)
        if i is None or j is None or j <= i or not is_han(text[a:a + 4]) or text[a + 3] in _CLAUSE_FUNCTION \
                or not (a + 4 == len(text) or text[a + 4] in _NAME_LIST_MARKS):
            continue
        words = tokens[i:j + 1]
        first = words[0].word
        three = max(words, key=lambda w: len(w.word))  # (水冈俊/nrt + 一, 岸 + 真纪子/nr; not 为 + 张少明)
        tagged = len(words) == 2 and len(three.word) == 3 and three.tag in _NAME_TAGS and (
            len(first) == 3 or first not in lex.next_word and first not in _LIST_FUNCTION_WORDS
            and words[0].tag not in _NOT_GIVEN_TAGS)
        given = len(first) == 2 and (first in lex.japanese or is_oov(first)) and all(
            len(w.word) == 1 or w.word not in lex.titles and w.word not in lex.cues_after
            and w.word not in places and (w.tag not in _NOT_GIVEN_TAGS or w is not words[0]
                                          and is_oov(w.word)) for w in words)
        if tagged or given:
            yield Match(a, a + 4, "PER", "per.japanese")


# What follows a name in a list of them, ends its sentence or opens its words (水冈俊一，众议员…,
# 若林一纪：; not 雪克来提 + ? + 扎克尔, a dotted name whose dot the page lost)
_NAME_LIST_MARKS = frozenset("、,，;；。:：")
# Tags of a word that is no part of a Japanese name of two words of two (访问/v 日本, 这些/r)
_NOT_GIVEN_TAGS = frozenset({"v", "vn", "vd", "p", "c", "u", "uj", "r", "f", "t", "m", "q", "ns"})


# Tags of a lone character that may be the third of a name the tagger cut (刘海 + 亮/v, 易飞 + 凡/d,
# 张明 + 渝/j)
_THIRD_TAGS = frozenset({"v", "a", "d", "j", "n", "ng", "nr", "nrfg", "ns", "f", "b", "vg", "ag", "dg", "tg",
                         "x"})
# Tags of a word of two characters or more that may follow a name: a verb, an adverb, a preposition, a
# conjunction, a time or a pronoun (认为, 明确, 昨日, 这样)
_CLAUSE_NEXT_TAGS = frozenset({"v", "vd", "vn", "d", "ad", "df", "p", "c", "t", "r"})


def _clause_goes_on(tok: Token | None, lex: NameLexicon, verb: bool = False) -> bool:
    """Whether ``tok`` may follow a name in its clause: nothing, a delimiter, 的, a cue or title (先生),
    or a word of two characters or more that is a verb, an adverb, a time or a pronoun. With ``verb``
    (the character before it may be a verb of its own: 张三 + 答 + ：) only the last."""
    return (len(tok.word) >= 2 and tok.tag in _CLAUSE_NEXT_TAGS) if verb and tok is not None else (
        tok is None or tok.word[0] in _DELIMITERS or tok.word == "的" or tok.word in lex.cues_after
        or tok.word in lex.titles or (len(tok.word) >= 2 and tok.tag in _CLAUSE_NEXT_TAGS))


def _third_characters(tokens: tuple[Token, ...], found: list[Match], lex: NameLexicon) -> Iterator[Match]:
    """Names of three characters the tagger cut to two (rule ``per.tagger-mend``): a two-character name
    and the lone character after it, when what follows may follow a name (刘海 + 亮/v + 认为, 黄信 + 敬/v +
    昨日, 张明 + 渝/j + 的), or the first character of a word outside the tagger's dictionary, or of one it
    tags a name, that ends in a character starting the next word (迟子 + 建在, 吴江 + 林是, 刘国 + 华为/nr);
    never a character of
    ``people/next_word_chars`` (张三 + 也 + 表示)."""
    by_start = _token_indexes(tokens)[0]
    n = len(tokens)
    # (胡家/nrfg + 福/ns + 同志: a word the tagger reads as a whole name, of a surname and a character no name
    # of two ends with, 家, which no rule reads as a name, is a name's first two too; not one it reads as a
    # name of any kind, 敬礼/nr, 高坡/nr)
    spans = {(m.start, m.end) for m in found}
    spans |= {(t.start, t.end) for t in tokens if len(t.word) == 2 and t.tag == _FULL_NAME_TAG
              and t.word[0] in lex.surnames and t.word[1] in lex.short_endings}
    for start, end in sorted(spans):
        j = by_start.get(end)
        if end - start != 2 or j is None or j == 0 or tokens[j - 1].end != end:
            continue
        name, tok = tokens[j - 1].word, tokens[j]
        # (李家/nrfg: a surname and a character that ends no name of two, 家, but may be a name's second)
        parts = split_name(name, lex) or (
            (name[0], name[1]) if len(name) == 2 and name[0] in lex.surnames and name[1] in lex.short_endings
            else None)
        if (tokens[j - 1].start != start or tokens[j - 1].tag not in _NAME_TAGS
                or parts is None or len(parts[1]) != 1 or parts[1] == "某"):
            continue
        after = tokens[j + 1] if j + 1 < n else None
        if (len(tok.word) == 1 and is_han(tok.word) and tok.tag in _THIRD_TAGS
                and tok.word not in lex.next_word and tok.word not in lex.not_names
                and split_name(name + tok.word, lex) and _clause_goes_on(after, lex, verb=tok.tag == "v")):
            yield Match(start, tok.end, "PER", "per.tagger-mend")
        elif tok.word in lex.given_ends and split_name(name + tok.word, lex) \
                and _given_end_after(tok, after, lex):
            yield Match(start, tok.end, "PER", "per.tagger-mend")
        elif (len(tok.word) == 2 and is_han(tok.word) and tok.word[1] in lex.next_word
              and tok.word[0] not in lex.next_word and (is_oov(tok.word) or tok.tag in _NAME_TAGS)
              and split_name(name + tok.word[0], lex)):
            # (刘国/nr + 华为/nr + 商会会长: a word the tagger reads as a name of its own right after a name)
            yield Match(start, tok.start + 1, "PER", "per.tagger-mend")


def _given_end_after(tok: Token, after: Token | None, lex: NameLexicon) -> bool:
    """Whether what follows ``tok``, an adverb or a conjunction that commonly ends a given name of three
    (``people/next_word_chars`` ``given``: 刚, 才, 和) after a name of two, makes it the name's third: a
    delimiter, a closing bracket or the text's end (（张永 + 和 + ）), or, after a conjunction, a verb that
    follows a name (people/cues ``after``: 胡文 + 和/c + 表示; a conjunction joins no such verb to a name, but
    may join an attribute's: 吴仪 + 和 + 来访的客人; an adverb does: 王强 + 刚 + 到任)."""
    return after is None or after.word[0] in _DELIMITERS or (tok.tag == "c" and after.word in lex.cues_after)


def _repeated_thirds(text: str, tokens: tuple[Token, ...], found: list[Match],
                     lex: NameLexicon) -> Iterator[Match]:
    """Names of three characters the tagger cut to two wherever they are written (rule ``per.tagger-mend``):
    a two-character name and the lone character after it that is no word starting the clause's rest
    (``people/next_word_chars``), when the three characters are written more than once in the text and
    the two never without the third (宋军 + 继 + 带队 … 宋军继在座谈中; not 梁军 + 有 … 梁军是)."""
    starts = _token_indexes(tokens)[0]  # token index by start offset (made for _third_characters)
    names = set()
    for m in list(found):
        j = starts.get(m.end)  # a lone character's token after a name of two
        if m.end - m.start != 2 or j is None or len(tokens[j].word) != 1 \
                or not is_han(text[m.end:m.end + 1]):
            continue
        name = text[m.start:m.end + 1]
        if name[-1] in lex.next_word or name[-1] in _LIST_FUNCTION_WORDS or name[-1] in _CLAUSE_FUNCTION \
                or split_name(name, lex) is None or not 2 <= text.count(name) == text.count(name[:2]):
            continue
        names.add(name)
    spans = {(m.start, m.end) for m in found}
    for name in sorted(names):  # every time it is written (吴国/ns 升/zg 指出 opening a sentence too)
        for at in re.finditer(name, text):
            if at.start() in starts and at.span() not in spans:
                yield Match(at.start(), at.end(), "PER", "per.tagger-mend")


def _foreign_again(text: str, found: list[Match], lex: NameLexicon) -> Iterator[Match]:
    """A foreign name of four characters or more read whole once (after a title: 总理梅德韦杰夫) is that
    name wherever it is written, though the tagger cuts it there or glues a word to it (同梅德韦/nr +
    杰夫/nrt) (rule ``per.tagger-mend``)."""
    names = {text[m.start:m.end] for m in found if m.type == "PER" and m.end - m.start >= 4}
    spans = {(m.start, m.end) for m in found}
    for name in sorted(n for n in names if _is_translit(n, lex)):
        for at in re.finditer(re.escape(name), text):
            if at.span() not in spans:  # (read there already: its own rule stays)
                yield Match(at.start(), at.end(), "PER", "per.tagger-mend")


def _double_surname_name(tokens: tuple[Token, ...], i: int, lex: NameLexicon) -> int | None:
    """The end of a name of two surnames and a two-character given name (a married woman's name in Hong
    Kong: 林郑月娥, 陈方安生) written right after a title in pieces the tagger cut, none a word of its own,
    up to a delimiter, 说, a time word or the end; None when the tokens from ``i`` are no such name."""
    text, j = "", i
    while j < len(tokens) and len(text) < 4 and is_han(tokens[j].word) \
            and tokens[j].tag not in _NAME_TAGS and tokens[j].tag not in _NOT_GIVEN_PIECE_TAGS:
        text += tokens[j].word
        j += 1
    after = tokens[j].word if j < len(tokens) else ""
    when = j < len(tokens) and tokens[j].tag == "t"  # (林郑月娥 + 明日: a time word starts the clause)
    if len(text) != 4 or j - i < 2 or len(tokens[i].word) != 1 or text[1] not in lex.surnames \
            or text[0] not in lex.surnames \
            or text[0] in lex.weak or text in lex.not_names or not (after == "" or after[0] in _DELIMITERS
                                                                    or after in lex.cues_after or when):
        return None
    return tokens[j - 1].end


# tags of a name the tagger read as a verb or a verbal noun (省长 + 舒圣佑/v + 等, 市委书记 + 管惠/vn + ，)
_NAME_AS_VERB = frozenset({"v", "vn"})
# tags of the second piece of a minority name of four characters the tagger cut (白玛 + 赤林/ns)
_SPLIT_MINORITY_TAGS = frozenset({"nr", "nrt", "ns", "nz"})
# tags of no piece of a name the tagger cut (a verb, an adjective, an adverb: 苏宁 + 报道, 连连 + 称赞)
_NOT_GIVEN_PIECE_TAGS = frozenset({"v", "vn", "vd", "a", "ad", "d", "u", "uj", "p", "c"})


# Tags of a two-character word the tagger split off a lone surname when it reads it as a place, a time
# or a proper noun (冯/nr + 长春/ns, 何/nr + 冬至/t, 吴/nr + 泰和/nz).
_SPLIT_GIVEN_TAGS = frozenset({"ns", "t", "nz", "d", "a"})
# Tags of a word of two characters or more after such a name: a verb, a preposition, an adverb or a
# conjunction (冯长春提出; also 的, a cue verb and a one-character preposition: 吴东海的, 张某某说, 张某某把).
_AFTER_NAME_TAGS = frozenset({"v", "uj", "p", "d", "c"})
# Verbs the tagger glues to the last character of a name (王立 + 群为, 李华建为, 张大 + 伟率).
_GLUED_TO_NAME = "为任率"
_GLUED_LAST = frozenset(_GLUED_TO_NAME)
_FIRST_CHAR, _LAST_CHAR = itemgetter(slice(None, 1)), itemgetter(slice(-1, None))
# what follows a name right after 任命/免去 (任命张三为, 免去张三的, 任命张三、李四, 免除张三同志…)
_AFTER_CUED_NAME = frozenset("为的、,，")
_AFTER_CUED_WORDS = frozenset({"同志"})
# ... and the tags its given name may have there, besides a name's or a noun's (免去 + 钱/n + 立新/d + 的)
_CUED_GIVEN_TAGS = frozenset({"d", "v", "vn", "a", "ad"})
# numerals: 乌 + 三国 is a count, not a given name
_NUMERALS = frozenset("一二三四五六七八九十百千万两")


def _cut_names(tokens: tuple[Token, ...], lex: NameLexicon) -> Iterator[Match]:
    """Names the tagger cut in two or glued to the verb after them, told by what follows them.

    * a lone surname tagged as a name + a two-character word tagged as a place, a time or a proper
      noun, before a delimiter or a verb, 的, a preposition (冯/nr + 长春/ns + 提出, 吴/nr + 东海/ns + 的),
      unless the surname and the word's first character are a word of their own (唐 + 山南: 唐山);
    * a two-character name whose last character the tagger glued to 为, 任 or 率 in a word outside its
      dictionary (王立/nr + 群为), or a three-character name and 为 in one such word (李华建为);
    * a surname the tagger read as a word of its own, even a common one, and a given name between
      任命/免去 and 为, 的, 同志 or a delimiter (任命 + 于/p + 海涛 + 为), or glued to 为 in a word outside
      the tagger's dictionary (任命 + 盛/v + 阅春为/p).
    """
    n = len(tokens)
    # each rule fires at a token tagged a name that starts with a surname, one after 任命/免去, or one
    # ending in 为, 任 or 率: the others are passed over in C
    words = tuple(map(_WORD, tokens))
    named = map(and_, map(_NAME_TAGS.__contains__, map(_TAG, tokens)),
                map(lex.surnames.__contains__, map(_FIRST_CHAR, words)))
    cued = chain((False,), map(lex.cues_before.__contains__, words))
    maybe = map(or_, map(or_, named, cued), map(_GLUED_LAST.__contains__, map(_LAST_CHAR, words)))
    for i in compress(range(n - 1), maybe):
        tok = tokens[i]
        w, nxt = tok.word, tokens[i + 1]
        after = tokens[i + 2] if i + 2 < n else None
        prev = tokens[i - 1] if i else None
        if (len(w) == 1 and tok.tag in _NAME_TAGS and w in lex.surnames and w not in lex.weak
                and nxt.tag in _SPLIT_GIVEN_TAGS and len(nxt.word) == 2 and is_han(nxt.word)
                and split_name(w + nxt.word, lex) and nxt.word not in lex.not_names
                and not _NUMERALS.intersection(nxt.word) and is_oov(w + nxt.word[0])
                and (after is None or after.word[0] in _DELIMITERS or after.word in ("的", "等")
                     or after.word in lex.cues_after or after.tag == "p"
                     or (len(after.word) >= 2 and after.tag in _AFTER_NAME_TAGS))):
            yield Match(tok.start, nxt.end, "PER", "per.surname-given")
        elif (len(w) == 2 and tok.tag in _NAME_TAGS and w[0] in lex.surnames and len(nxt.word) == 2
              and nxt.word[1] in _GLUED_TO_NAME and is_han(nxt.word) and is_oov(nxt.word)
              and nxt.word[0] not in lex.next_word and split_name(w + nxt.word[0], lex)):
            yield Match(tok.start, nxt.start + 1, "PER", "per.tagger-mend")
        if (prev is not None and prev.word in lex.cues_before and len(w) == 1 and w in lex.surnames
                and tok.tag not in _NAME_TAGS and 1 <= len(nxt.word) <= 2 and is_han(nxt.word)
                and nxt.tag in _AFTER_TITLE_TAGS | _CUED_GIVEN_TAGS and nxt.word not in lex.not_names
                and after is not None
                and (after.word[0] in _AFTER_CUED_NAME or after.word in _AFTER_CUED_WORDS)):
            yield Match(tok.start, nxt.end, "PER", "per.surname-given")  # 任命 + 于/p + 海涛 + 为
        elif (prev is not None and prev.word in lex.cues_before and len(w) == 1 and w in lex.surnames
              and tok.tag not in _NAME_TAGS and len(nxt.word) == 3 and nxt.word[2] == "为"
              and is_han(nxt.word) and is_oov(nxt.word) and nxt.word[:2] not in lex.not_names):
            yield Match(tok.start, nxt.start + 2, "PER", "per.surname-given")  # 任命 + 盛/v + 阅春为/p
        if (len(w) == 4 and w[-1] in _GLUED_TO_NAME and tok.tag not in _NAME_TAGS and is_han(w)
                and split_name(w[:3], lex) and w[0] not in lex.weak and is_oov(w)):
            yield Match(tok.start, tok.end - 1, "PER", "per.tagger-mend")


def _translit_run(tokens: tuple[Token, ...], i: int, lex: NameLexicon, places: Container[str]) -> int | None:
    """The end (token index) of a foreign name the tagger cut into two pieces or more from token ``i``, each
    of transliteration characters (a place, a measure word: 莱/ns + 尼亚/ns, 菲/ns + 赫里/q), three to
    ``_MAX_FOREIGN`` characters, no place's name, the clause going on after it with no character of its
    own (a delimiter, a digit, a function word, a verb, a form of address); None when there is none."""
    j, word = i, ""
    while j < len(tokens) and len(word) < _MAX_FOREIGN and tokens[j].tag not in _RUN_STOP_TAGS \
            and _is_translit(tokens[j].word, lex, pieces=True):
        word += tokens[j].word
        j += 1
    if j - i < 2 or not 3 <= len(word) <= _MAX_FOREIGN or word in places or tokens[i].word in places:
        return None
    nxt = tokens[j] if j < len(tokens) else None
    ends = nxt is None or not is_han(nxt.word[0]) or nxt.tag in _RUN_END_TAGS or nxt.word in _ADDRESS
    return j if ends else None


# tags of a token that is no piece of a foreign name (a function word, a verb, a number: _NOT_MINORITY_TAGS
# but the measure word, 赫里/q), and of a word that may follow one in its clause (等/u, 就/d, 进行/v)
_RUN_STOP_TAGS = frozenset({"p", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv", "x", "d", "v", "vn", "m"})
_RUN_END_TAGS = frozenset({"p", "c", "u", "uj", "ul", "d", "v", "vn", "t", "f"})


def _last_before_delimiter(tokens: tuple[Token, ...], j: int, lex: NameLexicon, verb: bool = False) -> bool:
    """Whether token ``j``, one character between a two-character name and a delimiter, is the
    name's last character, whatever its tag: 李明 + 远/a + 、, 王予 + 波/j + ,, 江明 + 所/c + , (a lone
    character can end no clause but a function word: 张三等、; nor can a conjunction join nothing).
    With ``verb``, after a foreign name, one read as a verb or a measure word too (蒙塔尔 + 托/v + ,), and
    before the verb of a clause it is the subject of as before a delimiter (伊斯拉 + 米/q + 担任/v). No token
    ``j`` (the text ends with the name): False."""
    if j >= len(tokens):
        return False
    tok = tokens[j]
    after = tokens[j + 1].word if j + 1 < len(tokens) else ""
    predicate = verb and j + 1 < len(tokens) and tokens[j + 1].tag == "v" and len(after) >= 2
    tags = _NOT_NAME_TAGS - {"d", "f", "c", "v", "q"} if verb else _NOT_NAME_TAGS - {"d", "f", "c"}
    # (莫华伦 + 则/d + 强调: an adverb, preposition or conjunction of people/next_word_chars before the verb
    # opens the predicate)
    adverb = predicate and _function_char(tok, lex)
    return (len(tok.word) == 1 and is_han(tok.word) and tok.word not in _CLAUSE_FUNCTION
            and tok.word not in lex.not_names and tok.tag not in tags and not adverb
            and (after == "" or after[0] in _DELIMITERS or predicate))


def _function_char(tok: Token, lex: NameLexicon) -> bool:
    """Whether ``tok`` is one character of ``people/next_word_chars`` the tagger reads as an adverb, a
    preposition or a conjunction (曾/d, 则/d, 向/p, 并/c): the word after a name, not its last character."""
    return tok.word in lex.next_word and tok.tag in _FUNCTION_TAGS | {"d"}


def _common_two(tok: Token, post: bool) -> bool:
    """Whether ``tok`` is a word of two characters of the tagger's dictionary that it tags, there and in its
    dictionary, as no name: a common word after an occupation's title (研究生 + 毕业/n, 教师 + 基金/n), or
    after a post's one a verb or an adjective (总理 + 丰富/a); not a name (王海, outside the dictionary;
    高峰, 周密: names in it; 国务委员 + 罗干/ns)."""
    return (len(tok.word) == 2 and tok.tag not in _NAME_TAGS and not is_oov(tok.word)
            and (tag := dict_tag(tok.word)) not in _NAME_TAGS and (not post or tag in _VERB_ADJECTIVE_TAGS))


# the roles of a credit, whose name follows (记者 + 马力)
_REPORTERS = ("记者", "通讯员")
# tags of verbs, adjectives and adverbs (丰富/a, 曲解/v, 简要/a)
_VERB_ADJECTIVE_TAGS = frozenset({"v", "vn", "vd", "a", "ad", "an", "d"})


def _tagged_short_name(tok: Token, nxt: Token | None, lex: NameLexicon) -> bool:
    """A two-character word the tagger calls a name, after a title and before a delimiter, a verb or a title
    or form of address (副教授陈群 + 老师), whose last character more often ends a common noun (副市长陈群, :
    not 人群); the title makes it the name (not 陈方 + 安生, a longer name the tagger cut)."""
    w = tok.word
    # ... and a three-character one whose last character ends places and things (副区长徐启楼/nr + 列席会议)
    # before a delimiter, a word a name's cue opens or a character that starts the word after a name
    # (people/next_word_chars: 徐启楼 + 曾, + 也, + 和)
    three = len(w) == 3 and tok.tag == "nr" and w[-1] in lex.endings and w[-1] not in lex.unit_ends \
        and (nxt is None or nxt.tag == "x" or any(nxt.word.startswith(c) for c in lex.cues_after)
             or nxt.word in lex.next_word)
    return (len(w) == 2 and w[1] in lex.short_endings
            and (nxt is None or nxt.tag in ("x", "v") or nxt.word in lex.titles) or three) \
        and tok.tag in _NAME_TAGS and w[0] in lex.surnames and is_han(w) and w not in lex.not_names




_GIVEN_AS_NOUN_TAGS = frozenset({"n", "ns", "nz", "ng"})


def _given_as_noun(tokens: tuple[Token, ...], j: int, lex: NameLexicon,
                   after_preposition: bool = False) -> bool:
    """Whether token ``j``, after a surname the tagger read as a preposition, is a given name it read as a
    noun or a place, or as a verb of two characters right after the preposition (``after_preposition``: no
    verb is the object of 于 or 向): no title, cue nor word of ``people/not_names``, then a delimiter, a cue
    of either side (``people/cues``: 说, 先生, 出席, 陪同, 看望) or 在 (于 + 世军/n + 在, 于 + 新建/ns + 先生,
    于 + 继海/v + 在; not 于 + 会上/n nor 向 + 记者/n); after 于, which takes no noun then a list's 等, the 等
    too (会长 + 于/p + 富民/n + 等; not 主任 + 向 + 群众 + 等)."""
    tok = tokens[j]
    verb = after_preposition and tok.tag == "v" and len(tok.word) == 2
    if tok.tag not in _GIVEN_AS_NOUN_TAGS and not verb or tok.word in lex.titles \
            or tok.word in lex.not_names or tok.word in lex.cues_after or tok.word in lex.cues_before:
        return False
    after = tokens[j + 1].word if j + 1 < len(tokens) else ""
    return bool(after) and (after[0] in _DELIMITERS or after in lex.cues_after or after in lex.cues_before
                            or after == "在" or after == _LIST_CLOSER and tokens[j - 1].word == _AT
                            # (于 + 世军/n + 曾/d: an adverb, preposition or conjunction after a name; after
                            # a preposition only a given name out of the dictionary: not 向 + 群众 + 也)
                            or j + 1 < len(tokens) and _function_char(tokens[j + 1], lex)
                            and (not after_preposition or is_oov(tok.word)))


def _a_date(tok: Token) -> bool:
    """A word that starts a date or a time: tagged as a time (昨天, 今年) or a number (1月, 一九九八年)."""
    return tok.tag == "t" or tok.word[:1].isdigit() or tok.word[:1] in DIGITS


def _name_ends(tokens: tuple[Token, ...], j: int) -> bool:
    """Whether a name may end before token ``j``: not before a lone character, which may be its last."""
    return j >= len(tokens) or len(tokens[j].word) > 1 or not is_han(tokens[j].word) \
        or tokens[j].tag in ("x", "v", "p", "c", "uj")


def _cuttable(tok: Token | None, lex: NameLexicon) -> bool:
    """True when ``tok`` may be cut off the end of a list item: a function word, a title (主任周子玉)
    or a verb, alone or starting a word (王纯出席, 王纯出席会议)."""
    return tok is not None and (tok.word in _LIST_FUNCTION_WORDS or tok.word in lex.titles
                                or tok.word in lex.cues_after or tok.word[:2] in lex.cues_after)


# ... and after the last of a list of names: also a time (张三、李四 + 先后 + 发言)
_AFTER_LIST_TAGS = _AFTER_NAME_TAGS | {"t"}
# ... or a count of the people listed (张三、李四 + 两名 + 同志, + 三位; not 第三)
_PEOPLE_COUNT = re.compile(r"[两二三四五六七八九十]{1,2}[位名人]")


def _cuttable_in_names(tok: Token | None, lex: NameLexicon) -> bool:
    """In a list of names: also a word of two characters or more the tagger reads as a verb, an adverb,
    a preposition, a conjunction or a time, a count of people, or 的 (免去 + 张三、李四 + 的, 张三、李四 +
    分别, + 先后, + 两名)."""
    return _cuttable(tok, lex) or tok is not None and (
        (len(tok.word) >= 2 and tok.tag in _AFTER_LIST_TAGS) or tok.word == "的"
        or _PEOPLE_COUNT.fullmatch(tok.word) is not None)


_NO_TOKEN = Token(-1, -1, "", "")


def _list_ends(items: list[str], spans: list[tuple[int, int]], by_start: dict[int, Token],
               by_end: dict[int, Token], lex: NameLexicon, names: bool = False,
               shaped: Callable[[str], object] | None = None) -> tuple[int | None, int | None]:
    """Where the names of a list's first and last items start and end (offsets into the items).

    The outer ends must fall on word boundaries (主任周子玉、 is 主任 + 周子玉, 刘文泮为 is 刘文泮 + 为);
    a cut at a function word or title comes before the whole item (任周子玉 would pass as a name).
    With ``names`` (most items are names the tagger knows) a verb, an adverb or 的 may be cut off too,
    and then the name does not end in a function word the tagger reads apart (张三等 + 分别, 李四也 + 曾;
    but 葛/nr + 天才/n + 先后 ends in 才). ``shaped`` says what reads as a name (default: a Chinese name's
    shape, ``split_name``).
    """
    cuttable = _cuttable_in_names if names else _cuttable
    named = shaped or (lambda w: split_name(w, lex))
    head, tail = items[0], items[-1]
    first = next((k for k in [*range(1, len(head) - 1), 0] if named(head[k:]) and (
        k == 0 or head[:k] in _LIST_FUNCTION_WORDS or cuttable(by_end.get(spans[0][0] + k), lex))), None)
    last = next((k for k in [*range(len(tail) - 1, 1, -1), len(tail)] if named(tail[:k])
                 and not _function_cut(spans[-1][0] + k, by_start, by_end)
                 # (张明 + 等/u + 人大代表: 等 read apart ends the list, not the name)
                 and by_end.get(spans[-1][0] + k, _NO_TOKEN).word != "等" and (
        k == len(tail) or tail[k:] in _LIST_FUNCTION_WORDS or _glued_closer(tail, k, spans[-1][0], by_end)
        or (cuttable(by_start.get(spans[-1][0] + k), lex)
            and not (names and tail[k - 1] in _CLAUSE_FUNCTION
                     and len(by_end.get(spans[-1][0] + k, _NO_TOKEN).word) == 1)))), None)
    return first, last


def _glued_closer(tail: str, k: int, start: int, by_end: dict[int, Token]) -> bool:
    """Whether the list's closer 等 at ``tail[k]`` (``tail`` starting at view offset ``start``) ends a word
    of two the tagger made of it and the name's last character (孙/zg + 恒等/a, 周南/f + 平等/a, 林家 + 权等):
    the name ends before it."""
    return tail[k:k + 1] == _LIST_CLOSER and len(by_end.get(start + k + 1, _NO_TOKEN).word) == 2


def _function_cut(at: int, by_start: dict[int, Token], by_end: dict[int, Token]) -> bool:
    """Whether a name ending at ``at`` would end in a conjunction or preposition the tagger reads apart
    before a word (李辉 + 及 + 秘书长; not 饶子和 + 等) or cut one in two (汪洋 + 以及)."""
    before = by_end.get(at)
    if before is not None:
        return len(before.word) == 1 and before.word in _LIST_FUNCTION_WORDS \
            and before.tag in _FUNCTION_TAGS and len(by_start.get(at, _NO_TOKEN).word) >= 2
    if at in by_start:
        return False
    # the tokens run on end to end: the one ``at`` falls in starts at the last token start before it (read
    # back a token's length, not every token of the text)
    start = next((s for s in range(at - 1, -1, -1) if s in by_start), None)
    inside = by_start[start] if start is not None else None
    return inside is not None and at < inside.end and inside.tag in _FUNCTION_TAGS


# tags of a conjunction or preposition (及/c, 以及/c, 由/p)
_FUNCTION_TAGS = frozenset({"c", "p"})


def _undotted_minority(word: str, lex: NameLexicon, places: Container[str]) -> bool:
    """Whether ``word`` may be a Tibetan, Mongolian or Uyghur name written without a dot in a list of names
    (次仁卓嘎, 洛桑丹增): a word of a transliteration's characters, no place."""
    return _is_translit(word, lex) and word not in places


def _lists(text: str, tokens: tuple[Token, ...], lex: NameLexicon, places: frozenset[str]) -> Iterator[Match]:
    """Every item of a list of two or more names written with single spaces or 、.

    The first and last items may carry a neighbouring word (有江泽民 李鹏, 王润培、李广尊等); an item may
    carry a note of its bearer's sex or nationality (张三（女）、李四). In a list right after a post's
    title a word of a transliteration's characters, no place, is a name too (副主席王明、次仁卓嘎、洛桑丹增:
    Tibetan, Mongolian and Uyghur names written without a dot).
    """
    by_start = dict(zip(map(_START, tokens), tokens, strict=True))
    by_end = dict(zip(map(_END, tokens), tokens, strict=True))
    for m in _lists_in(text, lex.translit):
        found = list(_list_patterns(lex.translit)[1].finditer(text, m.start(), m.end()))
        items = [f.group(1) for f in found]
        spans = [f.span(1) for f in found]
        # (not a list running on into a name of parts: 副市长A、艾克斯-马赛-普罗旺斯大都会)
        after_title = text[m.end():m.end() + 1] not in _RUN_ON and any(
            by_end.get(spans[0][0] + k, _NO_TOKEN).word in lex.titles for k in range(len(items[0]) - 1))

        def named(w: str, after_title: bool = after_title) -> bool:
            return bool(split_name(w, lex)) or after_title and _undotted_minority(w, lex, places)

        shaped = [named(w) for w in items[1:-1]]
        if 4 * sum(shaped) < 3 * len(shaped) or len(items) < 5 and not all(shaped):
            continue  # (a list of other things with a name-shaped item or two; a long list of names may hold
            # one of another shape, which is left out: 阿刘时布 of a list of Chinese names)
        first, last = _list_ends(items, spans, by_start, by_end, lex, shaped=named)
        # items the tagger reads as names, whole or with a one-character neighbour at the list's ends
        # (举 + 李殿勋, 王一鸥 + 为)
        tagged = sum(any(t is not None and t.tag in _NAME_TAGS and len(t.word) >= 2 and t.word in w
                         for t in (by_start.get(a), by_end.get(b)))
                     for (a, b), w in zip(spans, items, strict=True))
        # (the first item may hold the verb's end: 免去吴建国 of 免 + 去吴建国)
        cued = any(by_end.get(spans[0][0] + k, _NO_TOKEN).word in lex.cues_before
                   for k in range(len(items[0]) - 1))
        if (first is None or last is None) and (2 * tagged >= len(items) or cued):
            # most items are names the tagger knows, or the list follows a verb naming people (任命, 免去):
            # the ends may also be cut at a verb, an adverb or 的
            first, last = _list_ends(items, spans, by_start, by_end, lex, names=True, shaped=named)
        keep = [True, *shaped, True]
        if len(items) >= 5 and 2 * tagged >= len(items):
            # a long list of names the tagger knows whose end the rules cannot cut (校领导程红兵、… +
            # 导程红兵): its other items are names all the same
            if first is None:
                first, keep[0] = 0, False
            if last is None:
                last, keep[-1] = len(items[-1]), False
        # (a list right after a title: 市领导陈中山、但锐金、别华中、欧阳萍, names the tagger reads as none)
        titled = first is not None and first > 0 \
            and by_end.get(spans[0][0] + first, _NO_TOKEN).word in lex.titles
        if first is None or last is None or not (tagged or cued or titled):
            continue  # (no item the tagger reads as a name, nor a verb naming people: 华西、黄淮等地)
        spans[0] = (spans[0][0] + first, spans[0][1])
        spans[-1] = (spans[-1][0], spans[-1][0] + last)
        rule = "per.space-list" if " " in m.group() else "per.list"
        for (a, b), name in zip(spans, keep, strict=True):
            if name:
                yield Match(a, b, "PER", rule)


@per_rules
def _appointment_cues(rules: RuleSet) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A verb handing a post to the names before it (为, 当选为, 任: ``posts/appointments`` start and hold
    words), after a note or 同志; and an appointing word (选举, 任命: trigger words)."""
    words = appointment_words(rules)
    link = re.compile(f"{_NOTE}(?:同志)?(?:{alternation(words['start'] + words['hold'])})")
    return link, re.compile(alternation(words["trigger"]))


def _name_shaped(word: str, lex: NameLexicon, places: Container[str] = frozenset()) -> bool:
    """Whether ``word`` is a surname and one or two characters (a compound surname and one or two), and no
    title (常委, 孙主任) nor a place of ``places``: the shape of a name, whatever the tagger and the
    common-word lists say of it."""
    if not is_han(word) or word in lex.titles or word[1:] in lex.titles or word in places:
        return False
    return (2 <= len(word) <= 3 and word[0] in lex.surnames) \
        or (3 <= len(word) <= 4 and word[:2] in lex.compound)


class _Without(Container[str]):
    """The words of a large set less a few, tested without copying the set."""

    __slots__ = ("_words", "_left_out")

    def __init__(self, words: frozenset[str], left_out: set[str]) -> None:
        self._words, self._left_out = words, left_out

    def __contains__(self, word: object) -> bool:
        return word in self._words and word not in self._left_out


# a conjunction after a list's last name (副主任A、B、C及常委会其他组成人员)
_LIST_END_CONJUNCTIONS = frozenset({"及", "和", "以及", "等"})
#: the verb of an appointment after a list of names (A、B为副市长)
_AS = "为"
# ... those of one character no given name ends with (和 does: 李平和)
_LIST_CLOSING = frozenset("及等")
# the words between a post and the list of its holders named after it (执行主席还有：A、B; 执行主席由A、B担任)
_HOLDERS = re.compile(r"的?(?:还有|有|是|分别是|分别为)[:：]?|由|[:：]")
# what may stand between the verb handing a post and the title: the post's body (为市第十四届人大常委会委员)
_TO_TITLE = re.compile(r"[^,，。;；:：!！?？\n]{0,24}")


# a list this long is one of names, whatever the shape of one of its items (A、B、C、靠山、D为省政协副主席)
_LONG_LIST = 5
# the bracket opening a note on an item's bearer (张三（女）, 李四（满族）)
_NOTE_OPENING = ("（", "(")


def _appointed_lists(view: View, tokens: tuple[Token, ...], titles: list[Mention], lex: NameLexicon,
                     rules: RuleSet) -> Iterator[Match]:
    """Every item of a list of names given a post before or after it (rule ``per.appointed``).

    选举A、B、C为市人大常委会委员, A、B当选为副主席: the items of a name's shape (:func:`_name_shaped`) are
    names whatever the tagger reads them as (周密, 林立, 常青 are words too), when the list ends in a verb
    handing a post (``posts/appointments``) with a title after it in its clause, and one item is a name the
    tagger knows or an appointing word (选举, 任命) stands before the list in its clause; the first item
    may carry the verb before it (选举 + A), at a word boundary; the last the verb after it (B + 为).
    副主席A、B、C出席: the same when the list follows a post's title (or the title and a link to its
    holders: 执行主席还有：A、B, 执行主席由A、B担任) and one item is a name the tagger knows, the last item
    ending before a verb or a delimiter.
    """
    if not titles:
        return
    text = view.text
    lists = _lists_in(text, lex.translit)
    list_pattern, item_pattern = _list_patterns(lex.translit)
    if not lists:
        return
    link, trigger = _appointment_cues(rules)
    title_starts = {view.to_view(t.start) for t in titles}
    title_ends = {view.to_view(t.end) for t in titles if _a_post(t.key or t.text, rules)}
    # 执行主席还有：A、B, 执行主席由A、B担任: the list of a post's holders named after it and a link
    title_ends |= {m.end() for e in title_ends if (m := _HOLDERS.match(text, e)) is not None}
    # ... and the lists that start right after a post's title, whose first name a title chain's 、 took into
    # another match of the list's pattern (市委常委、副市长 + 刘国华、周密、高峰出席: 市委常委、副市长刘)
    # ... or after the dotted name of its first holder (副主席热合曼·阿不都拉 + 、巴岱、刘怡)
    title_ends |= {d + 1 for e in title_ends if (d := _dotted_after(tokens, e, lex, rules)) is not None
                   and text[d:d + 1] == "、"}
    starts = {m.start() for m in lists}
    lists += tuple(m for e in sorted(title_ends)
                   if e not in starts and (m := list_pattern.match(text, e)) is not None)
    by_start = dict(zip(map(_START, tokens), tokens, strict=True))
    named = list(compress(tokens, map(_NAME_TAGS.__contains__, map(_TAG, tokens))))
    tagged = [(t.start, t.end) for t in named if len(t.word) >= 2]
    # a place's name is an item's only if the tagger reads it as a name there (钟山/nr, not 伊朗/ns)
    places = _Without(place_names(rules).names, {text[a:b] for a, b in tagged})
    # where a name may end before the verb: a word boundary, or inside a name it is glued to (孙立为/nr)
    glued = {i for t in named for i in range(t.start + 2, t.end)}

    def shaped(word: str) -> bool:
        return _name_shaped(word, lex, places) or _undotted_minority(word, lex, places)

    for m in lists:
        spans = [f.span(1) for f in item_pattern.finditer(text, m.start(), m.end())]
        a0, b0 = spans[0]
        first = next((a0 + k for k in range(b0 - a0 - 1) if a0 + k in by_start
                      and shaped(text[a0 + k:b0])), None)
        # a middle item is a name of a name's shape, or any with a note on its bearer after it (乌兰 + note);
        # in a long list (_LONG_LIST items or more) one item of neither may be a name too (A、B、靠山、C、D为)
        odd = sum(not (shaped(text[i:j]) or text.startswith(_NOTE_OPENING, j))
                  for i, j in spans[1:-1])
        if first is None or odd > (len(spans) >= _LONG_LIST):
            continue
        a, b = spans[-1]
        # (副局长A、李茂 + 等/u + 在, 周红及/nr + 在场: a list's closing word is no name's last character)
        # (张/q + 勇为/v + 市财政局副局长: the verb 为 glued to the last name's end ends it too)
        ends = [a + k for k in (6, 5, 4, 3, 2) if a + k <= b
                and (a + k in by_start or a + k in glued or a + k == b or text[a + k] == _AS)
                and shaped(text[a:a + k]) and text[a + k - 1] not in _LIST_CLOSING]
        if (dotted := _dotted_from(tokens, a, b, lex, rules)) is not None:
            ends = [dotted]  # (A、B、吐尔逊 + ·买买提 + 为: the last a dotted name, whole)
        last = next(((e, after.end()) for e in ends if (after := link.match(text, e)) is not None), None)
        if last is None and m.end() > b and (after := link.match(text, m.end())) is not None:
            last = (b, after.end())  # 江巴吉才（藏族）+ 为: the verb after the last item's note, any name
        window = _TO_TITLE.match(text, last[1]) if last is not None else None
        if last is not None and window is not None \
                and not title_starts.isdisjoint(range(last[1], window.end())):
            clause = max(text.rfind(c, 0, first) for c in ",，。;；:：\n") + 1
            # an appointing word in the list's clause, or in its sentence before a clause it ends that gave
            # a post (任命A为市长，B、C为副市长)
            sentence = max(text.rfind(c, 0, first) for c in "。\n") + 1
            given = trigger.search(text, sentence, clause)
            cued = trigger.search(text, clause, first) is not None or given is not None \
                and text[clause - 1] in ",，;；" and "为" in text[given.end():clause]
            end: int | None = last[0]
        elif first in title_ends:
            # 副主席A、B、C + 出席: after a post's title, up to a verb or a delimiter
            end = next((e for e in ends if e == b and text[b:b + 1] in _DELIMITERS
                        or text[e:e + 1] in _LIST_CLOSING or e in by_start and (
                by_start[e].tag in _AFTER_NAME_IN_CLAUSE or by_start[e].word[:2] in lex.cues_after
                or by_start[e].word in _LIST_END_CONJUNCTIONS)), None)
            cued = False
        else:
            continue  # (以A、B为代表: no post after the verb)
        if end is None or not cued and last is None and _titled_after(text, end, title_starts):
            continue  # (副校长A、党办 + 校办主任B: the last item is the next post's body)
        spans[0], spans[-1] = (first, b0), (a, end)
        if not cued and not any(i <= s and e <= j for i, j in spans for s, e in tagged):
            continue
        for i, j in spans:
            yield Match(i, j, "PER", "per.appointed")


def _dotted_after(tokens: tuple[Token, ...], a: int, lex: NameLexicon, rules: RuleSet) -> int | None:
    """Where the dotted name that starts at view offset ``a`` ends (its first part one or two words: 热合 +
    曼 + ·阿不都拉), None when none starts there."""
    i = _token_indexes(tokens)[0].get(a)
    dot = None if i is None else next(
        (k for k in (i + 1, i + 2) if k < len(tokens) and tokens[k].word in _MIDDLE_DOTS), None)
    span = _dotted_span(tokens, dot, lex, place_names(rules).names) if dot is not None else None
    return span[1] if span is not None and span[0] == a else None


def _dotted_from(tokens: tuple[Token, ...], a: int, b: int, lex: NameLexicon, rules: RuleSet) -> int | None:
    """Where the dotted name that starts at view offset ``a`` ends, its first dot at ``b`` (a list's last
    item, 吐尔逊 + ·买买提: the list's pattern reads no dot); None when none does."""
    i = _token_indexes(tokens)[0].get(b)
    if i is None or tokens[i].word not in _MIDDLE_DOTS:
        return None
    span = _dotted_span(tokens, i, lex, place_names(rules).names)
    return span[1] if span is not None and span[0] == a else None


def _titled_after(text: str, end: int, title_starts: set[int]) -> bool:
    """Whether a title starts in the clause after view offset ``end``, before any delimiter: the words
    there are the body of the next post, not the end of a list of names."""
    stop = next((i for i in range(end, len(text)) if text[i] in _DELIMITERS), len(text))
    return not title_starts.isdisjoint(range(end, stop))


def _untagged_pair(at: int, by_start: dict[int, int], tokens: tuple[Token, ...]) -> bool:
    """Whether the tagger made the two characters at view offset ``at`` one word it does not read as a
    name (许记/m, 喻在/p): a name of three it cut, not a name of two it knows before a word (刘琦/nr + 等)."""
    i = by_start.get(at)
    if i is None or len(tokens[i].word) != 2 or tokens[i].tag in _NAME_TAGS:
        return False
    third = tokens[i + 1] if i + 1 < len(tokens) else None  # (穆文 + 等/u: a particle, no name's third)
    return third is None or len(third.word) != 1 or not (
        third.tag in _FUNCTION_TAGS | {"d"} or third.tag.startswith("u"))


def _verb_at(text: str, at: int, cues: frozenset[str]) -> bool:
    """Whether a verb of ``cues`` of two characters or more starts at view offset ``at``: one that follows
    a name (people/cues ``after``: 参加, 带队, 主持) or precedes one (``before``: 会见, 看望). After a
    title, the three characters before it are a name whatever their characters start elsewhere (副书记 +
    喻在岗 + 参加, 副书记 + 许记中 + 带队, 局长林庆和 + 会见; whatever a venue before 会见 elsewhere:
    在索契 + 会见)."""
    return any(len(c) >= 2 and text.startswith(c, at) for c in cues)


def _verb_after_name(word: str, lex: NameLexicon) -> bool:
    """Whether ``word`` is a verb that follows a name (people/cues ``after``: 主持, 出席) and no word of
    speech a glued 作 takes (讲话): the 作, 到 or 于 before it ends the name (市长石爱作 + 主持)."""
    return word in lex.cues_after and word not in _TAKEN_BY_GLUED_VERB


# a name in a credit: two to four characters, or two set apart by a space as print pads them (徐 峰)
_CREDIT_NAME = r"(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff])"
_CREDIT = re.compile(rf"[（(](?P<role>(?:记者|通讯员|实习生|摄影|摄)[ \u3000]*)?(?P<names>{_CREDIT_NAME}"
                     rf"(?:[ \u3000]+{_CREDIT_NAME})*)[ \u3000]*[）)]")
_CREDIT_ITEM = re.compile(_CREDIT_NAME)
# a photograph's credit in brackets: one name or more and 摄 (（李舸摄）, （张学仁 王良摄）)
_PHOTO = re.compile(r"[（(](?P<names>[\u4e00-\u9fff]{2,3}(?:[ \u3000、][\u4e00-\u9fff]{2,3})*)摄[）)]")
_PHOTO_ITEM = re.compile(r"[\u4e00-\u9fff]{2,3}")


def _credits(text: str, lex: NameLexicon) -> Iterator[Match]:
    """The names of a credit in brackets (rule ``per.credit``): after a reporter's role, or two or more
    apart by spaces, each of a name's shape, a name of two characters padded with a space included
    (（记者 张三 李四）, （王五 赵 六）); the names of a photograph's credit, one or more (（缪青民摄）)."""
    for m in _CREDIT.finditer(text):
        items = list(_CREDIT_ITEM.finditer(text, m.start("names"), m.end("names")))
        if m.group("names").endswith("摄") or (len(items) < 2 and not m.group("role")) or not all(
                split_name(re.sub("[ \u3000]", "", i.group()), lex) for i in items):
            continue
        for i in items:
            yield Match(i.start(), i.end(), "PER", "per.credit")
    for m in _PHOTO.finditer(text):
        items = list(_PHOTO_ITEM.finditer(text, m.start("names"), m.end("names")))
        if all(split_name(i.group(), lex) for i in items):
            yield from (Match(i.start(), i.end(), "PER", "per.credit") for i in items)


# a reporter's role (or an editor's before a colon: 责任编辑：) and the names after it, set apart
# by 、 or a space (记者张三、李四, 记者田栋栋 鲁金博, 全媒体记者：宋户户), a name of two characters padded
# with a space as print pads it (记者 王 欢 摄); a name ends before 摄, a delimiter, a closing bracket or the
# slash of what the person did (记者 张三/图, 记者李四】)
_BYLINE_ROLE = re.compile(r"(?:(?:记者|通讯员|实习生|摄影)[ \u3000]?[:：]?"
                          r"|(?:责任编辑|责编|编辑|审核|校对|审校|监制|摄像|撰稿)[ \u3000]?[:：])[ \u3000]?")
_BYLINE_NAME = re.compile(r"[\u4e00-\u9fff]{2,3}?(?=摄|报道[:：]|[、 \u3000)）】/\n]|$)"
                          r"|[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff](?=[ \u3000]?摄|[、)）】/\n]|$)")
_BYLINE_JOIN = frozenset("、 \u3000")


def _byline_names(text: str, lex: NameLexicon) -> Iterator[Match]:
    """The names of a byline after a reporter's role (rule ``per.byline``): each of a name's shape, up to the
    first item that is none (记者张三、李四、通讯员王五: 张三, 李四; the role's own rule reads 王五)."""
    for role in _BYLINE_ROLE.finditer(text):
        at = role.end()
        while (m := _BYLINE_NAME.match(text, at)) is not None:
            name = re.sub("[ \u3000]", "", m.group())
            if split_name(name, lex) is None or name[1:] in lex.titles or dict_tag(name) == "nt":
                break  # (记者：党中央、国务院…: an interview's question, not a byline)
            yield Match(m.start(), m.end(), "PER", "per.byline")
            if m.end() + 1 >= len(text) or text[m.end()] not in _BYLINE_JOIN:
                break
            at = m.end() + 1


# a name opening a line, a sentence, a clause or a list's item before its post in brackets, as forums print
# who speaks (张三（农业部农村经济研究中心副主任）：…) and lists their guests (李四（县长）、王五（…）)
_BRACKETED_POST = re.compile(
    r"(?:^|(?<=[\n。；;，,、:：]))([\u4e00-\u9fff]{2,3})[（(]([^（）()\n]{2,30})[）)]")


def _bracketed_posts(text: str, lex: NameLexicon) -> Iterator[Match]:
    """A name of a name's shape before its post in brackets, opening a line, a sentence, a clause or a list's
    item (rule ``per.context``): the tagger may read it as words (张/q + 文宝/nz + （…）：, 刘澜涛/n +
    （县委常委、副县长）出席, 出席的有李四（…）、杜葵/n + （…））."""
    for m in _BRACKETED_POST.finditer(text):
        inside = m.group(2)
        if split_name(m.group(1), lex) and any(inside.endswith(t) for t in lex.titles):
            yield Match(m.start(1), m.end(1), "PER", "per.context")


# an author's line: a name alone on the line between a headline and the body, as papers print the author of an
# essay or a commentary under its title (凝眸岁月 / 粒砂 / “爆竹声中一岁除……)
_AUTHOR_LINE = re.compile(r"(?<=\n)[\u4e00-\u9fff]{2,4}(?=\n)")
_HEADLINE_MAX, _BODY_MIN = 30, 30


def _author_lines(text: str, lex: NameLexicon, rules: RuleSet) -> Iterator[Match]:
    """Names alone on the line right after a headline (a line of at most 30 characters that ends no sentence)
    and before a paragraph of the body (rule ``per.author-line``): a pen name need not have a name's shape
    (粒砂, 今哲); not a place, a body or a phrase (开栏的话, 编后, 悄悄进京)."""
    places = place_names(rules).names
    for m in _AUTHOR_LINE.finditer(text):
        above, below = m.start(), m.end()  # blank lines between the paragraphs or not
        while above > 0 and text[above - 1] == "\n":
            above -= 1
        while below < len(text) and text[below] == "\n":
            below += 1
        headline = text[text.rfind("\n", 0, above) + 1:above]
        after = text.find("\n", below)
        body = text[below:after if after >= 0 else len(text)]
        word = m.group()
        if not headline or len(headline) > _HEADLINE_MAX or headline[-1] in _SENTENCE_ENDS \
                or len(body) <= _BODY_MIN or word in places or word in lex.not_names or "的" in word \
                or word.endswith(_CREDIT_WORDS) or any(word.endswith(t) for t in lex.titles) \
                or dict_tag(word) in _NOT_AUTHOR_TAGS or any(t.tag in _VERB_TAGS for t in tokenize(word)):
            continue  # (政府官员: a title; 钟源摄影: a credit; 悄悄进京: a verb)
        yield Match(m.start(), m.end(), "PER", "per.author-line")


_SENTENCE_ENDS = frozenset("。！？!?…")
_CREDIT_WORDS = ("摄影", "摄")
_VERB_TAGS = frozenset({"v", "vn", "vd"})
# the tagger's dictionary tags of a word that names no author: a verb, a body, a place, a time, an adverb
_NOT_AUTHOR_TAGS = frozenset({"v", "vn", "nt", "ns", "t", "d", "l", "i"})


# a name in Latin letters in brackets, each word capitalised (Marco Rubio, O'Connor; not (blog))
_LATIN_IN_BRACKETS = re.compile(r"[(（]([A-Z][A-Za-z.'’-]*(?: [A-Z][A-Za-z.'’-]*){0,4})[)）]")


def _original_names(text: str, found: list[Match]) -> Iterator[Match]:
    """A name in Latin letters in brackets right after a name found (rule ``per.original``): the person's
    name as written in its own language (塔米·布鲁斯（Tammy Bruce）)."""
    for m in list(found):
        if m.type == "PER" and (latin := _LATIN_IN_BRACKETS.match(text, m.end)) is not None:
            yield Match(latin.start(1), latin.end(1), "PER", "per.original")


# a name in Latin letters: two to four words, each capitalised, single-spaced (David Halliwell, Monte
# McNaughton), with the accented letters of European alphabets (Edgars Rinkēvičs, José Núñez); a word ends
# before a capital that no small letter follows (Nkhoma + STEM学院)
_CAPITAL = "A-ZÀ-ÖØ-Þ\u0100-\u017e"
_SMALL = "a-zß-öø-ÿ\u0100-\u017e"
_LATIN_WORD = rf"[{_CAPITAL}][{_SMALL}'’-]+(?:[{_CAPITAL}][{_SMALL}'’-]+)?"
_LATIN_NAME = rf"{_LATIN_WORD}(?: {_LATIN_WORD}){{1,3}}(?![{_SMALL}])"


@per_rules
def _latin_after_title_re(rules: RuleSet) -> re.Pattern[str]:
    """A name in Latin letters at a title's end, past a space and a form of address in Latin letters
    (``people/latin_addresses``: 副校长 + David Halliwell, 主席 + Mr. + Walied Soliman, 部长 + Hon. + Ray
    Williams)."""
    addresses = "|".join(sorted(rules.lexicon("people/latin_addresses").entries, key=lambda w: (-len(w), w)))
    address = rf"(?:(?:{addresses})\.?[ \u3000]?)?" if addresses else ""
    return re.compile(rf"[ \u3000]?{address}(?P<name>{_LATIN_NAME})")


# ... right before a title, past a space (Hon. Mark Coure + 议员)
_LATIN_BEFORE_TITLE = re.compile(rf"(?<![A-Za-z{_SMALL}])(?P<name>{_LATIN_NAME})[ \u3000]?$")


def _latin_by_titles(view: View, titles: list[Mention], rules: RuleSet) -> Iterator[Match]:
    """A name in Latin letters right after or before a title (rule ``per.latin``): a post's holder whose name
    the text writes in his own letters (副校长David Halliwell, 秘书长Jeanne Laksana, Mark Coure 议员)."""
    pattern = _latin_after_title_re(rules)
    text = view.text
    for t in titles:
        start = view.to_view(t.start)
        for m in (pattern.match(text, view.to_view(t.end)),
                  _LATIN_BEFORE_TITLE.search(text, max(0, start - _MAX_LATIN), start)):
            if m is not None:
                yield Match(m.start("name"), m.end("name"), "PER", "per.latin")


_MAX_LATIN = 48  # characters of a name in Latin letters and the space after it, at most


def _without_places_of_heads(view: View, titles: list[Mention], found: list[Match], lex: NameLexicon
                             ) -> list[Match]:
    """``found`` without the names that are a place's, written right before the title of the place's head that
    opens with the place's level and a name after it (曼托瓦 + 省长 + 博塔尼, New Brunswick + 省长 + Susan
    Holt, 梅多莱 + 市长 + 莫兰迪): ``X省长Y`` is Y, the 省长 of X省 (its level written once), not two people
    (a name before a title is the bare form of address, 王市长, and none comes after it); nor is X a person
    anywhere else in the text. Only a transliteration or a name in Latin letters: a Chinese name before the
    title is its holder's (台北市蒋万安市长 + 于会中: a name misread after it is no evidence)."""
    text = view.text
    heads = {}
    for t in titles:
        title = t.key or t.text
        if len(title) == 2 and title[0] in lex.levels and title[1] == _HEAD:
            a, b = view.to_view(t.start), view.to_view(t.end)
            heads[a - (text[a - 1:a] == " ")] = b + (text[b:b + 1] == " ")
    if not heads:
        return found
    starts = {m.start for m in found}
    places = {w for m in found if heads.get(m.end) in starts
              and (_is_translit(w := text[m.start:m.end], lex) or w.isascii())}
    return [m for m in found if text[m.start:m.end] not in places] if places else found


_HEAD = "长"  # the last character of the title of a place's head (省长, 市长, 州长)
_NEW = "新"  # a post's new holder (新总统, 新任): after a state's name, no name's last character


# the marks between the items of a list of posts and their holders (市长A、副市长B，秘书长C)
_ITEM_MARKS = frozenset("、,，;；")
# the most characters of a body's name written between an item's mark and its post's title
_MAX_ITEM_BODY = 24


def _list_items_after_titles(view: View, titles: list[Mention], found: list[Match], lex: NameLexicon,
                             rules: RuleSet) -> Iterator[Match]:
    """A name between a post's title and the mark that ends its item of a list (rule ``per.list-item``),
    when the item before or after it is a post's title and a name found up to its mark (副处长 + 高阳 + 、 +
    副秘书长 + 李四; 会长 + 关中 + ， + 副台长 + 王五): the list's shape says it is a name, whatever the
    tagger reads its characters as (高阳 a county, 关中 a region, 何为 a conjunction). Only a Chinese name's
    shape (a surname, of context too, and one or two characters: :func:`split_name`) and only where no name
    was found."""
    text = view.text
    starts: dict[int, int] = {}  # a post's title's end -> its start (the longest title ending there)
    for t in titles:
        if _a_post(t.key or t.text, rules):
            end, start = view.to_view(t.end), view.to_view(t.start)
            starts[end] = min(start, starts.get(end, start))
    if len(starts) < 2:
        return
    named = [m for m in found if m.type == "PER" and m.start in starts]  # names found right after a title
    taken = {m.start for m in found if m.type == "PER"}
    ends = {m.end for m in named}
    titled = {starts[m.start] for m in named}  # the starts of the titles those names hold
    for end, start in starts.items():
        if end in taken:
            continue
        mark = next((k for k in range(end + 2, min(end + 5, len(text))) if text[k] in _ITEM_MARKS), None)
        if mark is None or text[mark - 1] in _ITEM_MARKS or split_name(text[end:mark], lex) is None:
            continue
        # the item before: its holder's name ends at the mark before this item's body and title; the item
        # after: a title a name was found after starts before its first delimiter
        before = next((k for k in range(start - 1, max(-1, start - _MAX_ITEM_BODY - 2), -1)
                       if text[k] in _DELIMITERS or text[k] == "\n"), None)
        after = next((k for k in range(mark + 1, min(len(text), mark + _MAX_ITEM_BODY + 2))
                      if text[k] in _DELIMITERS or text[k] == "\n" or k in titled), None)
        if before in ends and text[before] in _ITEM_MARKS or after in titled:
            yield Match(end, mark, "PER", "per.list-item")


def extract_people(view: View, ctx: Context, titles: list[Mention] | None = None) -> Iterator[Mention]:
    """PER candidates of ``view`` (they may overlap; the combiner chooses).

    ``titles`` are the TITLE mentions of the view, when the caller has them,
    for the names that follow a title.
    """
    rules = rules_of(ctx)
    lex = _name_lexicon(rules)
    tokens = tokens_of(view)
    if titles is None:
        from kg.extract.titles import extract_titles

        titles = list(extract_titles(view, ctx))
    found = list(_tagged_names(tokens, rules))
    in_context = _in_context(lex)
    found.extend(_after_titles(view, tokens, titles, in_context, rules))
    found.extend(_three_after_titles(view, tokens, titles, in_context, rules))
    found.extend(_after_glued_titles(view, tokens, titles, lex))
    found.extend(_three_before_titles(view, tokens, titles, in_context, rules))
    found.extend(_dotted_after_titles(view, tokens, titles, lex, rules))
    found.extend(_dotted_before_titles(view, tokens, titles, lex, rules))
    found.extend(_married_after_titles(view, tokens, titles, lex, rules))
    found.extend(_latin_by_titles(view, titles, rules))
    found.extend(_lists(view.text, tokens, in_context, place_names(rules).names))
    found.extend(_appointed_lists(view, tokens, titles, in_context, rules))
    found.extend(_cut_names(tokens, lex))
    found.extend(_credits(view.text, lex))
    found.extend(_byline_names(view.text, lex))
    found.extend(_bracketed_posts(view.text, lex))
    found.extend(_author_lines(view.text, lex, rules))
    found.extend(_foreign_whole(tokens, found, lex, place_names(rules).names))
    found.extend(_translit_pairs(view.text, found, lex))
    found.extend(_japanese_whole(view, tokens, found, titles, lex))
    found.extend(_japanese_four_after_titles(view, tokens, titles, lex, rules))
    found.extend(_foreign_lists(tokens, found, lex, place_names(rules).names))
    found.extend(_dotted_names(view, tokens, found, lex, place_names(rules).names))
    found.extend(_lost_dots(view, found, lex))
    found.extend(_third_characters(tokens, found, lex))
    found.extend(_repeated_thirds(view.text, tokens, found, lex))
    found.extend(_foreign_again(view.text, found, lex))
    found.extend(_foreign_envoys(view, titles, found, lex, rules))
    found.extend(_met_when(view, titles, found, lex, rules))
    found.extend(_list_items_after_titles(view, titles, found, in_context, rules))
    # pattern matches must still read as names (李鹏说：, 包括： are no speakers)
    found.extend(m for m in match_patterns(view.text, rules.patterns_for("PER")) if _plausible(m.key, lex))
    found.extend(_known(view.text, rules))
    found.extend(_leaders_before_titles(view, titles, rules))
    found.extend(_original_names(view.text, found))
    found = [m for m in found if not _surname_and_title(tokens, m, lex)]
    found = _without_appointing_verb(view.text, found)
    found.extend(_repeats(view.text, tokens, found, lex))
    found.extend(_surnames_again(view.text, found, lex))
    found = _without_places_of_heads(view, titles, found, lex)
    text = view.text
    counties = _short_counties(rules)
    address = _address(rules)
    honours = name_honours(rules)
    states, titled = _foreign_states(rules), {view.to_view(t.start) for t in titles}
    cues = frozenset(w for w in lex.cues_before | lex.cues_after if len(w) == 2)
    for m in found:
        m = _without_honour(text, m, honours, lex)
        if text[m.end - 1:m.end] == _NEW and text[m.start:m.end - 1] in states and m.end in titled:
            continue  # 韩国 + 新 + 总统: a state's new holder of a post, not a name that opens with 韩
            # (but 副市长韩国新 + 出席)
        if m.rule == "per.tagger" and _section(text[m.start:m.end], lex):
            continue  # 宣传科, 卫生科: a body's section the tagger reads as a name
        if m.rule == "per.tagger" and m.end - m.start == 2 and text[m.start:m.end] in counties:
            continue  # a county's name written short is no name on the tagger's word alone (徐闻 of 徐闻县;
            # a name the tagger cut after it is read: 吴江 + 林是)
        place = _STREET_AFTER.match(text, m.end) if m.rule == "per.tagger" else None
        if place is not None and (text.startswith(_PLACE_UNITS, m.end) or text[m.end] not in lex.next_word):
            continue  # a place's name the tagger reads as a person's (李家坪 + 街道, 吴淞 + 镇党委)
        if m.end - m.start == 3 and text[m.end - 1] == _LIST_CLOSER \
                and split_name(text[m.start:m.end - 1], lex):
            # a name of two glued to the 等 closing its list, a word of the tagger's (张 + 平等/a,
            # 孙 + 恒等/a: 副市长李明、张平等参加): the name without it (given names end in 等 next to never)
            m = Match(m.start, m.end - 1, "PER", m.rule)
        if m.end - m.start == 3 and text[m.end - 1:m.end + 1] in cues and m.rule not in _MOVED \
                and split_name(text[m.start:m.end - 1], lex):
            # a name of two glued to the first character of its verb, a cue of two (张工 + 会见: the
            # tagger's word 工会): the name without it
            m = Match(m.start, m.end - 1, "PER", m.rule)
        if _surname_again(text, m):
            if any(text.startswith(a, m.end) for a in address):
                # a name, then its surname again in a form of address (孙晶 + 孙女士, 王诚 + 王总)
                m = Match(m.start, m.end - 1, "PER", m.rule)
            elif m.rule == "per.tagger":
                continue  # a phrase of a repeated head (高开高走, 大包小包, 师德师风), not a name
        if _step_verb_and_place(text, m, lex):
            continue  # 1936年，任 + 红泉 + 县委书记: a career step's verb and an unknown place, no name
        if m.start > 0 and m.end < len(text) and text[m.start - 1] == "《" and text[m.end] == "》":
            continue  # the whole of a title in book marks is a work (《轩辕剑》, 《鹿鼎记》), not a person
        if m.rule == "per.tagger" and m.start > 0 and m.end < len(text) \
                and text[m.start - 1] in _OPEN_QUOTES and text[m.end] in _CLOSE_QUOTES:
            continue  # a word only the tagger reads as a name, quoted whole, is a slogan or a nickname
            # (架起“连心桥”, 这一“牛鼻子”, 蓝天“金凤凰”)
        yield to_mention(view, m)


#: the verb of a career step (1936年，任…) and what may stand before it: a date's end or a clause mark
_TAKE = "任"
_BEFORE_STEP = frozenset("年月日，,。；;\n")


def _step_verb_and_place(text: str, m: Match, lex: NameLexicon) -> bool:
    """Whether ``m`` is the verb 任 of a career step after a date or a clause mark and the name of a place
    the gazetteer does not know, its level right after (1936年，任 + 红泉 + 县团委书记), the three written
    nowhere in the text but before a level (县长任红泉出席。任红泉县长…: a name): no name of three."""
    word = text[m.start:m.end]
    return len(word) == 3 and word[0] == _TAKE and text[m.end:m.end + 1] in lex.levels \
        and (m.start == 0 or text[m.start - 1] in _BEFORE_STEP) \
        and all(text[i + 3:i + 4] in lex.levels for i in _occurrences(text, word))


def _occurrences(text: str, word: str) -> Iterator[int]:
    """Where ``word`` starts in ``text``, each time."""
    i = text.find(word)
    while i >= 0:
        yield i
        i = text.find(word, i + 1)


def _without_honour(text: str, m: Match, honours: tuple[str, ...], lex: NameLexicon) -> Match:
    """``m`` without an honour (people/cues ``honour``, longest first) the tagger glued to the name after it
    (拿督林国强/nr: 林国强), when what is left is a name's shape."""
    if not text.startswith(honours, m.start):
        return m
    honour = next((h for h in honours if text.startswith(h, m.start) and m.end - m.start - len(h) >= 2), None)
    if honour is None or not split_name(text[m.start + len(honour):m.end], lex):
        return m
    return Match(m.start + len(honour), m.end, m.type, m.rule)


#: the rules of people/patterns that read a name before the verb of a move to a post, which may glue to a cue
#: of two (张晓强 + 调任: 强调; not 张晓 + 强调)
_MOVED = ("per.moves",)
#: the rules of people/patterns that read the person an appointment names before its verb 为
_APPOINTED = ("per.decision", "per.decision-item", "per.appointed")


def _section(word: str, lex: NameLexicon) -> bool:
    """Whether ``word`` is a body's section named by a dictionary word that is no name and a section's head
    word (``people/not_name_endings`` flag section: 宣传 + 科, 卫生 + 科; not 王明科, 杨泽科)."""
    stem = word[:-1]
    return len(word) == 3 and word[-1] in lex.sections and not is_oov(stem) \
        and dict_tag(stem) not in _NAME_TAGS


def _without_appointing_verb(text: str, found: list[Match]) -> list[Match]:
    """``found`` less the names that hold the 为 of an appointment after a name its patterns or its list read
    (任命 + 李华 + 为市教育局局长: not 李华为, which the tagger reads as 李 + 华为; 选举A为市长，B、赵华 +
    为副市长: not 赵华为)."""
    appointed = {(m.start, m.end + 1) for m in found
                 if m.rule in _APPOINTED and text[m.end:m.end + 1] == _AS
                 and text[m.end + 1:m.end + 2] not in _NOT_A_POST_AFTER}
    return [m for m in found if (m.start, m.end) not in appointed or m.rule in _APPOINTED]


# what follows no 为 of an appointment (a post does): a list's conjunction or closing word, a delimiter, the
# text's end (县领导王冠木、王大为 + 及相关部门负责人: 为 is the name's)
_NOT_A_POST_AFTER = frozenset("及与和等") | _DELIMITERS | {""}


def _surname_and_title(tokens: tuple[Token, ...], m: Match, lex: NameLexicon) -> bool:
    """Whether ``m`` is the last character of a body's name, which the tagger read alone as a surname, and
    the title of the body's head opening with it (保安 + 司/nr + 司长: the 司 of 保安司 and its 司长, read
    after the title 保安): a body and a title, no name."""
    by_start = _token_indexes(tokens)[0]
    first = by_start.get(m.start)
    if first is None or first == 0 or len(tokens[first].word) != 1 or first + 1 >= len(tokens):
        return False
    second = tokens[first + 1]
    return second.end == m.end and second.word in lex.titles and second.word[0] == tokens[first].word \
        and is_han(tokens[first - 1].word)


def _surname_again(text: str, m: Match) -> bool:
    """A tagger's or title's three Chinese characters ending in their first (孙晶孙女士, 高开高走):
    the surname begins the next word (a form of address, a phrase's second half), or the name is
    one (宁高宁)."""
    return (m.rule in ("per.tagger", "per.after-title") and m.end - m.start == 3
            and is_han(text[m.start:m.end]) and text[m.start] == text[m.end - 1])


#: a street's word, or a community's, town's or village's with one of its bodies, after a name's characters
#: (李家坪 + 街道, 金鹗 + 山 + 街道, 杨柳青 + 镇党委): the characters name the place; one character between
#: that starts a word after a name is the name's clause (谢艺 + 为 + 乡人大主席)
_PLACE_UNITS = ("街道", "社区", "镇", "乡", "村")
_STREET_AFTER = re.compile("[\u4e00-\u9fff]?(?:街道|(?:社区|镇|乡|村)"
                           "(?:党委|党工委|党总支|党支部|居委会|村委会|人民政府|政府|人大))")


@per_rules
def _known_re(rules: RuleSet) -> re.Pattern[str] | None:
    """The names of the ``people/names`` lexicon, longest first (None when it is empty)."""
    names = sorted(rules.lexicon("people/names").entries, key=lambda w: (-len(w), w))
    return re.compile("|".join(map(re.escape, names))) if names else None


def _known(text: str, rules: RuleSet) -> Iterator[Match]:
    """Every occurrence of a name of the ``people/names`` lexicon (rule ``per.lexicon``)."""
    known = _known_re(rules)
    for m in known.finditer(text) if known is not None else ():
        yield Match(m.start(), m.end(), "PER", "per.lexicon", m.group())


class _Leaders(NamedTuple):
    """What :func:`_leaders_before_titles` reads of the rules: the heads' titles, the names of
    ``posts/leaders`` at the end of the words before a title (longest first) and the most characters
    of one."""

    heads: frozenset[str]
    names: re.Pattern[str]
    longest: int


@per_rules
def _leaders(rules: RuleSet) -> _Leaders:
    words = post_words(rules)
    names = leaders(rules)
    return _Leaders(frozenset({*words["head"], *words["state-head"], *words["state-post"]}),
                    re.compile(f"(?:{alternation(names)})$"), max(map(len, names), default=0))


def _leaders_before_titles(view: View, titles: list[Mention], rules: RuleSet) -> Iterator[Match]:
    """A head of another state of ``posts/leaders`` written right before a head's title (``posts/words``
    head, state-head, state-post: 拉马福萨 + 总统, 卡加梅 + 总统) is a person (rule ``per.leader``),
    however the tagger cuts the name (拉马/ns + 福萨/ns)."""
    known = _leaders(rules)
    for t in titles:
        if (t.key or t.text) not in known.heads:
            continue
        a = view.to_view(t.start)
        m = known.names.search(view.text, max(0, a - known.longest), a)
        if m is not None:
            yield Match(m.start(), m.end(), "PER", "per.leader")


# Rules whose names are sure enough to be looked for again in the rest of the article.
_SURE = frozenset({"per.translit", "per.context", "per.after-title", "per.byline", "per.japanese",
                   "per.space-list", "per.list", "per.surname-given", "per.decision"})


# ... and those sure enough even with two characters.
_SURE_SHORT = frozenset({"per.translit", "per.japanese", "per.after-title", "per.byline"})


def _plausible(name: str, lex: NameLexicon) -> bool:
    """A pattern's Chinese name is no common word nor ends in 说 or a pronoun (祝贺他), nor is its given
    name a word that follows a name (记者 + 时表示: 时 and 表示, no name); a weak surname needs three
    characters."""
    if not is_han(name) or name[0] not in lex.surnames and name[0] not in lex.context \
            and name[:2] not in lex.compound:
        return True  # foreign or mixed names: the pattern's context is all there is
    return (name not in lex.not_names and name[-1] not in _SPEECH | _PRONOUN_ENDS
            and name[1:] not in lex.cues_after
            and not (len(name) == 2 and name[0] in lex.weak | lex.context)
            and not (name[0] in lex.context and not _context_start(name[:2])))


# what comes before a bare surname that stands for a name told before as a clause's subject or a preposition's
# object: a delimiter, a line's start, or a preposition (当李 + 准备, 向李 + 出具)
_BEFORE_BARE = _DELIMITERS | frozenset("\n“”\"") | frozenset("当向对由让被把与和同")


def _surnames_again(text: str, found: list[Match], lex: NameLexicon) -> Iterator[Match]:
    """A bare surname standing for the one full name of that surname found before it (rule
    ``per.surname-again``: 车主李明华 … ，李将这辆车 …，李认为): after a delimiter or a preposition and before
    the word after a name (people/next_word_chars: 将, 即), a verb that follows a name (people/cues
    ``after``: 认为) or a verb of the tagger's dictionary (住进, 出具); not a weak surname (高, 金) nor a
    state's one-character name (马, 黎: people/surnames state), nor where a name is found already."""
    full: dict[str, set[tuple[str, int]]] = {}
    for m in sorted(found, key=lambda m: m.start):
        name = text[m.start:m.end]
        parts = split_name(name, lex) if m.rule in _SURE or m.end - m.start >= 3 else None
        if parts is not None and len(parts[0]) == 1 and parts[0] not in lex.weak | lex.states:
            full.setdefault(parts[0], set()).add((name, m.end))
    taken = [(m.start, m.end) for m in found]
    for surname, names in full.items():
        if len({n for n, _ in names}) != 1:
            continue  # two people of one surname: the bare surname is either's
        first = min(e for _, e in names)
        for at in re.finditer(surname, text[first:]):
            q = first + at.start()
            if (q == 0 or text[q - 1] in _BEFORE_BARE) and _bare_subject(text, q + 1, lex) \
                    and (is_oov(text[q:q + 2]) or dict_tag(text[q:q + 2]) not in _NOT_BARE_TAGS) \
                    and not any(a <= q < b for a, b in taken):
                yield Match(q, q + 1, "PER", "per.surname-again")


# tags of a word of the tagger's dictionary a surname starts that makes it no bare surname (马上/d, 周而/c)
_NOT_BARE_TAGS = frozenset({"d", "c", "p", "m", "q", "f", "t"})


def _bare_subject(text: str, at: int, lex: NameLexicon) -> bool:
    """Whether what starts at view offset ``at`` goes on a bare surname's clause (``_surnames_again``)."""
    return text[at:at + 1] in lex.next_word or any(text.startswith(c, at) for c in lex.cues_after) \
        or is_han(text[at:at + 2]) and not is_oov(text[at:at + 2]) and dict_tag(text[at:at + 2]) == "v"


def _dotted_last(name: str, lex: NameLexicon) -> str:
    """The last part of a foreign name written with middle dots when it reads as a name alone (two
    characters or more of a transliteration: 格林 of 罗萨里奥·格林), else ""."""
    parts = re.split(f"[{_NAME_DOT_CLASS}]", name)
    return parts[-1] if len(parts) > 1 and _is_translit(parts[-1], lex) else ""


def _repeats(text: str, tokens: tuple[Token, ...], found: list[Match], lex: NameLexicon) -> Iterator[Match]:
    """Other occurrences of names found with context (one sense per discourse): 克林顿总统 ... 克林顿说; of
    the surname of a Japanese name found whole (井口X英 ... 井口说); and of the last part of a foreign name
    found whole with a middle dot (罗萨里奥·格林 ... 格林同日)."""
    # two-character Chinese names are too often words (文学, 单位) to be looked for without context
    names = sorted(({text[m.start:m.end] for m in found if m.rule in _SURE and (
        m.end - m.start >= 3 or (m.end - m.start == 2 and m.rule in _SURE_SHORT))}
        | {_japanese_surname(text[m.start:m.end], lex) for m in found if m.rule == "per.japanese"}
        | {_dotted_last(text[m.start:m.end], lex) for m in found
           if m.rule in _SURE and text[m.start - 1:m.start] != "《"}) - {""})  # (not of a work's name)
    if not names:
        return
    starts = set(map(_START, tokens))
    ends = set(map(_END, tokens))
    have = {(m.start, m.end) for m in found}
    for name in names:
        pos = text.find(name)
        while pos >= 0:
            end = pos + len(name)
            # the occurrence must not cut a word: both ends on token boundaries (one, for long names)
            if (pos, end) not in have and pos in starts and (end in ends or len(name) >= 3):
                yield Match(pos, end, "PER", "per.repeat")
            pos = text.find(name, end)
