#!/usr/bin/env python3
"""CPU seconds of ``kg extract`` on hostile articles at two sizes: does any rule grow faster than the text?

Each case is a made-up article of one adversarial shape (a long list of names joined by 、, a title chain
repeated, brackets and quotes never closed, a line of 190,000 characters with no punctuation, one character
repeated, digits and dates run together, a table of names with spaces, every kind of whitespace and invisible
character...), built from kg's own lexicons (surnames, titles, places, organisation words, event words) with
a fixed seed. Each is extracted in this process as ``kg extract -j1`` does (one document, the built-in rules,
the mention records written), at ``--size`` characters and at four times that, and timed with the process's
CPU clock. The table gives both times and their ratio: about 4 when the work grows with the text, 16 when it
grows with its square. A case is flagged (``!``) when the ratio is over ``--ratio`` (6) or the larger size
takes over ``--slow`` seconds (10); a case still running after ``--limit`` CPU seconds is stopped and flagged.

    python benchmarks/adversarial.py                  # every case, 20,000 and 80,000 characters
    python benchmarks/adversarial.py --case names --case quotes --size 5000

Exit status 1 when a case is flagged. Cases run one after another (one core).
"""
from __future__ import annotations

import argparse
import itertools
import random
import signal
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.api import _record  # noqa: E402
from kg.model import Document  # noqa: E402
from kg.pipeline import process_document  # noqa: E402
from kg.rules import load_rules  # noqa: E402

RULES = ROOT / "kg" / "rules"
LONG_LINE = 190_000  # the longest line kg reads is 200,000 characters


def lexicon(name: str, column: int = 0, flag: str | None = None) -> list[str]:
    """The words of a rule file (a column of its rows; only the rows whose second column is ``flag``)."""
    words = []
    for line in (RULES / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if flag is not None and (len(cells) < 2 or cells[1] != flag):
            continue
        if len(cells) > column and cells[column]:
            words.append(cells[column])
    return words


SURNAMES = [s for s in lexicon("people/surnames.txt") if len(s) == 1]
TITLES = lexicon("titles/titles.txt", flag="core")
PLACES = lexicon("places/cn-divisions.tsv", column=1)
ORG_SUFFIXES = lexicon("orgs/suffixes.tsv")
ORGS = lexicon("orgs/known.txt")
GIVEN = "伟强芳军明华平刚建国秀英玉兰志文海涛超勇杰磊斌鹏"
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u202a\u202c"
SPACES = " \t\u00a0\u3000\u2002\u2003\u2009\u202f\u205f\f\v"


def words(rng: random.Random, *pools: list[str] | str) -> Iterator[str]:
    """Words drawn at random from ``pools`` in turn, without end."""
    for pool in itertools.cycle(pools):
        yield rng.choice(pool)


def name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.randint(1, 2)))


def fill(size: int, parts: Iterator[str]) -> str:
    """Parts joined until ``size`` characters, cut there."""
    out, n = [], 0
    for p in parts:
        out.append(p)
        n += len(p)
        if n >= size:
            break
    return "".join(out)[:size]


def lines(text: str, width: int = 2000) -> str:
    """``text`` broken into lines of ``width`` characters (kg refuses a line over 200,000)."""
    return "\n".join(text[i:i + width] for i in range(0, len(text), width))


def _names(rng, size):  # 张伟、李强、王芳……: one list of names, no end
    return fill(size, ("、" + name(rng) for _ in itertools.count()))[1:] + "等出席。"


def _names_titled(rng, size):  # 市委书记张伟、市长李强、……
    return fill(size, (f"{rng.choice(PLACES)}{rng.choice(TITLES)}{name(rng)}、" for _ in itertools.count()))


def _title_chain(rng, size):  # 省委常委、市委书记、市长、……, then a name
    return fill(size, (rng.choice(TITLES) + "、" for _ in itertools.count())) + name(rng) + "讲话。"


def _titles_run(rng, size):  # 书记市长主任……: titles and names run together, no punctuation
    return fill(size, (rng.choice(TITLES) + name(rng) for _ in itertools.count()))


def _one_sentence(rng, size):  # 市委书记张伟主持召开会议，……: one sentence of commas
    return fill(size, (f"{rng.choice(PLACES)}{rng.choice(TITLES)}{name(rng)}主持召开会议，"
                       for _ in itertools.count())) + "。"


def _brackets(rng, size):  # （（（: opened, never closed, with words inside
    return lines(fill(size, (rng.choice("（(【[《〈{") + name(rng) for _ in itertools.count())))


def _quotes(rng, size):  # “……: quotes opened, never closed
    return lines(fill(size, ("“" + rng.choice(TITLES) + name(rng) + "说" for _ in itertools.count())))


def _nested(rng, size):  # （（（……））): nested to the depth of the text
    half = size // 2 - 10
    return name(rng) + "（" * half + rng.choice(TITLES) + "）" * half


def _long_line(rng, size):  # one line of words, no punctuation at all
    return fill(size, words(rng, PLACES, ORGS, TITLES, SURNAMES, GIVEN))


def _one_char(_rng, size):  # 的的的……
    return lines("的" * size, 100_000)


def _one_surname(_rng, size):  # 李李李……
    return lines("李" * size, 100_000)


def _digits(rng, size):  # 2025年6月13日2024年1月1日……12345678……: dates and numbers run together
    def item():
        return rng.choice((f"{rng.randint(1900, 2099)}年{rng.randint(1, 12)}月{rng.randint(1, 31)}日",
                           str(rng.randint(0, 10**9)), f"{rng.randint(1, 12)}月", "第十五届", "1.5亿元"))
    return fill(size, (item() for _ in itertools.count()))


def _table(rng, size):  # 张 伟    李 强    王 芳 : a table of names, letter-spaced
    def row():
        return "    ".join(" ".join(name(rng)) for _ in range(6)) + "\n"
    return fill(size, (row() for _ in itertools.count()))


def _whitespace(rng, size):  # 市\u200b委 书\u3000记: every kind of space and invisible character in words
    def spaced():
        w = rng.choice(TITLES) + name(rng) + rng.choice(PLACES)
        return "".join(c + rng.choice(INVISIBLE + SPACES) for c in w)
    return lines(fill(size, (spaced() for _ in itertools.count())))


def _orgs(rng, size):  # 北京市发展和改革委员会上海市……: organisation names run together
    return lines(fill(size, (rng.choice(PLACES) + rng.choice(ORG_SUFFIXES) for _ in itertools.count())))


def _places(rng, size):  # 北京市东城区西城区……: a chain of places
    return lines(fill(size, (rng.choice(PLACES) for _ in itertools.count())))


def _short_lines(rng, size):  # one character a line
    return "\n".join(fill(size // 2, words(rng, SURNAMES, GIVEN, TITLES)))


def _html(rng, size):  # a page's HTML: tags and entities, unclosed
    return fill(size, (f"<p><span>&ldquo;{name(rng)}&nbsp;{rng.choice(TITLES)}<b>"
                       for _ in itertools.count()))


def _normal(_rng, size):  # the seed page repeated: the yardstick
    seed = (ROOT / "seeds" / "ordos-daily-2025-06-page.txt").read_text(encoding="utf-8")
    return (seed * (size // len(seed) + 1))[:size]


CASES: dict[str, Callable[[random.Random, int], str]] = {
    "normal": _normal, "names": _names, "names-titled": _names_titled, "title-chain": _title_chain,
    "titles-run": _titles_run, "one-sentence": _one_sentence, "brackets": _brackets, "quotes": _quotes,
    "nested": _nested, "long-line": _long_line, "one-char": _one_char, "one-surname": _one_surname,
    "digits": _digits, "table": _table, "whitespace": _whitespace, "orgs": _orgs, "places": _places,
    "short-lines": _short_lines, "html": _html,
}
# cases whose larger size is one line of 190,000 characters (the smaller a quarter of it)
AT_LONG_LINE = ("long-line",)


class OverLimitError(Exception):
    pass


def _stop(_signum, _frame):
    raise OverLimitError


def cpu_seconds(text: str, rules, limit: float) -> float | None:
    """CPU seconds of extracting ``text`` as one document; None when over ``limit``."""
    signal.signal(signal.SIGPROF, _stop)
    signal.setitimer(signal.ITIMER_PROF, limit)
    start = time.process_time()
    try:
        doc = Document(id="a", text=text)
        _record(doc, process_document(doc, rules=rules), rules)
    except OverLimitError:
        return None
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
    return time.process_time() - start


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--case", action="append", choices=sorted(CASES), help="this case (repeatable; all)")
    ap.add_argument("--size", type=int, default=20_000, help="the smaller size, in characters (20,000)")
    ap.add_argument("--ratio", type=float, default=6.0, help="flag a 4x growth over this ratio (6)")
    ap.add_argument("--slow", type=float, default=10.0, help="flag a larger size over these seconds (10)")
    ap.add_argument("--limit", type=float, default=120.0, help="stop a case after these CPU seconds (120)")
    args = ap.parse_args(argv)
    rules = load_rules()
    cpu_seconds("市委书记李理主持召开会议。", rules, args.limit)  # dictionaries loaded, caches warm
    flagged = 0
    print(f"{'case':<14} {'n':>8} {'s':>7} {'4n':>8} {'s':>7} {'ratio':>6}", flush=True)
    for case in args.case or list(CASES):
        big = LONG_LINE if case in AT_LONG_LINE else 4 * args.size
        sizes = (big // 4, big)
        times = []
        for size in sizes:
            times.append(cpu_seconds(CASES[case](random.Random(size), size), rules, args.limit))
            if times[-1] is None:
                break
        small, large = times[0], times[1] if len(times) > 1 else None
        ratio = large / max(small, 1e-3) if small is not None and large is not None else None
        flag = large is None or large > args.slow or (ratio is not None and ratio > args.ratio)
        flagged += flag

        def shown(t):
            return f"{t:7.2f}" if t is not None else f"{'>' + str(int(args.limit)):>7}"
        print(f"{case:<14} {sizes[0]:>8,} {shown(small)} {sizes[1]:>8,} {shown(large)} "
              f"{ratio if ratio is not None else float('nan'):6.1f}{'  !' if flag else ''}", flush=True)
    print(f"{flagged} case(s) flagged (ratio over {args.ratio:g}, or {args.slow:g} s at the larger size)"
          if flagged else "no case flagged")
    return 1 if flagged else 0


if __name__ == "__main__":
    sys.exit(main())
