"""A lexicon in a pattern ({people/surnames}) is one regex group whose one-character words are one class
(kg.rules.alternation): the same matches, in the same order, as the words alternated longest first."""
from __future__ import annotations

import re

import pytest

from kg.rules import alternation


def _plain(words: list[str]) -> str:
    """The alternation as it was written before: every word a branch, the longest first."""
    return "(?:" + "|".join(map(re.escape, sorted(set(words), key=lambda w: (-len(w), w)))) + ")"


# made-up lexicons (surnames, titles, marks that need escaping) and a pattern of each shape that uses them
LEXICONS = {
    "surnames": ["王", "李", "欧阳", "司马", "司", "张", "诸葛", "上官", "上"],
    "posts": ["局长", "副局长", "长", "主任", "副主任", "任"],
    "marks": ["-", "]", "^", "\\", "【", "a.b", "."],
    "ones": ["甲", "乙"],
    "longer": ["甲乙", "丙丁戊"],
}
PATTERNS = [
    "(?:^|(?<=[，。]))(?P<name>{0}[\\u4e00-\\u9fff]{{1,2}}?)(?=当选|任)",
    "(?P<name>{0}[\\u4e00-\\u9fff]{{1,2}})(?:{0})?",
    "{0}+",
    "(?<=为)(?P<name>[\\u4e00-\\u9fff]{{0,4}}?{0})(?=[，。]|$)",
]
TEXTS = [
    "欧阳明当选主席，司马光任局长，王五当选，上官云任主任。",
    "任命司空小为副局长，李四为局长，张三为主任。",
    "诸葛亮、上官仪、司徒雷，欧阳修为副主任。",
    "a.b-]^\\【】..甲乙丙丁戊甲乙甲",
]


@pytest.mark.parametrize("name", sorted(LEXICONS))
@pytest.mark.parametrize("shape", PATTERNS)
def test_the_same_matches_as_every_word_a_branch(name, shape):
    words = LEXICONS[name]
    old, new = re.compile(shape.format(_plain(words))), re.compile(shape.format(alternation(words)))
    for text in TEXTS:
        assert [(m.span(), m.groups()) for m in new.finditer(text)] \
            == [(m.span(), m.groups()) for m in old.finditer(text)]


@pytest.mark.parametrize(
    ("words", "regex"),
    [
        (["王", "欧阳", "李", "司马"], "(?:司马|欧阳|[李王])"),
        (["李", "王", "王"], "(?:[李王])"),
        (["欧阳", "上官"], "(?:上官|欧阳)"),
        (["-", "]", "副局长"], "(?:副局长|[\\-\\]])"),
        ([], "(?:)"),
    ],
)
def test_one_character_words_are_one_class(words, regex):
    assert alternation(words) == regex


def test_a_pattern_of_a_lexicon_reads_its_words_as_one_class():
    from kg.rules import load_rules

    speaker = next(p for p in load_rules().patterns if p.id == "per.speaker")
    assert "|[" in speaker.regex.pattern  # the one-character surnames, one class after the compound ones
    assert [m.group("name") for m in speaker.regex.finditer("欧阳明：好。\n王五：好。")] == ["欧阳明", "王五"]
