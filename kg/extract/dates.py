"""Dates: ``6月13日`` -> 2025-06-13, ``昨天``, ``近日``, ranges, Chinese numerals.

Every DATE mention's ``key`` is an ISO date (``YYYY-MM-DD``), or ``YYYY-MM`` /
``YYYY`` when the text is imprecise, or ``start/end`` for a range
(``5月28日—6月28日`` -> ``2025-05-28/2025-06-28``). Missing parts come from
``ctx.date`` (the publication date, or only a year taken from the page):

* a month and day without a year take the publication year, except that a month
  more than six months after the publication month is read as last year (a
  January paper speaking of 12月31日 means the December just past);
* 今天/昨天/前天/明天 are the publication day plus or minus days; 近日, 日前,
  近期 are the publication month (imprecise); 今年/去年/明年 the year; 三天前, 一周前,
  两个星期前 that many days before the publication day;
* after a dateline (新华社北京1月5日电), or after a lead opening with the day before the
  publication day (1月15日上午,…: the report was written that day), 今天 and its kin are
  read against that day;
* when nothing can be resolved the mention is still yielded, with an empty key.

Full-width digits are already folded by :class:`kg.nlp.normalize.View`; Chinese
numerals (一九九八年, 十二月三十一日, 二〇二五年) are read here. A library such as
dateparser was not used: it parses a whole string, not spans inside running
text, and knows nothing of publication-relative Chinese forms like 近日.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from datetime import date, timedelta

from kg.extract.context import Context
from kg.extract.resolve import Taken
from kg.model import Mention
from kg.nlp.normalize import View
from kg.nlp.sentences import mark_before, written_within
from kg.nlp.tokenize import columns

__all__ = ["DAY_KEY", "PART_OF_DAY", "extract_dates", "is_day", "parse_number", "resolve"]

#: the length of a date's key that names a day (2025-06-03), not a month (2025-06) or a year
DAY_KEY = 10

_CN_DIGIT = {"元": 1, "〇": 0, "零": 0, "○": 0, "O": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9}
_CN = "〇零○一二三四五六七八九十"
_NUM = rf"(?:\d{{1,4}}|[{_CN}]{{1,4}})"

# One date: [year年][month月][day日|号]; at least one part; a year alone needs 年. Digits and their words may
# stand a space apart (2020 年 1 月 10 日: announcements set so).
_GAP = r"(?:[ \u3000](?=[\d年月日]))?"
_YEAR = rf"(?:(?P<y>\d{{4}}|[{_CN}]{{4}}){_GAP}年|(?P<ry>前年|去年|今年|本年|明年))"
# a month by its number, or by the publication's month (本月10日, 上月30日, 下个月5日: with a day only)
_MONTH = (rf"(?:(?P<m>1[0-2]|0?[1-9]|十[一二]?|[元一二三四五六七八九]){_GAP}月(?:份)?"
          rf"|(?P<rm>本月|上个?月|下个?月)(?=[\d{_CN}]))")
_DAY_PARTS = "凌晨|清晨|早上|上午|中午|下午|傍晚|晚上"
# what joins the two dates of a range (5月5日至7日, 5月5-7日), a dash doubled too (5月5--7日, 5月5日——7日)
_RANGE_SEP = "(?:——|--|[—–\\-~～至到])"
# the days listed after the first one of a month, the last with 日 (3月5、6日, 3月5、6、7日,
# 3月5日、6日、7日): the span of days
_DAYS_LISTED = r"、(?:\d{1,2}[日号]?、)*(?=\d{1,2}[日号])"
# a day written after its month with a space before 日 (8月18 日), or without 日 (6月13，, 6月13上午): then
# it ends before a comma, a part of the day or the second day of a range (3月5-7日, 3月5至7日, 3月5、6日)
_DAY = (r"(?P<d>3[01]|[12]\d|0?[1-9]|三十[一]?|二?十[一二三四五六七八九]?|[一二三四五六七八九])"
        r"(?:(?:(?<=月\d) |(?<=月\d\d) |(?<=月 \d) |(?<=月 \d\d) )?日|号"
        rf"|(?:(?<=月\d)|(?<=月\d\d))(?=[,，]|{_DAY_PARTS}|{_RANGE_SEP}\d{{1,2}}[日号]|{_DAYS_LISTED}))")
# the part of the day after a date (上午, 晚, 夜间); events read a clock after a date with it
PART_OF_DAY = rf"(?:{_DAY_PARTS}|晚|夜间|夜)?"
# a festival named right after its day (2月15日除夕上午, 10月1日国庆节当天): part of the date
_FESTIVAL = ("(?:(?<=[日号])(?:除夕|春节|元旦|元宵节|清明节|端午节|七夕|中秋节|重阳节|国庆节|冬至"
             "|小年|大年初一|正月初一|妇女节|劳动节|青年节|儿童节|建党节|建军节|教师节|圣诞节|平安夜))?")
_ONE = rf"(?=[\d{_CN}元前去今本明上下])(?:{_YEAR}{_GAP})?(?:{_MONTH}{_GAP})?(?:{_DAY})?"

# the second date of a range, its groups renamed y2, m2, d2, ry2, rm2
_SECOND = re.sub(r"\?P<(y|m|d|ry|rm)>", r"?P<\g<1>2>", _ONE)

# A number glued before, or a unit after, means a duration or a count, not a date (10日来; not 25日来访); a
# slash after a number too (3/4月), not after a word (北京4月28日电/4月27日: a dateline's mark); a month of
# figures before that no month took (13月5日, 20月1日: no day of the calendar) is no day of this month.
_DATE_RE = re.compile(
    # (_ONE's look-ahead first, before the look-behinds: the rest is tried only where a date may start)
    rf"(?=[\d{_CN}元前去今本明上下])(?<![\d{_CN}.\-个第])(?<!\d/)(?<![\d{_CN}]月)(?:{_ONE}){_FESTIVAL}"
    rf"{PART_OF_DAY}"
    rf"(?:(?P<sep>{_RANGE_SEP}|(?<=[\d日号]){_DAYS_LISTED})(?P<second>{_SECOND})"
    rf"{PART_OF_DAY})?"
    r"(?!以内|之内|内|后|来(?![访到])|以来|多|余|左右|间|期间)"
)

# what makes the date after it recur (每月5日, 每个月的5日, 每年6月5日): a date mention of no one day
_EVERY = re.compile(r"每个?[月年]的?\Z")

# a day written in figures only, year first, its parts joined by one of - / . (2023-03-14, 2023.3.14): not
# inside a longer number or a version (1.2023.3.14), nor before a unit (2023-03-14%), nor a page's stamp of
# its publication with the time of day (2022-12-15 10:09: ``kg.ingest.page.published_date`` reads that)
_NUMERIC_RE = re.compile(r"(?<![\d.\-/])(?P<y>(?:19|20)\d\d)(?P<sep>[-/.])(?P<m>0?[1-9]|1[0-2])(?P=sep)"
                         rf"(?P<d>3[01]|[12]\d|0?[1-9])(?![\d.\-/%]|\s*\d{{1,2}}[:：]\d\d){PART_OF_DAY}")

# a month and day whose 月 a page has lost (1025日, 518日, (727日); 33日, two figures that are no day of a
# month) where a date opens its clause (after a clause's mark, a bracket or 于) and before a part of the day
# or a mark; not a count or a price (兑换118日元, 120日均线, 历时120日)
_GLUED_RE = re.compile(r"(?:^|(?<=[,，。;；:：!！?？\n\s(（“\"于]))(?P<n>[1-9]\d{2,3}|3[2-9]|[4-9]\d)日"
                       rf"{PART_OF_DAY}(?=[,，。;；)）\s])")


def is_day(key: str | None) -> bool:
    """Whether a date's key names one day (2023-03-14), not a month, a year or a range."""
    return len(key or "") == DAY_KEY


def _glued_key(figures: str, ctx: Context) -> str:
    """The day of figures read as a month and a day glued (1025 -> 10月25日): of the readings that are
    days of the publication's year (111: 1月11日 or 11月1日), the last on or before the publication day, else
    the first after it."""
    days = [key for cut in (1, 2) if 1 <= len(figures) - cut <= 2
            and (key := resolve(None, int(figures[:cut]), int(figures[cut:]), ctx))]
    if not ctx.date or len(ctx.date) < 10:
        return days[0] if len(days) == 1 else ""
    past = sorted(d for d in days if d <= ctx.date)
    return past[-1] if past else min(days, default="")


# a festival of a fixed day named as the day something happened (2019元旦早上, 元旦当天, 2024年国庆节上午,):
# its year written before it or the one nearest the publication; not a festival's season (国庆节期间,
# 元旦前夕)
_FIXED_FESTIVALS = {"元旦": (1, 1), "妇女节": (3, 8), "劳动节": (5, 1), "青年节": (5, 4), "儿童节": (6, 1),
                    "建党节": (7, 1), "建军节": (8, 1), "教师节": (9, 10), "国庆节": (10, 1),
                    "平安夜": (12, 24), "圣诞节": (12, 25)}
_FESTIVAL_DAY = re.compile(r"(?:(?<![\d.\-/])(?P<y>\d{4})年?|(?<![\d\u4e00-\u9fff]))(?P<f>"
                           + "|".join(_FIXED_FESTIVALS) + rf")(?:当天|当日)?{PART_OF_DAY}"
                           rf"(?=[,，\s]|{_DAY_PARTS}|[在于])")
#: A fixed festival's name anywhere: :data:`_FESTIVAL_DAY` opens with a branch of no character, so the
#: engine tries it at every position of a text; a text without such a name (most) is not scanned for one.
_FIXED_FESTIVAL = re.compile("|".join(_FIXED_FESTIVALS))


def _anchor_day(ctx: Context) -> date | None:
    """The anchor's day (the publication date) as a date, or None when it gives no valid day."""
    ay, am, ad = _anchor(ctx)
    if ay is None or am is None or ad is None:
        return None
    try:
        return date(ay, am, ad)
    except ValueError:
        return None


def _festival_key(match: re.Match, ctx: Context) -> str:
    """The day of a festival of a fixed day: in the year written before it, else the one nearest ``ctx``'s
    day."""
    month, day = _FIXED_FESTIVALS[match.group("f")]
    if match.group("y"):
        return date(int(match.group("y")), month, day).isoformat()
    anchor = _anchor_day(ctx)
    if anchor is None:
        return ""
    days = (date(y, month, day) for y in (anchor.year - 1, anchor.year, anchor.year + 1))
    return min(days, key=lambda d: abs((d - anchor).days)).isoformat()


# a relative day with its day of the month in brackets: 昨(18)日, 今（3）日
_BRACKETED_DAY = re.compile(rf"(?P<rel>前|昨|今|明)[(（](?P<d>\d{{1,2}})[)）]日{PART_OF_DAY}")
_BRACKETED_WORDS = {"前": "前天", "昨": "昨天", "今": "今天", "明": "明天"}

_RELATIVE_DAYS = {"前天": -2, "昨天": -1, "昨日": -1, "今天": 0, "今日": 0, "明天": 1, "明日": 1, "后天": 2,
                  # a relative day told by its part (昨晚, 今晨): not 前夜 (大战前夜, the eve of anything)
                  "前晚": -2, "昨晚": -1, "昨夜": -1, "今晨": 0, "今早": 0, "今晚": 0, "今夜": 0, "明晚": 1,
                  # Hong Kong and Macao papers: 昨午 (yesterday noon or afternoon), 昨晨, 昨早
                  "昨午": -1, "昨晨": -1, "昨早": -1, "今午": 0}
_RELATIVE_YEARS = {"前年": -2, "去年": -1, "今年": 0, "本年": 0, "明年": 1}
_IMPRECISE = ("近日", "日前", "近期", "本月", "当月", "上月", "上个月", "下月", "下个月")
_WORD_RE = re.compile(
    "(?:" + "|".join(sorted([*_RELATIVE_DAYS, *_RELATIVE_YEARS, *_IMPRECISE], key=len, reverse=True)) + ")"
    + PART_OF_DAY
)


# a day of the week: of the last, this or the next week (上周五, 本周三, 下星期一), or alone where it
# opens its clause (周三，中国西南部发生地震; 当地时间周五; 于周一举行) or after a name before what the name
# did (特朗普周五表示, 李家超星期三出席: not 周三春, a name): not in lists and spans of days (周一至周五,
# 每周三举行), not before its date in brackets (星期五(7月11日): that date's)
_DID = "表宣说称在对与同向会举召出发抵访致接签主率赴到将再又也还亦于"
_WEEKDAY = re.compile(
    # (the first character first: what the match opens with, the rest tried only there)
    r"(?=[上本这下周星礼])"
    r"(?:(?P<rel>上个?|本|这个?|下个?)|^|(?<=[,，。;；:：!！?？\n\s(（)）“”\"于在自从])|(?<=时间)"
    r"|(?<=[\u4e00-\u9fff])(?<![每逢隔第各个一两])"
    rf"(?=(?:周|星期|礼拜)[一二三四五六日天](?:{_DAY_PARTS}|晚)?[{_DID}]))"
    r"(?:周|星期|礼拜)(?P<w>[一二三四五六日]|(?<=[期拜])天)"
    rf"(?![至到—–\-~～、和及或与次个年])(?!(?:{_DAY_PARTS}|晚|夜)?[(（])" + PART_OF_DAY)
_WEEKDAYS = {c: i for i, c in enumerate("一二三四五六日")} | {"天": 6}


def parse_number(s: str) -> int:
    """Arabic or Chinese numeral: ``'12'``, ``'十二'``, ``'三十一'``, ``'一九九八'``."""
    if s.isdigit():
        return int(s)
    if "十" in s:
        tens, _, ones = s.partition("十")
        return (_CN_DIGIT[tens] if tens else 1) * 10 + (_CN_DIGIT[ones] if ones else 0)
    n = 0
    for ch in s:  # digit by digit: 一九九八 -> 1998
        n = n * 10 + _CN_DIGIT[ch]
    return n


def _anchor(ctx: Context) -> tuple[int | None, int | None, int | None]:
    """Year, month, day of the publication date (any may be None)."""
    if not ctx.date:
        return None, None, None
    parts: list[int | None] = [int(p) for p in ctx.date.split("-") if p.isdigit()]
    parts += [None] * (3 - len(parts))
    return parts[0], parts[1], parts[2]


def resolve(y: int | None, m: int | None, d: int | None, ctx: Context) -> str:
    """ISO key of a (partial) date, filling what is missing from ``ctx.date``."""
    ay, am, _ = _anchor(ctx)
    if y is not None and y < 100:  # 98年 -> 1998
        y += 1900 if y > 30 else 2000
    if m is None and d is not None:
        m = am  # 13日: this month
        if m is None:
            return ""
    if y is None:
        if ay is None:
            return ""
        y = ay
        if am is not None and m is not None and m - am > 6:
            y -= 1  # a January paper's 12月 is last December
    if m is None:
        return f"{y:04d}"
    if not 1 <= m <= 12:
        return ""
    if d is None:
        return f"{y:04d}-{m:02d}"
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return ""


def _shifted_month(word: str, ay: int, am: int) -> tuple[int, int]:
    """The year and month of 本月/上月/下个月 in a text of year ``ay``, month ``am``."""
    shift = -1 if word.startswith("上") else 1 if word.startswith("下") else 0
    y, m = divmod(ay * 12 + am - 1 + shift, 12)
    return y, m + 1


def _nearer_month(y: int | None, m: int | None, d: int, ctx: Context) -> str:
    """The key of a day told without its month (28日) that comes after the day of ``ctx``: this month's, or
    last month's when that one is nearer (a paper of July 1st telling 30日 speaks of June 30th; one of June
    13th telling 19日 of a day coming)."""
    key = resolve(y, m, d, ctx)
    ay, am, ad = _anchor(ctx)
    if ay is None or am is None or ad is None or d <= ad:
        return key
    py, pm = _shifted_month("上月", ay, am)
    try:
        day, back = date(ay, am, ad), date(py, pm, d)
    except ValueError:
        return key  # no such day last month (31日 after a month of 30 days)
    if key and (date.fromisoformat(key) - day).days <= (day - back).days:
        return key
    return back.isoformat()


def _key(match: re.Match, suffix: str, ctx: Context, coming: bool = True) -> str:
    """The key of one date of ``match`` (its groups ending in ``suffix``); ``coming``: its sentence says
    before it that something is yet to come (将于28日举行), so that a day alone after the day of ``ctx`` is
    this month's."""
    g = match.groupdict()
    y, m, d = (parse_number(g[k + suffix]) if g[k + suffix] else None for k in "ymd")
    if g["ry" + suffix]:
        ay = _anchor(ctx)[0]
        if ay is None:
            return ""
        y = ay + _RELATIVE_YEARS[g["ry" + suffix]]
    if g["rm" + suffix]:
        ay, am, _ = _anchor(ctx)
        if ay is None or am is None:
            return ""
        y, m = _shifted_month(g["rm" + suffix], ay, am)
    if d is not None and y is None and m is None and not coming:
        return _nearer_month(y, m, d, ctx)
    return resolve(y, m, d, ctx)


def _range_key(match: re.Match, ctx: Context, coming: bool = True) -> str:
    g = match.groupdict()
    first = _key(match, "", ctx, coming)
    if not first:
        return ""
    fy, fm = first[:4], first[5:7] if len(first) >= 7 else None
    if not (g["y2"] or g["ry2"] or g["m2"] or g["rm2"] or g["d2"]):
        return first
    y2 = parse_number(g["y2"]) if g["y2"] else int(fy)
    m2 = parse_number(g["m2"]) if g["m2"] else (int(fm) if fm and g["d2"] else None)
    ay, am, _ = _anchor(ctx)
    if g["rm2"] and ay is not None and am is not None:
        y2, m2 = _shifted_month(g["rm2"], ay, am)
    d2 = parse_number(g["d2"]) if g["d2"] else None
    second = resolve(y2, m2, d2, Context(date=first, place=ctx.place))
    return f"{first}/{second}" if second else first


def _relative_key(word: str, ctx: Context) -> str:
    ay, am, ad = _anchor(ctx)
    for w, days in _RELATIVE_DAYS.items():
        if word.startswith(w):
            if ay is None or am is None or ad is None:
                return ""
            try:
                return (date(ay, am, ad) + timedelta(days=days)).isoformat()
            except (ValueError, OverflowError):  # a publication date that is no day (2023-02-29)
                return ""
    for w, years in _RELATIVE_YEARS.items():
        if word.startswith(w):
            return "" if ay is None else f"{ay + years:04d}"
    if ay is None or am is None:
        return "" if ay is None else f"{ay:04d}"
    y, m = _shifted_month(word, ay, am)
    return f"{y:04d}-{m:02d}"


def _weekday_key(match: re.Match, ctx: Context, coming: bool) -> str:
    """The day of 上周五 (the Friday of the week before the anchor's), 本周三, 下周一; of 周三 alone the last
    Wednesday up to the anchor's day, or the next from it when its sentence tells what is yet to come."""
    day = _anchor_day(ctx)
    if day is None:
        return ""
    w, rel = _WEEKDAYS[match.group("w")], match.group("rel")
    if rel is None:
        shift = (w - day.weekday()) % 7 if coming else -((day.weekday() - w) % 7)
    else:
        shift = (-7 if rel.startswith("上") else 7 if rel.startswith("下") else 0) + w - day.weekday()
    try:
        return (day + timedelta(days=shift)).isoformat()
    except OverflowError:  # a paper dated in the first or the last week of year 1 or 9999
        return ""


def _bracketed_key(match: re.Match, ctx: Context) -> str:
    """The day of 昨(18)日: the relative day when it is the day in brackets, else that day of the month."""
    day = int(match.group("d"))
    relative = _relative_key(_BRACKETED_WORDS[match.group("rel")], ctx)
    if relative and int(relative[8:]) == day:
        return relative
    return resolve(None, None, day, ctx) if 1 <= day <= 31 else ""


# a day told by how many days or weeks before the anchor it was (三天前, 10天前, 一周前的…开幕式, 两个星期前):
# not after a digit or 第, nor in 提前三天 (no 前 after the count); 日前 alone is imprecise (``_IMPRECISE``)
_AGO = re.compile(r"(?<![\d第.．])(?P<n>[一二两三四五六七八九十]{1,3}|\d{1,2})"
                  r"(?P<u>天|周|星期|个星期|个礼拜)(?:之)?前" + PART_OF_DAY)
_AGO_DAYS = {"天": 1, "周": 7, "星期": 7, "个星期": 7, "个礼拜": 7}


def _ago_key(match: re.Match, ctx: Context) -> str:
    """The day ``n`` days or weeks before the anchor's (三天前: the publication day less three)."""
    day = _anchor_day(ctx)
    if day is None:
        return ""
    try:
        days = parse_number(match.group("n")) * _AGO_DAYS[match.group("u")]
        return (day - timedelta(days=days)).isoformat()
    except (KeyError, ValueError, OverflowError):
        return ""


def _valid(match: re.Match) -> bool:
    """Reject numbers that only look like dates: a bare 3-digit+ year without 年, 32日."""
    g = match.groupdict()
    if not (g["y"] or g["ry"] or g["m"] or g["d"]) or ((g["y"] or g["ry"]) and g["d"] and not g["m"]):
        return False
    if g["rm"] and not g["d"] or g["rm2"] and not g["d2"]:
        return False  # 上月 alone: an imprecise word (below)
    if g["y2"] and g["d2"] and not g["m2"]:
        return False
    if g["y"] and g["y"][0] in _CN and any(ch not in _CN_DIGIT for ch in g["y"]):
        return False  # 二十一世纪 style tens are not a year
    if g["d"] and not g["m"] and not g["rm"] and not g["y"]:
        # a bare day (13日) only in Arabic digits with 日, or with 号 alone in brackets (今天（18号）):
        # 一日三餐, 1号车间 are not dates; in Chinese numerals of two or more with 日, in brackets or after a
        # preposition of time (今(二十四日), 于二十五日; not 历时十日)
        day, text, (start, end) = match.group(0), match.string, match.span()
        bracketed = text[start - 1:start] in "(（" and text[end:end + 1] in ")）" and start > 0
        if not day[0].isdigit():
            after = start > 0 and text[start - 1] in _DAY_BEFORE
            return len(g["d"]) >= 2 and "日" in day and (bracketed or after)
        return ("日" in day or bracketed) and parse_number(g["d"]) <= 31
    return True


# the prepositions of time a bare day in Chinese numerals follows (于二十五日, 至二十七日)
_DAY_BEFORE = "于在至到自从"


# 新华社北京1月5日电, 本报香港1月2日电, 本报讯: a dateline's date is the day the text speaks of as 今天
_DATELINE = re.compile(r"(?:电|讯)")


# what says, before a date in its sentence, that something is yet to come (将于28日举行, 定于15日至17日)
_COMING = frozenset(("将", "拟", "定于", "预计", "计划", "即将", "届时"))


def _coming(text: str, start: int) -> bool:
    """Whether the sentence of the date at ``start`` says before it that something is yet to come."""
    return written_within(text, _COMING, mark_before(text, start, "。！？!?\n") + 1, start)


def _anchored(ctx: Context, key: str) -> Context:
    return Context(date=key, place=ctx.place, publisher=ctx.publisher, rules=ctx.rules)


# the day after the day told before (6月10日,…抵达北京。次日,…会见…)
_NEXT_DAY = re.compile(r"(?<![\d第])(?:次日|翌日|第二天|隔天)" + PART_OF_DAY)


# what may stand on a lead's line before its date: a paper's or agency's credit (本报讯(记者 X), X日报讯)
_LEAD_CREDIT = re.compile(r"[^。！？!?\n]{0,40}?[)）讯]\s*")


def _lead_of_day_before(text: str, start: int, end: int, key: str, ctx: Context) -> bool:
    """Whether the article's first day, at [start, end) and written with no year, opens its lead (a line,
    after a credit at most) with the day before the publication date: the report was written that day,
    and the 今天 it speaks of is that day (1月15日上午,…举行第三次全体会议。…今天上午到会…, in a paper of
    the 16th)."""
    line = text.rfind("\n", 0, start) + 1
    day = _anchor_day(ctx)
    return day is not None and key == (day - timedelta(days=1)).isoformat() and text[end:end + 1] in ",，" \
        and (line == start or _LEAD_CREDIT.fullmatch(text, line, start) is not None)


def _inside_word(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies inside one longer word of the tagger (明日 of 光明日报, a paper's
    name)."""
    cols = columns(text)
    i = bisect_right(cols.starts, start) - 1
    return i >= 0 and cols.ends[i] >= end and cols.ends[i] - cols.starts[i] > end - start


def extract_dates(view: View, ctx: Context) -> Iterator[Mention]:
    """DATE mentions of ``view`` (source offsets), keys resolved against ``ctx.date``.

    After a dateline (``新华社北京1月5日电``) relative dates and bare days are
    resolved against the dateline's date, not the publication date. 次日, 翌日 and 第二天 are the day
    after the last day told before them (none when no day was told).
    """
    found = sorted(_dates(view, ctx))
    yield from found
    for match in _NEXT_DAY.finditer(view.text):
        a, b = view.to_source(*match.span())
        if any(m.start < b and a < m.end for m in found):
            continue
        day = next((m.key for m in reversed(found) if m.end <= a and len(m.key or "") == 10), None)
        try:
            key = (date.fromisoformat(day) + timedelta(days=1)).isoformat() if day else ""
        except (ValueError, OverflowError):  # 9999-12-31
            key = ""
        yield Mention(a, b, "DATE", view.source[a:b], rule="date:next-day", key=key,
                      confidence=0.9 if key else 0.5)


def _dates(view: View, ctx: Context) -> Iterator[Mention]:
    """The DATE mentions of ``view`` but for those told by the day before them (次日)."""
    text = view.text
    taken = Taken()  # the spans read as dates so far, none overlapping another
    anchor = ctx
    anchors: list[tuple[int, Context]] = []  # (view offset after a dateline, its date as context)
    days_told = 0  # the days (of one day) read so far
    festivals = _FESTIVAL_DAY.finditer(text) if _FIXED_FESTIVAL.search(text) else ()
    for match in festivals:  # 2019元旦早上: a festival of a fixed day
        start, end = match.span()
        key = _festival_key(match, ctx)
        taken.add(start, end)
        a, b = view.to_source(start, end)
        yield Mention(a, b, "DATE", view.source[a:b], rule="date:festival", key=key,
                      confidence=0.9 if key else 0.5)
    for match in _DATE_RE.finditer(text):
        if not _valid(match):
            continue
        start, end = match.span()
        if taken.overlaps(start, end):
            continue  # 2024年国庆节上午: the festival's day
        if match.group("sep") and not match.group("second"):
            end = match.start("sep")  # 2019年至今: the separator led nowhere
        coming = _coming(text, start)
        if _EVERY.search(text, max(0, start - 4), start):
            key, rule = "", "date:every"  # 每月5日: a day of every month, none of them the article's
        elif match.group("second"):
            key, rule = _range_key(match, ctx, coming), "date:range"
        else:
            g = match.groupdict()
            key = _key(match, "", anchor if not (g["y"] or g["ry"]) else ctx, coming)
            rule = "date:cn" if any(ch in _CN for ch in match.group(0)) else "date:ymd"
            lead = not days_told and not (g["y"] or g["ry"]) \
                and _lead_of_day_before(text, start, end, key, ctx)
            if key.count("-") == 2 and (_DATELINE.match(text, end) or lead):
                anchor = _anchored(ctx, key)
                anchors.append((end, anchor))
            days_told += key.count("-") == 2
        taken.add(start, end)
        a, b = view.to_source(start, end)
        yield Mention(a, b, "DATE", view.source[a:b], rule=rule, key=key,
                      confidence=1.0 if key else 0.5)
    for match in _NUMERIC_RE.finditer(text):  # 2023-03-14, 2023.3.14, 2023/03/14 (a real day)
        start, end = match.span()
        try:
            key = date(*map(int, match.group("y", "m", "d"))).isoformat()
        except ValueError:
            continue
        if taken.overlaps(start, end):
            continue
        taken.add(start, end)
        a, b = view.to_source(start, end)
        yield Mention(a, b, "DATE", view.source[a:b], rule="date:numeric", key=key)
    for match in _GLUED_RE.finditer(text):  # 1025日: a month and day whose 月 was lost
        start, end = match.span()
        key = _glued_key(match.group("n"), ctx)
        if not key or taken.overlaps(start, end):
            continue
        taken.add(start, end)
        a, b = view.to_source(start, end)
        yield Mention(a, b, "DATE", view.source[a:b], rule="date:glued", key=key, confidence=0.9)
    # days told relative to the date before them: 昨(18)日, 上周五; each read against its anchor
    relative: tuple[tuple[re.Pattern[str], Callable[[re.Match, Context], str], str], ...] = (
        (_BRACKETED_DAY, _bracketed_key, "date:relative"),
        (_AGO, _ago_key, "date:relative"),
        (_WEEKDAY, lambda m, here: _weekday_key(m, here, _coming(text, m.start())), "date:weekday"))
    for pattern, keyed, rule in relative:
        for match in pattern.finditer(text):
            start, end = match.span()
            if taken.overlaps(start, end):
                continue
            key = keyed(match, next((c for at, c in reversed(anchors) if at <= start), ctx))
            taken.add(start, end)
            a, b = view.to_source(start, end)
            yield Mention(a, b, "DATE", view.source[a:b], rule=rule, key=key, confidence=0.9 if key else 0.5)
    for match in _WORD_RE.finditer(text):
        start, end = match.span()
        if taken.overlaps(start, end) \
                or text[end:end + 1] in ("(", "（") and taken.starts_at(end + 1) \
                or _inside_word(text, start, end):
            continue  # 昨晚(6月12日): the date in brackets says which day; 光明日报: a name, no 明日
        word = match.group(0)
        here = next((c for at, c in reversed(anchors) if at <= start), ctx)
        key = _relative_key(word, here)
        imprecise = any(word.startswith(w) for w in _IMPRECISE)
        a, b = view.to_source(start, end)
        yield Mention(a, b, "DATE", view.source[a:b], rule="date:imprecise" if imprecise else "date:relative",
                      key=key, confidence=(0.6 if imprecise else 0.9) if key else 0.5)
