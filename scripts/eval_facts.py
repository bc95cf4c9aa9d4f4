#!/usr/bin/env python3
"""Score kg's people, posts and events against the modern-news gold (eval/modern/gold.jsonl).

    python scripts/eval_facts.py eval/modern/gold.jsonl eval/modern/articles.jsonl
    python scripts/eval_facts.py GOLD INPUT --dump pred.jsonl   # also keep what kg found
    python scripts/eval_facts.py GOLD pred.jsonl                # score a kept dump again
    python scripts/eval_facts.py GOLD INPUT --errors 30         # print misses, false finds, attendees missed
    python scripts/eval_facts.py GOLD INPUT --intervals         # how far a figure moves with the articles
    python scripts/eval_facts.py GOLD INPUT --ids t26-t38       # only these articles (a batch of a set)

The second file is either kg input (records with "text": kg is run on them through
``kg.api.iter_results``) or a dump written by ``--dump`` (records with "posts"/"events").
How each figure is counted is written in eval/modern/README.md; in short:

- people, organisations, places: strict span and type, as ../shared/eval/score.py; a span the gold
  marks nested or neutral, a span inside a longer gold ORG or LOC, an ORG written without its place
  (市委, 市人大常委会, 省高级人民法院 or its 高级人民法院) and a place word that names no place (我县, 全市)
  count neither way;
- posts: (person, role, organisation), organisation matched leniently (``same_org``), an acting post
  (代理市长) as its post; when the gold gives no organisation only person and role are compared; a kg
  membership with no organisation is a job title, not a post (the graph has no org:Membership for it);
- events: one-to-one per article, type compatible (same concept, or one the broader of the other in
  kg's scheme) and date equal; "type only" ignores the date; kg events of the kinds the gold does not
  annotate (``UNANNOTATED``: disasters, court cases, markets, sport, private life, thanks) are left out;
- places, chairs and attendees are read from the events paired on type only.

``--intervals`` adds to each F1 a 95% interval: the articles are drawn again with replacement (2,000
times, a fixed seed) and the middle 95% of the F1s so scored is given. On 25 articles it is wide; two
figures inside each other's interval are not told apart by the set.
"""
from __future__ import annotations

import argparse
import functools
import json
import random
import re
import sys
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from kg.nlp.normalize import to_simplified

ROOT = Path(__file__).resolve().parent.parent
SCHEME = ROOT / "kg" / "rules" / "events" / "scheme.jsonl"

# An organisation written by its level alone (市委, 省政府, 市人大常委会, 县公安局): which city or
# province it is depends on the publisher, so the gold leaves such spans unlabelled; so is a span
# that leaves that level word out (高级人民法院 in 省高级人民法院).
PLACELESS_ORG = re.compile(r"^(市|省|县|区|旗|州|盟|镇|乡|自治区|党|中央|全国)")
LEVELS = "市省县区旗州盟镇乡"
# Words that point at a place without naming it (我市, 全县): kg links them to the home place,
# People's Daily leaves them untagged.
DEICTIC_PLACES = frozenset("""
我国 我市 我区 我县 我省 我旗 我州 我镇 全国 全市 全区 全县 全省 全旗 全州 全镇 本市 本县
""".split())

# Long and short forms of the names of party and state bodies, both sides reduced before comparing.
ORG_FORMS = (
    ("中国共产党", "中共"),
    ("中国共产主义青年团", "共青团"),
    ("中国国民党革命委员会", "民革"),
    ("中国民主同盟", "民盟"),
    ("中国民主建国会", "民建"),
    ("中国民主促进会", "民进"),
    ("中国农工民主党", "农工党"),
    ("中国致公党", "致公党"),
    ("台湾民主自治同盟", "台盟"),
    ("中央委员会", "中央"),
    ("工作委员会", "工委"),
    ("统一战线工作部", "统战部"),
    ("中央军事委员会", "中央军委"),
    ("人民代表大会常务委员会", "人大常委会"),
    ("人民代表大会", "人大"),
    ("中国人民政治协商会议", "政协"),
    ("人民政府外事办公室", "外办"),
    ("人民政府港澳事务办公室", "港澳办"),
    ("港澳事务办公室", "港澳办"),
    ("港澳办公室", "港澳办"),
    ("人民政府台湾事务办公室", "台办"),
    ("台湾事务办公室", "台办"),
    ("人民政府侨务办公室", "侨办"),
    ("侨务办公室", "侨办"),
    ("外事办公室", "外办"),
    ("外事办", "外办"),
    ("人民政府国有资产监督管理委员会", "国资委"),
    ("国有资产监督管理委员会", "国资委"),
    ("人民政府", "政府"),
    ("人民法院", "法院"),
    ("人民检察院", "检察院"),
    ("管理委员会", "管委会"),
    ("科学技术委员会", "科委"),
    ("科学技术协会", "科协"),
    # a prefecture's party committee: 地方委员会 until the 专区 became 地区 (1970), 地区委员会 since
    ("地方委员会", "地委"),
    ("地区委员会", "地委"),
    ("特别行政区", "特区"),
    ("委员会", "委"),
)
COMPANY_SUFFIX = re.compile(r"(股份有限公司|集团有限公司|有限责任公司|有限公司|集团)$")

# Families of kg's event scheme the gold does not annotate: its conventions cover public life
# (meetings, ceremonies, visits, inspections, releases, appointments and removals); disasters and
# court cases get no event there, and no article's gold has an event of the other families.
UNANNOTATED = frozenset({"Disaster", "LegalAction", "FinanceTrade", "ProductAction", "Competition",
                         "LifeEvent", "Interaction"})


def read_jsonl(path: str) -> list[dict]:
    rows = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                sys.exit(f"eval_facts: {path}:{n}: not JSON ({exc})")
    return rows


def pick_ids(spec: str) -> set[str]:
    """The article ids of ``spec``: ids and ranges separated by commas (``t01,t05-t09``; a range keeps
    the prefix and the digits' width of its first id)."""
    ids: set[str] = set()
    for part in filter(None, (x.strip() for x in spec.split(","))):
        first, dash, last = part.partition("-")
        m, n = re.match(r"^(.*?)(\d+)$", first), re.match(r"^(.*?)(\d+)$", last)
        if not dash:
            ids.add(part)
        elif m and n and m.group(1) == n.group(1):
            width = len(m.group(2))
            ids |= {f"{m.group(1)}{k:0{width}d}" for k in range(int(m.group(2)), int(n.group(2)) + 1)}
        else:
            sys.exit(f"eval_facts: --ids: {part!r} is not a range like t01-t25")
    return ids


def norm_org(name: str | None, party: bool = False) -> str:
    """``name`` reduced to its short forms; with ``party``, a named body's party committee by its short form
    (X党工委, X党委, X党支部, X党总支) reduced as its full name is (中共X工作委员会, 中共X委员会,
    中共X支部委员会, 中共X总支部委员会: X工委, X委, X支部委, X总支部委)."""
    s = autonomous_short(re.sub(r"\s", "", to_simplified(name or "")))
    for long, short in ORG_FORMS:
        s = s.replace(long, short)
    if party:
        s = re.sub(r"^(.{2,})党(工委|委)$", r"\1\2", s)
        # X村党支部, X党总支: 中共X村支部委员会, 中共X总支部委员会
        s = re.sub(r"^(.{2,})党(总支|支)部?$", r"\1\2部委", s)
    # 中共X市委 and X市委 are one body, and so are their departments (中共X市委宣传部, X市委宣传部); 政协X市委
    # and X市政协 too; 中华人民共和国X部 and X部.
    s = re.sub(r"^中共(.+委)(?=[^委]*$)", r"\1", s)
    s = re.sub(r"^政协(全国|.+?[省市县区旗州盟])委", r"\1政协", s)  # and its bodies (…委员会港澳台委员会)
    s = re.sub(r"^中华人民共和国(?=.)", "", s)
    # a special administrative region's department (政务司, 财政司, 律政司) with or without its government's
    # name before it: 香港特别行政区政府政务司 and 香港特别行政区政务司 are one body
    s = re.sub(r"特区政府(?=[\u4e00-\u9fff]+司$)", "特区", s)
    s = re.sub(r"^(民革|民盟|民建|民进|农工党|致公党|九三学社|台盟)(.+)委会$", r"\1\2委", s)  # 民盟X省委会
    return COMPANY_SUFFIX.sub("", s) or s


@functools.cache
def autonomous_pattern() -> re.Pattern[str]:
    """An autonomous prefecture, county or banner's nationalities and 自治 (海西蒙古族藏族自治州:
    蒙古族藏族自治), the nationalities read from kg's list of them."""
    from kg.rules import load_rules

    names = sorted(load_rules().lexicon("places/nations").entries, key=len, reverse=True)
    nations = "|".join(map(re.escape, names))
    return re.compile(f"(?<=..)(?:{nations})+自治(?=[州县旗])")


def autonomous_short(s: str) -> str:
    """An autonomous division's name by the short form people write (黔东南苗族侗族自治州 → 黔东南州,
    长阳土家族自治县 → 长阳县): both names of one body match."""
    return autonomous_pattern().sub("", s) if "自治" in s else s


def same_org(gold: str | None, pred: str | None) -> bool:
    """Lenient: equal once reduced, or one ends with the other (the place prefix left out), or two
    names of one country (肯尼亚共和国 and 肯尼亚, 马耳他 and 马尔他: kg's gazetteer)."""
    if not gold:
        return True
    if not norm_org(pred):
        return False
    return any(g == p or (len(p) >= 2 and g.endswith(p)) or (len(g) >= 2 and p.endswith(g))
               for g, p in ((norm_org(gold, party), norm_org(pred, party)) for party in (False, True))) \
        or same_country(gold, pred or "")


def same_country(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are names of one country in kg's gazetteer."""
    from kg.rules import load_rules
    from kg.rules.places import gazetteer

    places = gazetteer(load_rules())
    pa, pb = places.lookup(a), places.lookup(b)
    return pa is not None and pb is not None and pa.level == pb.level == "country" and pa.name == pb.name


def read_broader() -> dict[str, str]:
    out = {}
    for line in SCHEME.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rec = json.loads(line)
            if rec.get("broader"):
                out[rec["id"]] = rec["broader"]
    return out


def ancestors(t: str, broader: dict[str, str]) -> set[str]:
    out = {t}
    while t in broader:
        t = broader[t]
        out.add(t)
    return out - {"Event"}


def annotated(t: str, broader: dict[str, str]) -> bool:
    """Whether events of type ``t`` are of a kind the gold annotates."""
    return not ({t} | ancestors(t, broader)) & UNANNOTATED


def same_type(a: str, b: str, broader: dict[str, str]) -> bool:
    return a == b or a in ancestors(b, broader) or b in ancestors(a, broader)


# --- predictions -------------------------------------------------------------------------------

def run_kg(articles: list[dict]) -> list[dict]:
    """kg's mentions, posts and events per input id (several articles of one record merged)."""
    from kg.api import iter_results
    from kg.model import Document

    docs = [Document(id=str(a["id"]), text=a["text"], date=a.get("date"), publisher=a.get("publisher"),
                     place=a.get("place"), title=a.get("title"), url=a.get("url")) for a in articles]
    out: dict[str, dict] = {d.id: {"id": d.id, "mentions": [], "posts": [], "events": []} for d in docs}
    for r in iter_results(docs):
        rec = out[r.doc.id]
        rec["mentions"] += [{"start": m.start, "end": m.end, "type": m.type, "text": m.text}
                            for m in r.mentions]
        for p in r.memberships:
            rec["posts"].append({
                "person": p.person.text, "title": p.title.text, "role": p.role, "org": p.organization,
                # kg before f38f617 had no dates or former flag on posts: read with defaults to compare
                "status": "former" if getattr(p, "former", False) else "current",
                "start": getattr(p, "start_date", None), "end": getattr(p, "end_date", None),
            })
        for e in r.events:
            rec["events"].append({
                "type": e.type, "date": e.date, "place": e.place.text if e.place else None,
                # the place kg resolved (访华: 中国), so that the place is scored, not its spelling
                **({"place_key": e.place.key} if e.place and e.place.key not in (None, e.place.text) else {}),
                "chair": e.chair.text if e.chair else None,
                "attendees": sorted({a.text for a in e.attendees}),
                "trigger": {"start": e.trigger.start, "end": e.trigger.end, "text": e.trigger.text},
            })
    return list(out.values())


# --- scoring -----------------------------------------------------------------------------------

class Tally:
    def __init__(self) -> None:
        self.gold = self.pred = self.right = 0

    def add(self, gold: int, pred: int, right: int) -> None:
        self.gold += gold
        self.pred += pred
        self.right += right

    def prf(self) -> tuple[float, float, float]:
        p = self.right / self.pred if self.pred else 0.0
        r = self.right / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score_spans(g: dict, pred: dict, etype: str, tally: Tally, errors: list[str]) -> None:
    text = g["text"]
    gold = {(e["start"], e["end"]) for e in g["entities"] if e["type"] == etype}
    neutral = {(e["start"], e["end"]) for e in g.get("nested", []) + g.get("untyped_abbrev", [])}
    found = {(m["start"], m["end"]) for m in pred["mentions"] if _etype(m["type"]) == etype}
    # Inside a longer gold name (上海 in 上海市北高新股份有限公司) a span is nested, as in People's Daily.
    outer = [(e["start"], e["end"]) for e in g["entities"] if e["type"] in ("ORG", "LOC")]
    neutral |= {(s, e) for s, e in found if any(a <= s and e <= b and (a, b) != (s, e) for a, b in outer)}
    if etype == "ORG":
        simple = to_simplified(text)  # (區委, 區政府: the level words of a text in traditional characters)
        neutral |= {(s, e) for s, e in found
                    if PLACELESS_ORG.match(simple[s:e]) or (s > 0 and simple[s - 1] in LEVELS)}
    if etype == "LOC":
        neutral |= {(s, e) for s, e in found if text[s:e] in DEICTIC_PLACES}
    counted = {s for s in found if s in gold or s not in neutral}
    tally.add(len(gold), len(counted), len(gold & counted))
    for s, e in sorted(gold - counted):
        errors.append(f"{g['id']} {etype} missed {text[s:e]!r} [{s}:{e}]")
    for s, e in sorted(counted - gold):
        errors.append(f"{g['id']} {etype} false  {text[s:e]!r} [{s}:{e}]")


def _etype(t: str) -> str:
    return {"PLACE": "LOC", "GPE": "LOC", "PERSON": "PER"}.get(t, t)


def names(gold_name: str | None) -> set[str]:
    """The forms of one gold person (威廉·鲁托/鲁托)."""
    return set(gold_name.split("/")) if gold_name else set()


def norm_role(role: str) -> str:
    """An acting post (代理市长, 代市长) is compared as the post (市长): kg may keep 代理 as a qualifier, and
    writes 代 as 代理 (not the 代 of 代表, 代办; 代理事长 is 代 + 理事长); 常务委员 as its short form 常委; in
    simplified characters (名譽院長 as 名誉院长, as kg writes a post)."""
    role = to_simplified(role)
    return re.sub(r"常务委员$", "常委", re.sub(r"^(?:代(?=理事)|代理(?=.)|代(?![表办理])(?=..))", "", role))


def same_post(gp: dict, pp: dict, with_org: bool) -> bool:
    return (pp["person"] in names(gp["person"]) and norm_role(pp["role"]) == norm_role(gp["role"])
            and (not with_org or same_org(gp["org"], pp["org"])))


def match_posts(gold: list[dict], pred: list[dict], with_org: bool) -> tuple[list[tuple[int, int]], set[int]]:
    """Pairs of gold and kg posts, and the kg posts that repeat a paired one under another name form."""
    pairs, used = [], set()
    for i, gp in enumerate(gold):
        for j, pp in enumerate(pred):
            if j not in used and same_post(gp, pp, with_org):
                pairs.append((i, j))
                used.add(j)
                break
    repeats = {j for j, pp in enumerate(pred) if j not in used
               and any(same_post(gold[i], pp, with_org) for i, _ in pairs)}
    return pairs, repeats


def unique_posts(posts: Iterable[dict]) -> list[dict]:
    seen, out = set(), []
    for p in posts:
        key = (p["person"], norm_role(p["role"]), norm_org(p["org"]))
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


def match_events(
    gold: list[dict], pred: list[dict], broader: dict[str, str], with_date: bool
) -> list[tuple[int, int]]:
    """Greedy one-to-one pairing; a pair whose trigger lies in the gold sentence goes first."""
    candidates = []
    for i, ge in enumerate(gold):
        for j, pe in enumerate(pred):
            if not same_type(ge["type"], pe["type"], broader):
                continue
            if with_date and (ge["date"] or None) != (pe["date"] or None):
                continue
            s, e = ge["sentence"]
            pt, gt = pe["trigger"], ge["trigger"]
            inside = s <= pt["start"] < e
            overlap = pt["start"] < gt["end"] and gt["start"] < pt["end"]
            candidates.append((not overlap, not inside, i, j))
    pairs, gi, pj = [], set(), set()
    for _, _, i, j in sorted(candidates):
        if i not in gi and j not in pj:
            pairs.append((i, j))
            gi.add(i)
            pj.add(j)
    return pairs


def same_place(gold: str, pred: str | None, key: str | None = None) -> bool:
    """Whether kg's place (its text ``pred``, and ``key`` when a short name stands for it: 华 for 中国) is
    gold's: one contains the other."""
    return any(bool(p) and (gold in p or p in gold) for p in (pred, key) if p)


def score(golds: list[dict], preds: list[dict], errors_wanted: int = 0) -> dict:
    by_id = {str(p["id"]): p for p in preds}
    missing = [g["id"] for g in golds if g["id"] not in by_id]
    if missing:
        sys.exit(f"eval_facts: no prediction for {len(missing)} articles, e.g. {missing[:3]}")
    broader = read_broader()
    t: dict[str, Tally] = defaultdict(Tally)
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    errors: list[str] = []
    for g in golds:
        p = by_id[g["id"]]
        for etype in ("PER", "ORG", "LOC"):
            score_spans(g, p, etype, t[etype], errors)
        gposts = unique_posts(g["posts"])
        pposts = unique_posts(pp for pp in p["posts"] if pp["org"])  # no organisation: a job title
        pairs, repeats = match_posts(gposts, pposts, with_org=True)
        t["posts"].add(len(gposts), len(pposts) - len(repeats), len(pairs))
        loose, loose_repeats = match_posts(gposts, pposts, with_org=False)
        t["posts_noorg"].add(len(gposts), len(pposts) - len(loose_repeats), len(loose))
        for i, j in pairs:
            if pposts[j].get("status"):
                counts["status"][0] += pposts[j]["status"] == gposts[i]["status"]
                counts["status"][1] += 1
            for key in ("start", "end"):
                if gposts[i][key]:
                    counts["post_dates"][0] += pposts[j].get(key) == gposts[i][key]
                    counts["post_dates"][1] += 1
        matched = {i for i, _ in pairs}
        errors += [f"{g['id']} post missed {gp['person']} {gp['role']} {gp['org']}"
                   for i, gp in enumerate(gposts) if i not in matched]
        matched = {j for _, j in pairs} | repeats
        errors += [f"{g['id']} post false  {pp['person']} {pp['role']} {pp['org']}"
                   for j, pp in enumerate(pposts) if j not in matched]
        gev, pev = g["events"], [e for e in p["events"] if annotated(e["type"], broader)]
        dated = match_events(gev, pev, broader, with_date=True)
        t["events"].add(len(gev), len(pev), len(dated))
        loose = match_events(gev, pev, broader, with_date=False)
        t["events_type"].add(len(gev), len(pev), len(loose))
        for i, j in loose:
            ge, pe = gev[i], pev[j]
            if ge["place"]:
                right = same_place(ge["place"], pe["place"], pe.get("place_key"))
                counts["places"][0] += right
                if not right:
                    errors.append(f"{g['id']} event place {ge['type']} {ge['trigger']['text']!r}: "
                                  f"gold {ge['place']!r}, kg {pe['place']!r}")
            if ge["chair"]:
                counts["chairs"][0] += pe["chair"] in names(ge["chair"])
            found = set(pe["attendees"]) | ({pe["chair"]} if pe["chair"] else set())
            counts["attendees"][0] += sum(bool(names(a) & found) for a in set(ge["attendees"]))
            if missed := sorted(a for a in set(ge["attendees"]) if not names(a) & found):
                errors.append(f"{g['id']} event attendees {ge['type']} {ge['trigger']['text']!r}: "
                              f"missed {'、'.join(missed)}")
        paired = {i for i, _ in loose}
        errors += [f"{g['id']} event place {ge['type']} {ge['trigger']['text']!r}: gold {ge['place']!r}, "
                   "kg no event of its type" for i, ge in enumerate(gev) if ge["place"] and i not in paired]
        for ge in gev:
            counts["places"][1] += bool(ge["place"])
            counts["chairs"][1] += bool(ge["chair"])
            counts["attendees"][1] += len(set(ge["attendees"]))
        dated_g = {i for i, _ in dated}
        for i, ge in enumerate(gev):
            if i not in dated_g:
                errors.append(f"{g['id']} event missed {ge['type']} {ge['date']} {ge['trigger']['text']!r}")
        dated_p = {j for _, j in dated}
        for j, pe in enumerate(pev):
            if j not in dated_p:
                errors.append(f"{g['id']} event false  {pe['type']} {pe['date']} {pe['trigger']['text']!r}")
    return {"tallies": t, "counts": counts, "errors": errors[:errors_wanted] if errors_wanted else []}


ROWS = (
    ("people (PER spans)", "PER"),
    ("organisations (ORG spans)", "ORG"),
    ("places (LOC spans)", "LOC"),
    ("posts (person, role, org)", "posts"),
    ("posts (person, role)", "posts_noorg"),
    ("events (type and date)", "events"),
    ("events (type only)", "events_type"),
)


def intervals(golds: list[dict], preds: list[dict], draws: int = 2000,
              seed: int = 0) -> dict[str, tuple[float, float]]:
    """The 95% bootstrap interval over articles of each row's F1 (articles drawn with replacement)."""
    per_article = [score([g], preds)["tallies"] for g in golds]
    rnd = random.Random(seed)
    f1s: dict[str, list[float]] = defaultdict(list)
    for _ in range(draws):
        drawn = [per_article[rnd.randrange(len(per_article))] for _ in per_article]
        for _, key in ROWS:
            total = Tally()
            for tallies in drawn:
                total.add(tallies[key].gold, tallies[key].pred, tallies[key].right)
            f1s[key].append(total.prf()[2])
    low, high = int(draws * 0.025), int(draws * 0.975) - 1
    return {key: (sorted(v)[low], sorted(v)[high]) for key, v in f1s.items()}


def format_table(result: dict, spans: dict[str, tuple[float, float]] | None = None) -> str:
    lines = [f"{'':28} {'gold':>5} {'kg':>5} {'right':>5} {'P':>6} {'R':>6} {'F1':>6}"
             + ("  95% interval" if spans else "")]
    for label, key in ROWS:
        tally = result["tallies"][key]
        p, r, f = tally.prf()
        lines.append(f"{label:28} {tally.gold:5} {tally.pred:5} {tally.right:5} {p:6.3f} {r:6.3f} {f:6.3f}"
                     + (f"  {spans[key][0]:.3f}-{spans[key][1]:.3f}" if spans else ""))
    for label, key in (("event places right", "places"), ("event chairs right", "chairs"),
                       ("attendees recall", "attendees"), ("post current/former right", "status"),
                       ("post start/end dates right", "post_dates")):
        right, total = result["counts"][key]
        share = f"{right / total:6.3f}" if total else "     –"
        lines.append(f"{label:28} {right:5} of {total:<5} {share}")
    return "\n".join(lines + result["errors"])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold")
    ap.add_argument("input", help="kg input JSONL (records with text) or a --dump of predictions")
    ap.add_argument("--dump", metavar="FILE", help="write kg's predictions here")
    ap.add_argument("--errors", type=int, default=0, metavar="N", help="print up to N misses and false finds")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--intervals", action="store_true", help="add 95%% bootstrap intervals over articles")
    ap.add_argument("--ids", metavar="IDS", help="score only these articles: ids and ranges, t01,t26-t38")
    a = ap.parse_args(argv)
    golds = read_jsonl(a.gold)
    rows = read_jsonl(a.input)
    if a.ids:
        wanted = pick_ids(a.ids)
        golds = [g for g in golds if g["id"] in wanted]
        rows = [r for r in rows if r["id"] in wanted]
        if not golds:
            sys.exit(f"eval_facts: --ids {a.ids}: no such article in {a.gold}")
    preds = run_kg(rows) if rows and "text" in rows[0] else rows
    if a.dump:
        with open(a.dump, "w", encoding="utf-8") as fh:
            for rec in preds:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    result = score(golds, preds, a.errors)
    spans = intervals(golds, preds) if a.intervals else None
    if a.json:
        figures = {k: dict(zip(("precision", "recall", "f1"), (round(x, 4) for x in v.prf()), strict=True))
                   | {"gold": v.gold, "kg": v.pred, "right": v.right} for k, v in result["tallies"].items()}
        figures |= {k: {"right": v[0], "of": v[1]} for k, v in result["counts"].items()}
        if spans:
            for key, (low, high) in spans.items():
                figures[key]["f1_interval"] = [round(low, 4), round(high, 4)]
        print(json.dumps(figures, ensure_ascii=False, indent=1))
    else:
        print(format_table(result, spans))
    return 0


if __name__ == "__main__":
    sys.exit(main())
