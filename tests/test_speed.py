"""Work done once that was done several times (issue 10): the results stay what they were."""
from __future__ import annotations

from kg.model import Mention
from kg.nlp.normalize import View

# a made-up page with a dropped span (view offsets differ from source offsets after it)
SOURCE = "王明会见李华。\n张强出席。"
MENTIONS = [Mention(8, 10, "PER", "张强"), Mention(0, 2, "PER", "王明"), Mention(4, 6, "PER", "李华")]


def _sorted_spans(view: View, spans: list[Mention]) -> list[tuple[int, int, Mention]]:
    return sorted((view.to_view(m.start), view.to_view(m.end), m) for m in spans)


def test_spans_of_asked_again_is_the_same_new_list():
    view = View.of(SOURCE, drop=[(7, 8)])
    first = view.spans_of(MENTIONS)
    assert first == _sorted_spans(view, MENTIONS)
    first.pop()  # a reader's own list: changing it changes no later answer
    again = view.spans_of(MENTIONS)
    assert again == _sorted_spans(view, MENTIONS) and again is not first


def test_spans_of_other_spans_are_read_anew():
    view = View.of(SOURCE, drop=[(7, 8)])
    view.spans_of(MENTIONS)
    fewer = MENTIONS[1:]
    assert view.spans_of(fewer) == _sorted_spans(view, fewer)
    equal_copies = [Mention(m.start, m.end, m.type, m.text) for m in MENTIONS]
    assert all(s[2] is c for s, c in zip(view.spans_of(equal_copies), sorted(equal_copies), strict=True))
    assert view.spans_of([]) == []


# made-up clauses: marks, asides, quotes, colons between digits, spaces in Latin names, a headline's spaces
CLAUSE_TEXTS = [
    "李明星期五(3月26日)会见张华，双方就“合作，发展”交换意见；会议于7:30开始。",
    "X集团公司(以下简称“X集团”)签署协议，各乡镇（街道）负责人出席：在裕廊Big Box举办【活动】。",
    "新款车型 10月17日上市 搭发动机!到市二医(金阳医院)参观?结束",
    "“一带一路”倡议，（记者王明）报道",
    "在会议室举行了以“结对共建,携手共进”为主题的签约仪式;他说“好,很好”。又“甲,乙",
]


def _clause_start_per_character(art, i: int, lo: int) -> int:
    """``events._Article.clause_start`` as it was written before (issue 10): a step per character."""
    from kg.extract import events
    text, j = art.text, i
    while j > lo:
        if text[j - 1] in ")）":
            aside = max(text.rfind("(", lo, j - 1), text.rfind("（", lo, j - 1))
            inside = aside > lo and events._ALTERNATIVE.fullmatch(text, aside, j) \
                and events._HAN.match(text, aside - 1) and events._HAN.match(text, j)
            renamed = aside > lo and events._HAN.match(text, aside - 1) is not None and any(
                a == aside + 1 and b == j - 1 for a, b, _ in art.of_type(aside + 1, j - 1, "ORG", "LOC"))
            told = events._ASIDE.fullmatch(text, aside, j) or events._SO_CALLED.fullmatch(text, aside, j)
            if aside > lo and (told or inside or renamed):
                j = aside
                continue
        if text[j - 1] == "”":
            opened = text.rfind("“", lo, j - 1)
            if opened > lo and "”" not in text[opened:j - 1] and "\n" not in text[opened:j]:
                j = opened
                continue
        if events.clause_break(text, j - 1, events._CLAUSE):
            opened = art._quote_opening(j - 1, lo, i)  # a quoted slogan's comma (以“A,B”为主题的)
            if opened < 0:
                break
            j = opened
            continue
        j -= 1
    return j


def _clause_end_per_character(art, i: int, hi: int) -> int:
    from kg.extract import events
    j = i
    while j < hi:
        if events.clause_break(art.text, j, events._CLAUSE + "。!?"):
            closed = art._quote_closing(j, hi)  # a quoted slogan's comma (以“A,B”为主题的)
            if closed == j:
                break
            j = closed
            continue
        j += 1
    return j


def test_clause_start_and_end_as_read_a_character_at_a_time():
    from kg.extract.events import _Article
    from kg.rules import load_rules
    for text in CLAUSE_TEXTS:
        source = text + "\n" + text
        view = View.of(source)
        art = _Article(view, [Mention(39, 45, "ORG", source[39:45])], load_rules())
        n = len(view.text)
        for lo in (0, 3, 20):
            for i in range(n + 1):
                assert art.clause_start(i, lo) == _clause_start_per_character(art, i, lo), (text, i, lo)
        for hi in (n, n - 5, 12):
            for i in range(n):
                assert art.clause_end(i, hi) == _clause_end_per_character(art, i, hi), (text, i, hi)


def test_parse_chain_read_again_is_the_same_new_list():
    from kg.extract.context import Context
    from kg.extract.posts.chain import parse_chain
    ctx = Context(place="青山市")
    text = "青山市委常委、宣传部部长王五和市长李六出席。"
    end, other = text.index("王五"), text.index("李六")
    by_end: dict = {}
    first = parse_chain(text, end, 0, by_end, ctx)
    assert [p.role for p in first] == ["常委", "部长"]
    first.clear()  # a reader's own list: changing it changes no later answer
    assert parse_chain(text, end, 0, by_end, ctx) == parse_chain(text, end, 0, {}, ctx)
    assert [p.role for p in parse_chain(text, other, end + 3, by_end, ctx)] == ["市长"]
    assert parse_chain(text, end, 0, by_end, Context(place="白云市")) != []
