"""A title's body: the parts a title was read into, resolved into the body's name
(:func:`resolve_title`): a short name expanded with the home place or the chain's body
(:func:`resolve_org`), a body the post implies, a place's party body."""
from __future__ import annotations

import re
from typing import NamedTuple

from kg.extract.context import Context
from kg.extract.engine import rules_of
from kg.extract.orgs import body_kind, canonical_org, org_rules
from kg.extract.placenames import place_names
from kg.extract.posts.parts import GRASSROOTS, NOT_GRASSROOTS, Part, state_form
from kg.extract.posts.title import GOVERNMENT_SHORT, SESSION_NAME, STANDING
from kg.extract.posts.words import (
    HOME_UNITS,
    PARTY_BODIES,
    TEMPLATE,
    Role,
    bare_role,
    is_country,
    levels,
    org_names,
    post_words,
    served_post,
)
from kg.rules import RuleSet, per_rules
from kg.rules.places import gazetteer

__all__ = ["home_place", "resolve_org", "session_name", "session_place", "resolve_title", "place_party",
           "UPPER", "same_kind", "BODY_LEAD", "place_bodies"]


def home_place(unit: str, ctx: Context) -> str | None:
    """The place of the level ``unit`` (市, 县, 区) of the publisher's home (``ctx.place``), or None."""
    if not ctx.place:
        return None
    place = gazetteer(rules_of(ctx)).home("我" + unit, ctx.place)
    if place is None or not place.name.endswith(unit) or (unit == "区" and place.name.endswith("自治区")):
        return None  # 区委 in a city's paper is no body of the autonomous region around it
    return place.name


def _fill(template: str, scope: str | None, ctx: Context) -> str | None:
    """Fill a template; None when a field is unknown."""
    out = template
    for name in TEMPLATE.findall(template):
        value = scope if name == "上级" else ctx.publisher if name == "本报" \
            else _place_heading(scope, ctx) if name == "同级" else home_place(name, ctx)
        if not value:
            return None
        out = out.replace("{" + name + "}", value)
    return out


def _place_heading(body: str | None, ctx: Context) -> str | None:
    """The last of the places of the gazetteer a body's name opens with, its party's or conference's lead
    left out (中共高邑县委员会, 中共河北省高邑县委员会: 高邑县), or None."""
    places, name, place = gazetteer(rules_of(ctx)), BODY_LEAD.sub("", body or ""), None
    while (n := next((n for n in range(min(len(name), places.max_len), 1, -1) if name[:n] in places.by_name),
                     0)):
        found = places.lookup(name[:n])
        place, name = (found.name if found is not None else name[:n]), name[n:]
    return place


def resolve_org(short: str, ctx: Context, scope: str | None = None) -> tuple[str, str]:
    """Full name and scope of the short name ``short`` (kept as is when unresolvable).

    A name that needs no chain scope is resolved by ``kg.extract.orgs.canonical_org``
    when it knows it, so posts and mentions agree on keys.
    """
    if short not in org_names(rules_of(ctx)):
        name = canonical_org(short, ctx) or short
        return name, name
    full_t, scope_t = org_names(rules_of(ctx))[short]
    full = _fill(full_t, scope, ctx)
    if full is None:
        return short, short  # 县法院 with no home county: kept short, for a county named later to fill
    if "{上级}" not in full_t:
        canonical = canonical_org(short, ctx)
        # the organisations' canonical name wins when it resolved the short name (国务院; not 民盟 before a
        # post of its leaders: its central committee)
        if canonical is not None and canonical != short:
            return canonical, (_fill(scope_t, scope, ctx) or canonical) if scope_t != full_t else canonical
    return full, _fill(scope_t, scope, ctx) or full


_GRASSROOTS_BODIES = frozenset({"居委会", "村委会"})


def _grassroots_home(body: str, rules: RuleSet) -> str:
    """The village or community whose party body ``body`` is (红旗村党总支, 金色社区党委: ``company-body``
    words after a name ending in 村 or 社区), else ``body``: the place a 村委会 or 居委会 of the chain is
    of."""
    for word in post_words(rules)["company-body"]:
        place = body.removesuffix(word)
        if place != body and place.endswith(GRASSROOTS) and place not in NOT_GRASSROOTS:
            return place
    return body


def session_name(written: str, ctx: Context) -> str | None:
    """The full name of the session of a people's congress or CPPCC committee written as ``written``
    (市十六届人大三次会议 in a 泉州 paper: 泉州市第十六届人民代表大会第三次会议); None when its place is
    not known (the words before the term name no place, or a level word with no home place of it)."""
    m = SESSION_NAME.fullmatch(written) or SESSION_NAME.search(written)
    if m is None:
        return None
    if m.group("cppcc") or m.group("pterm"):
        term = m.group("cterm") or m.group("pterm")
        whole = m.group("cwhole") or ""
        written = m.group("cplace") or m.group("cplace2") or "" if m.group("cppcc") else m.group("pplace")
        place = session_place(written, ctx)  # (政协泉州市第十四届委员会, 政协第十四届泉州市委员会)
        if whole or place == "全国":
            return f"中国人民政治协商会议第{term}届全国委员会第{m.group('n')}次会议"
        return f"中国人民政治协商会议{place}第{term}届委员会第{m.group('n')}次会议" if place else None
    term = m.group("term") or m.group("nterm")
    place = "全国" if m.group("whole") else session_place(m.group("place") or m.group("nplace"), ctx)
    if place == "全国":
        return f"第{term}届全国人民代表大会第{m.group('n')}次会议"
    return f"{place}第{term}届人民代表大会第{m.group('n')}次会议" if place else None


def session_place(words: str, ctx: Context) -> str:
    """The place ending ``words`` (the words before a session's term): a place of the gazetteer as it
    names it, 全国, or a level word alone as the publisher's home place of that level; '' when none."""
    places = gazetteer(rules_of(ctx))
    for i in range(len(words)):
        tail = words[i:]
        if tail == "全国":
            return tail
        if tail in HOME_UNITS:
            return home_place(tail, ctx) or ""
        place = places.lookup(tail) if tail in places.by_name else None
        if place is not None:
            return place.name if place.name.startswith(tail) else tail
    return ""


def _department_scope(org: str) -> str:
    """The body whose departments the next titles of a chain name.

    A party committee's departments (统战部, 宣传部) belong to the committee, not
    to its standing committee: ``市委常委会、统战部副部长`` is 副部长 of the
    市委's 统战部.
    """
    m = STANDING.match(org)
    return m.group("committee") if m else org


class _Resolved(NamedTuple):
    """A title's organisation as the parts of its chain are read: the body, how it was found, the scope
    the next titles of the chain are read in, and the body it is part of (a party committee's organ)."""

    org: str | None
    how: str
    scope: str | None
    parent: str | None


def resolve_title(parts: list[Part], role: Role | None, scope: str | None, ctx: Context):
    """(organisation, how, new scope, parent) of one parsed title."""
    r = _Resolved(None, "unknown", scope, None)
    for k, p in enumerate(parts):
        if p.kind in ("mention", "text"):
            written = _of_foreign_party(parts, k, ctx) or _org_written(parts, k, r, scope, ctx)
            if p.kind == "text" and k == len(parts) - 1 and role is not None:
                written = _with_head(written, role.role, ctx)
            r = r._replace(org=written, how="written", scope=_department_scope(written))
        elif p.kind == "short":
            r = _org_short(p, r, role, scope, ctx)
        elif p.kind == "division":
            # 市卫健委 + 社区处: a division of the body written before it
            r = r._replace(org=(r.org or "") + p.value, how="written")
        elif p.kind == "session":
            # a session of a place the text does not name (市六届人大五次会议, no home place): as written
            r = r._replace(org=(session_name(p.value, ctx) or p.value) + p.body, how="written")
        elif p.kind == "level":
            r = r._replace(scope=home_place(p.value, ctx))  # filled into the body's name by the next part
        elif p.kind == "place" and r.org is None:
            r = r._replace(scope=p.value)  # 鄂尔多斯市市长: the place fills the implied body
    org, how, new_scope, parent = _org_implied(parts, role, scope, r, ctx)
    words = post_words(rules_of(ctx))
    cabinet = next((w for w in words["cabinet"] if org is not None and org.endswith(w)), "")
    if org is not None and cabinet and role is not None and bare_role(role.role) in words["state-post"] \
            and is_country(org[:-len(cabinet)], rules_of(ctx), foreign=True):
        # 日本政府首相, 朝鲜政务院总理: a foreign head of government holds the state's post
        org = org[:-len(cabinet)]
    if org is None and role is not None and parts and parts[-1].kind == "place" \
            and body_kind(parts[-1].value, rules_of(ctx)) == _FACILITY:
        # 于都县文化馆 + 馆长: a named building's staff are its; 武昌车站 + 党委书记: its own body's
        own = role.org.removeprefix(UPPER) if role.org.startswith(UPPER) else ""
        org, how = parts[-1].value + own, "written"
    party = place_party(parts[-1].value, role.role, rules_of(ctx), role.org.removeprefix(UPPER)) \
        if role is not None and parts and parts[-1].kind in ("place", "text") else None
    if party is not None and org in (None, parts[-1].value):
        # 龙湖镇书记, 青山村书记: the party body of a town or a village written with its place alone
        org, how = party, "written"
    if org is None and role is not None and parts and parts[-1].kind == "place" \
            and (is_country(parts[-1].value, rules_of(ctx)) or _is_foreign_division(parts, ctx)
                 or _council_place(parts[-1].written or parts[-1].value, role, ctx)):
        # 拉脱维亚大使: an envoy's post is the state's; X省检察总长 of a foreign province: the province's;
        # 西雅图市议员: the city's (its council, ``places.of_parliament``)
        org, how = parts[-1].value, "written"
    return org, how, new_scope, parent


@per_rules
def place_bodies(rules: RuleSet) -> dict[tuple[str, str], str]:
    """(how a place's name ends, post as served) -> its party body's template (``posts/place-posts``)."""
    rows = rules.table("posts/place-posts").checked(3, 3)
    return {(row.fields[0], row.fields[1]): row.fields[2] for row in rows}


def place_party(place: str, role: str, rules: RuleSet, body: str = "") -> str | None:
    """The party body a post written right after ``place`` alone is of (龙湖镇 + 书记: 中共龙湖镇委员会),
    by how the place's name ends (``posts/place-posts``), the row of the post with the party body its title
    writes first (南湖街道 + 党委书记: 中共南湖街道委员会, not the 党工委 of 南湖街道书记); None for any other
    place or post."""
    served = served_post(role, rules)
    bodies = place_bodies(rules)
    return next((template.replace("{地}", place) for post in (body + served, served)
                 for (end, row), template in bodies.items()
                 if row == post and place.endswith(end) and len(place) > len(end)), None)


#: the kind of ``orgs/suffixes`` of a named building or site (文化馆, 体育馆), read as a place
_FACILITY = "facility"
#: a post's own body's template: of the body the chain is about (党委书记: {上级}党委)
UPPER = "{上级}"


def _org_written(parts: list[Part], k: int, r: _Resolved, scope: str | None, ctx: Context) -> str:
    """The body part ``k`` of a title's chain names, written as a name (a mention, or text the NER
    missed), read after the parts before it (``r``; ``scope``: the chain's before the title)."""
    p = parts[k]
    org, new_scope = r.org, r.scope
    level_place = new_scope if parts[0].kind == "level" and p is parts[1] else None
    state = parts[k - 1].value if k and parts[k - 1].kind == "place" else None if k \
        else _state_of(scope, (p.written or p.value), ctx)
    if state is not None and org is None and is_country(state, rules_of(ctx), foreign=True) \
            and not (p.written or p.value).startswith(state):
        # 伊拉克石油部长, 马耳他副总理兼外交部长: the ministry of the foreign state written before it
        return state + (p.written or p.value)
    if level_place is None and k == 0 \
            and (chain_place := _fuller(_place_of_level(p.written or p.value, new_scope, ctx), ctx)) \
            is not None and (level := levels(rules_of(ctx)).home.match(p.written or p.value)) is not None \
            and chain_place != home_place(level.group(1), ctx):
        # 重庆市委统战部副部长、市工商联党组书记: the chain's city's body, not the publisher's
        # (天津市教育委员会副主任兼市考试服务中心主任: a body the NER missed too)
        return canonical_org(chain_place + (p.written or p.value)[level.end():], ctx) or p.value
    if level_place is None and p.kind == "text":
        return canonical_org(p.value, ctx) or p.value  # 外交部 + 部长: keyed as a mention of it would be
    if level_place is not None:
        # 任 + 市 + 发改委主任: the level's home place's body, keyed by its full name
        return canonical_org(level_place + p.value, ctx) or level_place + p.value
    return p.value


def _org_short(p: Part, r: _Resolved, role: Role | None, scope: str | None, ctx: Context) -> _Resolved:
    """The body a short name of ``orgs/names`` written in a title's chain (``p``: 县委, 村委会) names, read
    after the parts before it (``r``; ``scope``: the chain's before the title)."""
    org, new_scope = r.org, r.scope
    template = org_names(rules_of(ctx)).get(p.value, ("", ""))[0]
    relative = "{上级}" in template
    base = org if org is not None and not relative else (org or scope)
    if relative and base is not None and p.value in _GRASSROOTS_BODIES:
        base = _grassroots_home(base, rules_of(ctx))  # 韩村党总支书记、村委会主任: 韩村's committee
    full, sc = resolve_org(p.value, ctx, base if relative or "{同级}" in template else None)
    chain_place = None if relative or org is not None \
        else _fuller(_place_of_level(p.value, new_scope, ctx), ctx)
    if chain_place is not None and chain_place == ctx.place:
        # 县委常委、县委办主任 in a paper of 湘西土家族苗族自治州凤凰县: the home's own body,
        # keyed as the home place fills it (中共凤凰县委员会办公室, as 县委 is), not by the
        # whole chain of places the home is written with
        chain_place = None
    if chain_place is not None:
        # 广西壮族自治区党委书记、自治区人大常委会主任: the chain's own 自治区, not the publisher's
        short_t, scope_t = org_names(rules_of(ctx))[p.value]
        full = TEMPLATE.sub(chain_place, short_t, count=1)
        sc = TEMPLATE.sub(chain_place, scope_t, count=1) if scope_t else full
    parent = r.parent
    if relative and base is not None:
        parent = base
        how = "written" if org is not None else "inherited"
    else:
        how = "written"
    org = full
    new_scope = sc
    if full in place_names(rules_of(ctx)).township_levels and role is not None and role.org.startswith(full) \
            and role.org in org_names(rules_of(ctx)):
        org = new_scope = role.org  # 该镇 + 镇长: the town's body the post implies (镇政府)
    if relative and base is None and p.value in _GRASSROOTS_BODIES:
        org, how, new_scope = None, "unknown", scope  # 村委会主任: a village the text does not name
    if "{同级}" in template and (full == p.value or base is not None and base.endswith(GRASSROOTS)):
        # 政协主席 with no place's body before it; 社区党总支书记、总工会主席: a community has none
        org, how, new_scope = None, "unknown", scope
    if full in post_words(rules_of(ctx))["publisher"]:
        # 本报 of an unknown paper: the same words name every paper
        org, how, new_scope = None, "unknown", scope
    return _Resolved(org, how, new_scope, parent)


def _org_implied(parts: list[Part], role: Role | None, scope: str | None, r: _Resolved,
                 ctx: Context) -> _Resolved:
    """The title's organisation ``r`` (read from its chain's parts) with the body its role implies
    (``role.org``: 市长 -> 市政府, 组织委员 -> {上级}党委) where none is written or the role's names one
    relative to it; ``scope``: the chain's before the title."""
    org, how, new_scope, parent = r
    shorts = org_names(rules_of(ctx))
    if not (role is not None and role.org and (org is None or "{上级}" in role.org or role.org in shorts)):
        return r
    implied = role.org
    if org is not None and shorts.get(implied, ("",))[0].endswith(_CENTRAL_COMMITTEE) \
            and not org.endswith(_CENTRAL_COMMITTEE):
        # 越共 + 中央委员: a member of the central committee of the party written before the title, not of
        # the one the title implies alone (中央委员 -> 中共中央)
        central = canonical_org(org + _CENTRAL, ctx)
        return r._replace(org=central) if central.endswith(_CENTRAL_COMMITTEE) else r
    committee = levels(rules_of(ctx)).committee.fullmatch(org or "")
    if committee is not None and implied.endswith(GOVERNMENT_SHORT) \
            and committee.group("place").endswith(implied[:-len(GOVERNMENT_SHORT)]):
        # 区委副区长: a government's post written after the party committee of its place is the
        # place's government's
        org = TEMPLATE.sub(committee.group("place"), shorts[implied][0], count=1)
    elif "{上级}" in implied:
        base = org or scope
        if org is None and parts and parts[-1].kind == "place" and implied == "{上级}党委" \
                and parts[-1].value.endswith(levels(rules_of(ctx)).chain_words):
            base = None  # 广西壮族自治区党委书记: the party committee of the place
            org = new_scope = f"中共{parts[-1].value}委员会"
            how = "written"
        if base is not None and "{上级}" in shorts.get(base, ("", ""))[0]:
            base = None  # 党委委员、监事会主席: a bare 党委 names no body a 监事会 or a 纪委 is of
        if base is not None and implied == "{上级}党组" and base.endswith(_PEOPLES_CONGRESS):
            # 区人大党组: a people's congress's party group is its standing committee's
            base += _STANDING_COMMITTEE
        filled = _fill(implied, base, ctx) if base is not None else None
        filled = canonical_org(_party_organ(implied, base, ctx) or filled or "", ctx) or None
        if base is not None and (base.endswith(implied.removeprefix("{上级}"))
                                 or implied == "{上级}党委"
                                 and levels(rules_of(ctx)).committee.fullmatch(base)):
            filled = base  # 镇党委 + 组织委员, X集团党委委员、组织委员, 镇党委副书记、组织委员: the party
            # committee the post implies is the chain's (not X党委党委, 中共X镇委员会党委)
        if filled is not None:
            parent, org, how = base, filled, ("implied" if how == "unknown" else how)
    elif org is None and parts and parts[-1].kind == "place" \
            and is_country(parts[-1].value, rules_of(ctx), foreign=True):
        # 马耳他总理: a foreign state's head of government is the state's; 阿尔及利亚外长: a minister's
        # post is the state's ministry (日本外相: the ministry its title names with the state)
        org, how = parts[-1].value, "written"
        new_scope = state_form(parts[-1].written or parts[-1].value, rules_of(ctx))  # (萨摩亚独立国: 萨摩亚)
        org = _ministry_of(org, implied)
    elif org is None and not parts and scope is not None and is_country(scope, rules_of(ctx), foreign=True):
        # 马耳他副总理兼外长: the foreign state's 外交部, not China's
        org, how = _ministry_of(scope, implied), "inherited"
    elif org is None and parts and parts[-1].kind == "place" and _is_foreign_division(parts, ctx, implied):
        # 美国洛杉矶市市长: a foreign city's mayor is the city's (it has no 人民政府); 曼托瓦省长: the
        # province's or state's name with its level, written once for both (曼托瓦省; a city goes by its
        # bare name: 曼谷市长 of 曼谷)
        org, how = _with_level(parts[-1].value, parts[-1].written or parts[-1].value, implied), "written"
    elif org is None:
        if parts and parts[-1].kind == "place":
            short_t = org_names(rules_of(ctx)).get(implied, (implied, implied))[0]
            full = TEMPLATE.sub(parts[-1].value, short_t, count=1)
        elif (chain_place := _fuller(_place_of_level(implied, scope, ctx), ctx)) is not None \
                and implied in shorts:
            # 黑龙江省委副书记、省长: the government of the chain's province, not the publisher's
            full = TEMPLATE.sub(chain_place, shorts[implied][0], count=1)
        else:
            full, _ = resolve_org(implied, ctx)
        if scope is not None and scope != full and same_kind(scope, full, rules_of(ctx)):
            full = scope  # 漳州市人民政府副市长、代理市长: the chain's government, not the home city's
        org, how = full, "implied"
        new_scope = new_scope or full
    return _Resolved(org, how, new_scope, parent)


def _party_organ(implied: str, base: str | None, ctx: Context) -> str | None:
    """The organ of a party organisation a post names (``party-organ``: {上级}纪委 of 纪委书记), when the
    chain is about the organisation's committee: of a place's (中共X市委员会 -> 中共X市纪律检查委员会), or
    of a company's or school's (X学院党委 -> X学院纪委); else None."""
    organ = implied.removeprefix("{上级}")
    if base is None or organ == implied or organ not in post_words(rules_of(ctx))["party-organ"]:
        return None
    committee = levels(rules_of(ctx)).committee.fullmatch(base)
    if committee is not None:
        full = org_names(rules_of(ctx)).get(organ, ("", ""))[0].removeprefix("{上级}")
        return f"中共{committee.group('place')}{full or organ}"
    body = next((b for b in PARTY_BODIES if base.endswith(b) and len(base) > len(b)), None)
    return base[:-len(body)] + organ if body is not None else None


_PEOPLES_CONGRESS, _STANDING_COMMITTEE = "人民代表大会", "常务委员会"
# a ministry's short name implied by a minister's title (外长: 外交部)
_MINISTRY = re.compile(r"[\u4e00-\u9fff]{1,6}部")


def _of_foreign_party(parts: list[Part], k: int, ctx: Context) -> str | None:
    """The body of another party's central committee that part ``k`` names: a body of the CPC's central
    committee written short (中央组织部, 中央宣传部) right after another party's name (越共 + 中央组织部,
    老挝人民革命党 + 中央宣传部: 越南共产党中央委员会组织部), or a department right after the party's
    central committee (朝鲜劳动党中央 + 国际部), keyed as the whole is; None when it is none."""
    p = parts[k]
    if k == 0 or parts[k - 1].end != p.start or parts[k - 1].kind not in ("mention", "short"):
        return None
    department = parts[k - 1].value.endswith(_CENTRAL_COMMITTEE) and p.written.endswith(_DEPARTMENT) \
        and not parts[k - 1].value.startswith(_CPC)
    if not (p.written.startswith(_CENTRAL) and p.value.startswith(_CPC) or department):
        return None
    whole = (parts[k - 1].written or parts[k - 1].value) + p.written
    full = canonical_org(whole, ctx) or whole
    return None if full.startswith(_CPC) else full


_CENTRAL, _CENTRAL_COMMITTEE, _DEPARTMENT = "中央", "中央委员会", "部"
_CPC = ("中共", "中国共产党")


def _with_head(body: str, role: str, ctx: Context) -> str:
    """A body's name the NER missed, written right before the title of its head that opens with the
    body's head word (X长), with that word, which the two share (文体旅游 + 部长: 文体旅游部; 公民及移民 +
    部长, 国际贸易 + 厅长: ``posts/words`` shared-head): a body's head written once, as 外交部长 writes
    外交部's (not 党组 + 成员, 委员会 + 委员, nor after a name ending like a body's head word: 总理府 +
    部长, 时报 + 社长)."""
    head, rules = role[:1], rules_of(ctx)
    glued = role == head + _HEAD and head in post_words(rules)["shared-head"] \
        and body[-1:] not in _head_ends(rules)
    return body + head if glued else body


@per_rules
def _head_ends(rules: RuleSet) -> frozenset[str]:
    """The last characters of bodies' head words (``orgs/suffixes``: 府 of 政府, 会 of 委员会): a name
    ending in one is a body's already."""
    return frozenset(s[-1] for s in org_rules(rules).suffixes)


_HEAD = "长"  # a head's title after its body's head word (部长, 厅长, 局长)


def _with_level(place: str, written: str, implied: str) -> str:
    """A foreign province's or state's name with the level its head's government implies (``implied``: 省政府,
    州政府), when the name written before the title leaves it out (曼托瓦 + 省长: 曼托瓦省; not 加州 + 州长,
    whose name, 加利福尼亚, the gazetteer gives); any other place as it is."""
    level = implied.removesuffix(GOVERNMENT_SHORT)
    return place + level if level in _DIVISION_LEVELS and implied != level and not written.endswith(level) \
        and not place.endswith(level) else place


_DIVISION_LEVELS = frozenset({"省", "州"})


def _ministry_of(state: str, implied: str) -> str:
    """The body of a foreign ``state`` a title implies: its ministry (阿尔及利亚 + 外交部), the ministry the
    title names with the state (日本外相: 日本外务省), else the state itself (马耳他总理)."""
    if implied.startswith(state) and len(implied) > len(state):
        return implied
    return state + implied if _MINISTRY.fullmatch(implied) else state


def _state_of(scope: str | None, ministry: str, ctx: Context) -> str | None:
    """The chain's scope, or for a ministry (a name ending in 部) the foreign state the scope's name starts
    with (蒙古国议会议员、交通部部长: 蒙古国's 交通部)."""
    if scope is None or not ministry.endswith("部") or is_country(scope, rules_of(ctx), foreign=True):
        return scope
    return next((scope[:n] for n in range(len(scope) - 1, 1, -1)
                 if is_country(scope[:n], rules_of(ctx), foreign=True)), scope)


def _fuller(place: str | None, ctx: Context) -> str | None:
    """The home place as written when it ends with ``place`` (海港区 in a paper of 秦皇岛市海港区), else
    ``place``."""
    home = ctx.place or ""
    return home if place and home != place and home.endswith(place) else place


# a district's level word, and as a pattern: a 区 that ends no 自治区 (an autonomous region has no 区长), read
# first
_DISTRICT_LEVEL, _DISTRICT = "区", "(?<!自治)区"


def _place_of_level(short: str, scope: str | None, ctx: Context) -> str | None:
    """The place of the chain's body (``scope``) when it is of the level ``short`` starts with
    (自治区人大常委会 after 中共广西壮族自治区委员会: 广西壮族自治区; 市工商联 after
    中国人民政治协商会议上海市委员会: 上海市); a district's (区长 after
    中共新疆维吾尔自治区哈密市伊州区委员会: 伊州区), not the autonomous region's its name opens with, as
    :func:`home_place` reads 区; the region's when no district is (区人大常委会 after
    中共西藏自治区委员会)."""
    level = levels(rules_of(ctx)).chain.match(short)
    if scope is None or level is None:
        return None
    words = (_DISTRICT, _DISTRICT_LEVEL) if level.group(1) == _DISTRICT_LEVEL else (level.group(1),)
    m = next(filter(None, (re.match(r"^(\S+?" + w + ")", BODY_LEAD.sub("", scope)) for w in words)), None)
    return m.group(1) if m and len(m.group(1)) > len(level.group(1)) + 1 else None


def same_kind(scope: str, full: str, rules: RuleSet) -> bool:
    """Whether two organisations are bodies of one kind (two people's governments: ``government``)."""
    return any(scope.endswith(k) and full.endswith(k) for k in post_words(rules)["government"])


def _is_foreign_division(parts: list[Part], ctx: Context, implied: str = "") -> bool:
    """Whether the place of ``parts`` is a state, province or city of a country other than China: the
    gazetteer says so, or a foreign state is written before it (美国加利福尼亚州洛杉矶市), or it is a
    province or state the gazetteer does not know (``foreign-division`` endings of posts/words: every
    Chinese province and prefecture is in it, so 西开普省 is another country's), its ending perhaps the
    title's (``implied``, the government of the head's title: 奥罗米亚 + 州长, 州政府)."""
    place = gazetteer(rules_of(ctx)).lookup(parts[-1].value)
    name = parts[-1].value
    ends = post_words(rules_of(ctx))["foreign-division"]
    level = implied.removesuffix(GOVERNMENT_SHORT)
    unknown = place is None and len(name) > 2 \
        and (name.endswith(ends) or level in ends and level != implied)
    return (place is not None and place.level in ("foreign-state", "foreign-city")) or unknown or any(
        p.kind == "place" and is_country(p.value, rules_of(ctx), foreign=True) for p in parts[:-1])


def _council_place(place: str, role: Role, ctx: Context) -> bool:
    """Whether ``role`` is a council's post (``posts/words`` speaker: 议员, 议长) written right after a city,
    a county or a province, its level written (``council-level``: 西雅图市议员, 纳闽市议长; ``place`` as
    written): China's divisions have none, so the place is one abroad (or Taiwan's) whose council holds
    it, known to the gazetteer or not."""
    words = post_words(rules_of(ctx))
    return bare_role(role.role) in words["speaker"] and len(place) > 1 \
        and place.endswith(words["council-level"])


#: what a body's name may open with before its place (中共湖南省委员会, 政协福建省第八届委员会)
BODY_LEAD = re.compile("^(?:中国共产党|中共|中国人民政治协商会议|政协)")
