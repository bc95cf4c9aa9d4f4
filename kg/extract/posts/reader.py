"""The post reader: for each person an article names, the chain of titles written with the name (before
it, after it, shared by a list), its bodies filled (:mod:`kg.extract.posts.fill`), then the posts told as
memberships (:func:`extract_posts`)."""
from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.context import Context
from kg.extract.engine import rules_of
from kg.extract.orgs import body_kind, canonical_org
from kg.extract.posts.article import Held, Person, Reading, Running, person_of, towns_named, view_mention
from kg.extract.posts.bodies import (
    body_before,
    head_of_neighbours,
    heads_another,
    minister_of_list,
    neighbours_school,
    told_as_twin,
    written_by_self,
)
from kg.extract.posts.chain import (
    POST_NOTE,
    Post,
    given_to_another,
    head_words,
    marked_former,
    moved_on,
    parse_chain,
)
from kg.extract.posts.fill import LIST_MARKS, filled
from kg.extract.posts.parts import FORMER_MARKS, MISSIONS, OF, org_tail
from kg.extract.posts.places import PARTY_HEAD, TOWN_PARTY, chinese_shaped
from kg.extract.posts.resolve import home_place, resolve_title
from kg.extract.posts.title import role_at
from kg.extract.posts.words import (
    CHINA,
    bare_role,
    deputy_re,
    generic_roles,
    heads_school,
    is_country,
    name_honours,
    occupation,
    post_words,
    served_post,
)
from kg.model import Membership, Mention, Relation, replace
from kg.nlp.normalize import View
from kg.nlp.numerals import DIGITS
from kg.nlp.tokenize import dict_tag
from kg.rules import RuleSet

__all__ = ["shared_by_list", "HOW_FACTOR", "extract_posts"]


def shared_by_list(post: Post, rules: RuleSet) -> bool:
    """Whether a title written before a list of names is held by each of them: occupations, deputies and
    the posts ``posts/words`` marks ``shared`` (市委常委张三、李四; 副市长张三、李四; 记者张三、李四) or
    held in a body of several equals (``shared-body``: 书记处书记张三、李四), not a body's one head (市长,
    书记)."""
    words = post_words(rules)
    # (a deputy after its qualifiers too: 常务副会长张三、李四)
    deputy = deputy_re(rules).match(bare_role(post.role)) is not None
    return not post.core or deputy or post.role.endswith(words["shared"]) \
        or (post.organization or "").endswith(words["shared-body"]) or post.counted


HOW_FACTOR = {"written": 1.0, "implied": 0.9, "inherited": 0.9, "unknown": 0.7, "occupation": 0.5}


def _mission_before(at: int, lo: int, by_end, view: View) -> str | None:
    """The embassy or consulate its sentence names last before view offset ``at`` (from ``lo``) by its
    key, with the 驻 written before it (驻日本大使馆: the mention is 日本大使馆); None when none."""
    for end in range(at, lo, -1):
        m = next((m for m in by_end.get(end, ())
                  if m.type == "ORG" and (m.key or m.text).endswith(MISSIONS)), None)
        if m is not None:
            start, name = m.start, m.key or m.text
            if start < lo:
                return None
            return "驻" + name if view.text[start - 1:start] == "驻" and not name.startswith("驻") else name
    return None


# a note in brackets right after a name of a list (张三（女）、李四; 张三(满族)、李四)
_NAME_NOTE = re.compile(r"[(（][^()（）,，。、\d]{1,4}[)）]")
# the words between a post and the list of its holders named after it (执行主席还有：A、B; 执行主席由A、B担任;
# 会长为A，副会长为B、C; 副会长有3位，分别是A、B、C: a count of them before)
_HOLDERS = re.compile(r"(?:的?(?:(?:还有|有)(?:[0-9０-９一二两三四五六七八九十]+[位名人][,，]?)?"
                      r"(?:分别是|分别为)?|是|分别是|分别为)[:：]?|由|为|[:：])$")
# 为 alone links a post to its holder only when the name ends its clause or an item of its list (会长为A，;
# not 市长为A颁奖: for A)
_AS = "为"
_HOLDER_ENDS = frozenset("，,、;；。\n等")


# a town's body by its full name (中共青山镇委员会, 青山镇人民政府, 青山镇人民代表大会): group town
_TOWN_BODY = re.compile(r"^(?:中共)?(?P<town>[\u4e00-\u9fff]{1,6}?[镇乡])"
                        r"(?:委员会|人民政府|人民代表大会|纪律检查委员会)")


def _towns_of(posts: list[Post], person: Mention) -> list[Mention]:
    """The towns the bodies of ``person``'s posts name (青山镇党委书记: 青山镇), as mentions ending where the
    person does: the town a later 镇长 or 副镇长 with no town written is of (one the gazetteer does not
    know is no place mention)."""
    found = (_TOWN_BODY.match(p.organization or "") for p in posts)
    return [Mention(person.end, person.end, "LOC", "", rule="post:town", key=m.group("town"))
            for m in found if m is not None]


def _relative_chain(text: str, end: int, lo: int, by_end, ctx: Context) -> list[Post]:
    """The posts of a relative clause ending at view offset ``end`` (a 的 before a name) and opened by a
    ``relative`` verb right before its title chain (担任公司董事会秘书的李明, 现任副总经理的王强); a
    ``relative-former`` verb's are former posts (曾任市委书记的张三, 时任市长的李四). None without such a
    verb."""
    posts = parse_chain(text, end, lo, by_end, ctx)
    if not posts:
        return []
    words = post_words(rules_of(ctx))
    opening = text[max(lo, posts[0].title[0] - 3):posts[0].title[0]]
    if opening.endswith(words["relative-former"]):
        return [replace(post, former=True) for post in posts]
    return posts if opening.endswith(words["relative"]) else []


# a note in brackets right after a name (张三（市委书记）): what it holds
_AFTER_NOTE = re.compile(r"[(（]([^()（）。]{2,40})[)）]")


def _bracketed_chain(text: str, end: int, hi: int, by_end, ctx: Context) -> list[Post]:
    """The posts of a title chain written in brackets right after a name that ends at view offset
    ``end`` (出席的有张三（市委书记）、李四（市委副书记、市长）): the whole bracket a chain, else none
    (张三（左二）)."""
    note = _AFTER_NOTE.match(text, end, hi)
    if note is None:
        return []
    # 叶华（第六、七届全国政协委员）, 甘英（曾任北京市政协副主席）: the terms, and the verb of a post held
    # (now or before), before the chain
    words = post_words(rules_of(ctx))
    start = note.start(1)
    verb = next((w for w in words["relative-former"] + words["relative"] if text.startswith(w, start)), "")
    # (李华（原北京市政协副主席）: a former post's mark, as before a chain)
    verb = verb or (text[start] if text[start] in FORMER_MARKS else "")
    terms = _TERMS.match(text, start + len(verb))
    start = terms.end() if terms is not None else start + len(verb)
    posts = parse_chain(text, note.end(1), start, by_end, ctx)
    if not posts or posts[0].title[0] != start:
        return []
    former = verb in words["relative-former"] or bool(verb) and verb in FORMER_MARKS
    return [replace(p, former=True) for p in posts] if former else posts


#: the terms of a body written before a post (第六、七届 + 全国政协委员, 第九届 + 全国人大代表)
_TERMS = re.compile(f"第[{DIGITS}]+(?:、[{DIGITS}]+)*届")


# what ends a clause that holds only a title chain after a name and a comma (张三，市委书记；), or spaces (a
# list's line: 张三　县委书记)
_APPOSED_END = re.compile(r"(?:[,，]|是|[ \u3000]+)([^,，。；;：:\n]{2,40})(?=[。；;,，\n]|$)")


def _apposed_chain(text: str, end: int, hi: int, by_end, ctx: Context) -> list[Post]:
    """The posts of a clause after a name and a comma or 是 that is one title chain and nothing else, up to
    a delimiter (出席会议的有：张三，市委书记；李四，市长。王刚，市交通运输局局长，长期从事…;
    王芳是市一中校长。): the name's. After spaces, posts only (a list's line 张三　县委书记; not a byline's
    张三 某某日报记者)."""
    clause = _APPOSED_END.match(text, end, hi + 1)
    if clause is None:
        return []
    posts = parse_chain(text, clause.end(1), clause.start(1), by_end, ctx)
    if text[end:end + 1].isspace() and not all(p.core for p in posts):
        return []
    return posts if posts and posts[0].title[0] == clause.start(1) else []


def _list_gap(gap: str, rules: RuleSet) -> bool:
    """Whether ``gap``, the text between two names, joins them in a list (、 和 及, spaces around it),
    after a form of address or a note in brackets on the first name (张三同志、李四; 张三（女）、李四), before
    an honour on the next (王五、拿督斯里李四)."""
    words = post_words(rules)
    gap = gap.strip(" \u3000")
    note = _NAME_NOTE.match(gap)
    if note is not None:
        gap = gap[note.end():]
    address = next((w for w in words["address"] if gap.startswith(w)), "")
    gap = gap[len(address):].strip(" \u3000")
    # 拿督王五、拿督斯里 + 李四: an honour written before the next name (people/cues honour)
    honour = next((h for h in name_honours(rules) if gap.endswith(h)), "")
    gap = gap[:len(gap) - len(honour)].strip(" \u3000")
    # 、阿 + 刘时布, 、阿刘时布、 + 胡强强: an item of the list the names' rules read in part or not at all,
    # no word of the tagger's dictionary but a name (not 、市民 + 王五)
    return gap in words["join"] or _UNREAD_ITEMS.fullmatch(gap) is not None and all(
        (dict_tag(item) or "nr").startswith("nr") for item in gap.split("、") if len(item) > 1)


#: the list items between two names the names' rules did not read (or read without their first character)
_UNREAD_ITEMS = re.compile("(?:、[\u4e00-\u9fff]{2,4})*、[\u4e00-\u9fff]?")


def extract_posts(art: Reading) -> Iterator[Membership | Relation]:
    """Memberships of the people an article names (:func:`~kg.extract.posts.article.read_article`), and the
    partOf relations the chains reveal: for each person, the chain of titles written with the name
    (:func:`_chain`), the bodies it leaves unwritten filled step by step
    (:func:`~kg.extract.posts.fill.filled`), then what is found, told."""
    view, mentions, ctx = art.view, art.mentions, art.ctx
    run = Running(towns_named(view, mentions, ctx))
    for person in mentions:
        if person.type != "PER" or len(person.text) < 2 and not _bare_head(view, person, mentions, art.rules):
            continue  # a bare surname with a title (李会长): the person, holding no post of its own
        at = person_of(view, person)
        posts, rule, base = _chain(art, run, at)
        if not posts:
            continue
        # (时任市长李四; 南昌市委书记吴某调任…: a chain before a name whose holder moved on)
        former = marked_former(art.text, posts[0].title[0], at.sent[0], art.rules, at.start) \
            or posts[-1].title[1] <= at.start and moved_on(art.text, at.end, art.rules)
        posts = filled(posts, art, run, at, rule)
        if posts[-1].organization is not None:
            run.last_body = (at.end, posts[-1].organization)
        run.towns += _towns_of(posts, person)
        run.found += [Held(at.end, post.role, post.organization) for post in posts
                      if post.organization is not None]
        run.last_posts = posts
        yield from _told(posts, art, run, at, rule, base, former)


def _bare_head(view: View, person: Mention, mentions: list[Mention], rules: RuleSet) -> bool:
    """Whether a bare surname holds the post of the title written right after it: a head of state's or
    government's only (posts/words kinds head, state-head, state-post: 周总理, 毛主席), whose body the title
    gives (李会长's is the body named with his full name); and not when the article writes such a title with
    a full name of that surname (李显龙总理 … 中国总理李强 … 李总理: the surname may be either's)."""
    words = post_words(rules)
    heads = [w for kind in ("head", "state-head", "state-post") for w in words[kind]]

    def titled(start: int, end: int) -> bool:  # a head's title written right after or right before
        return any(view.text.startswith(w, end) or view.text.endswith(w, 0, start) for w in heads)

    return any(view.text.startswith(w, view.to_view(person.end)) for w in heads) and not any(
        m.type == "PER" and len(m.text) > 1 and m.text[0] == person.text
        and titled(view.to_view(m.start), view.to_view(m.end)) for m in mentions)


# -- the chain of titles written with a name --------------------------------------------------------------

def _chain(art: Reading, run: Running, at: Person) -> tuple[list[Post], str, float]:
    """The posts of the titles written with a person, the rule that read them and its base confidence: a
    chain before the name (or in brackets after it: :func:`_chain_before`), else the title the names before
    share (记者张媛 张浩; 市委常委张三、李四), else the title after the name (:func:`_title_after`). Keeps
    the title the next name may share in ``run``."""
    text, rules, shared = art.text, art.rules, run.shared
    posts, bracketed = _chain_before(art, at)
    posts = [_counted(post, art, at.end) for post in posts]
    rule, base = "post:chain-before", 0.9
    if not posts and shared[1] and text[shared[0]:at.start] == " ":
        # a byline's list of names shares its title: 记者张媛 张浩
        posts, rule, base = shared[1], "post:shared-title", 0.8
    elif not posts and shared[1] and _list_gap(text[shared[0]:at.start], rules) \
            and all(shared_by_list(p, rules) for p in shared[1]):
        # a title before a list of names goes to each name: 市委常委张三、李四、王五 (a space after
        # the 、 too: 张岐科、 薛金婷; 张三同志、李四; 张三（女）、李四)
        posts, rule, base = shared[1], "post:list-shared", 0.8
    elif len(posts) == 1 and shared[1]:
        # (the posts of the name before as filled: 赞比亚总统A、外交部长B, the state 总统 is of)
        posts = [minister_of_list(text, posts[0], (shared[0], run.last_posts), art.ctx)]
    if posts and shared[1] and shared[0] >= at.sent[0] and not written_by_self(posts, text, rules):
        # (not a chain the publisher writes as its own: 市中院院长A，我院党组书记、院长B)
        posts = [head_of_neighbours(post, shared[1], rules) for post in posts]
    run.shared = (at.end, posts if not bracketed else [])  # a post in brackets is the name's own
    if not posts:
        posts = _title_after(art, run, at) or _title_after_list(art, run, at)
        rule, base = "post:title-after", 0.8
    elif _body_after_chain(art, at, posts):
        # 安全委员会主席、南非粤港澳总商会 + 吴少康 + 会长: a body written after the chain's last title, right
        # before the name, is of the title written after the name
        posts = posts + [p for p in _title_after(art, run, at) if all(q.role != p.role for q in posts)]
    elif any(text.startswith(w, at.end) for w in post_words(rules)["envoy-head"]):
        # 中国常驻联合国代表秦华孙大使: the envoy's rank written after the name is a post of its own
        posts = posts + [p for p in _title_after(art, run, at) if all(q.role != p.role for q in posts)]
    return posts, rule, base


def _counted(post: Post, art: Reading, end: int) -> Post:
    """Whether a post whose title counts its bodies (三家附属医院院长: ``posts/words`` count) is written
    before a list of names (its first name ending at view offset ``end``, a ``join`` word and a name after
    it): each name of the list then heads one of the bodies (:func:`~kg.extract.posts.fill._without_count`);
    before a name alone or one with a title of its own the count is part of a name
    (八家户有限责任公司董事长X、副董事长Y), no count."""
    if not post.counted:
        return post
    join = art.join_at(end)
    named = join is not None and (end + len(join), "PER") in art.by_start
    return post if named else replace(post, counted=False)


def _body_after_chain(art: Reading, at: Person, posts: list[Post]) -> bool:
    """Whether an organisation mention ends right before the name, after the 、 that follows the last
    title of its chain (主席、南非粤港澳总商会 + 吴少康会长)."""
    last = max(p.title[1] for p in posts)
    return any(m.type == "ORG" and m.start > last and art.text[last:m.start] == "、"
               for m in art.by_end.get(at.start, ()))


def _chain_before(art: Reading, at: Person) -> tuple[list[Post], list[Post]]:
    """The chain of titles written before a person's name in its sentence, or in brackets or apposed after it
    (出席会议的有张三（市委书记）、李四（市长）; 张三，市委书记；), with the bracketed or apposed one."""
    text, by_end, ctx = art.text, art.by_end, art.ctx
    ps, pe, (lo, hi) = at.start, at.end, at.sent
    before = parse_chain(text, ps, lo, by_end, ctx)
    gap = len(text[lo:ps]) - len(text[lo:ps].rstrip(" \u3000"))
    if not before and 0 < gap <= 2:
        # a transcript's 市委常委 张三 (a post: not a credit's 记者 张三 摄)
        spaced = parse_chain(text, ps - gap, lo, by_end, ctx)
        before = spaced if all(p.core for p in spaced) else []
    honoured = _before_honours(text, lo, ps, art.rules) if not before else ps
    if honoured < ps:
        before = parse_chain(text, honoured, lo, by_end, ctx)  # 执行会长 + 拿督斯里 + 刘为强
    if not before and text[ps - 1:ps] == OF:
        before = _relative_chain(text, ps - 1, lo, by_end, ctx)  # 担任公司董事会秘书的李明
    elif before and text[before[0].title[0] - 1:before[0].title[0]] == OF:
        # 曾任省体委主任的省委常委、常务副省长汪洋: a relative clause's posts before the chain's
        before = [*_relative_chain(text, before[0].title[0] - 1, lo, by_end, ctx), *before]
    if before and text.endswith(post_words(art.rules)["elect"], lo, before[0].title[0]):
        heads = head_words(art.rules)
        # 当选总统X: elected, not yet in office
        before = [p for p in before if bare_role(p.role) not in heads]
    if before and given_to_another(text, before[0].title[0], lo, by_end, art.rules):
        # 王五当选省人大主任 + 李四当选省长 (two headlines run together): 王五's post; 由A担任领队、B会长 + C:
        # the posts after the list's 、 are C's
        first = before[0].title[0]
        before = [p for p in before if "、" in text[first:p.title[0]]]
    bracketed = _bracketed_chain(text, pe, hi, by_end, ctx) if not before else []
    bracketed = bracketed or (_apposed_chain(text, pe, hi, by_end, ctx) if not before else [])
    before = before or bracketed
    note = POST_NOTE.search(text, lo, ps)
    if not before and note is not None:
        before = parse_chain(text, note.start(), lo, by_end, ctx)  # 副市长（挂职）李强
    holders_end = before[0].title[0] if before else ps if note is None else note.start()
    holders = _HOLDERS.search(text, lo, holders_end)
    if holders is not None and (before or holders.group() != _AS or text[pe:pe + 1] in _HOLDER_ENDS):
        # 担任本次大会的执行主席还有：A、B, 执行主席由A、B担任, 当选为委员的有：A、B: the post's holders
        # named after it; also before a holder's own chain (团长是市委书记A, 组长由县长B担任) and before a
        # note on the names' order (执行主席是（按姓氏笔画排列）：A、B)
        before = parse_chain(text, holders.start(), lo, by_end, ctx) + before
    return before, bracketed


def _before_honours(text: str, lo: int, end: int, rules: RuleSet) -> int:
    """Where the honours written right before view offset ``end`` (people/cues ``honour``: 拿督斯里,
    丹斯里拿督, between a title and a name) begin, not before ``lo``; ``end`` when none."""
    honours = name_honours(rules)
    while (h := next((h for h in honours if text.endswith(h, lo, end)), None)) is not None:
        end -= len(h)
    return end


def _title_after_list(art: Reading, run: Running, at: Person) -> list[Post]:
    """The posts of the title written after a list of names that a person's name opens or goes on
    (张三、李四副省长; 张三、李四两位副省长: ``posts/words`` people-count): the title read after the
    list's last name, when each name of a list holds it (a deputy, a shared post: :func:`shared_by_list`)
    or a count of the people is written before it; none else (张三、李四书记)."""
    text, words = art.text, post_words(art.rules)
    end = art.list_ends.get(at.end)
    if end is None or end == at.end:
        return []
    count = next((w for w in words["people-count"] if text.startswith(w, end)), "")
    posts = _title_after(art, run, replace(at, end=end))
    return posts if count or all(shared_by_list(p, art.rules) for p in posts) else []


def _title_after(art: Reading, run: Running, at: Person) -> list[Post]:
    """The post of a title written right after a person's name (张三书记), or after a count of the people of
    the list it ends (张三、李四两位副省长: ``posts/words`` people-count), and of one joined to it by 兼
    (钱其琛副总理兼外长), or none."""
    text, rules, ctx = art.text, art.rules, art.ctx
    pe = at.end
    pe += next((len(w) for w in post_words(rules)["people-count"] if text.startswith(w, pe)), 0)
    hit = role_at(text, pe, at.sent[1], rules)
    if hit is None:
        return _job_after(art, at, pe)
    n, role = hit
    org, how, _, parent = resolve_title([], role, None, ctx)
    deputy = next((r for p, r in run.held if p == at.key and r != role.role
                   and (served_post(r, rules) == role.role or r.endswith(role.role))), None)
    if deputy is not None:
        # 卫明喜主席 after 工商联副主席卫明喜, 白晓江主席 after 集团董事局主席白晓江: his own post
        role = replace(role, role=deputy)
    own = run.held.get((at.key, role.role)) or next(
        (org for _, _, org, holder in art.named_by_title.get(served_post(role.role, rules), ())
         if at.person.text in (holder, holder.rpartition("·")[2])),
        None)
    if own is not None:
        # 史密斯市长 after 洛杉矶市市长史密斯: the post named before, or after (a headline's 江泽民主席 and
        # the story's 中央军委主席江泽民)
        org, how, parent = own, "inherited", None
    elif org is None and (found := _body_after(art, run, at, role.role, n)) is not None:
        org, how = found
        parent = None
    posts = [Post((pe, pe + n), role.role, org, None, how, parent, role.core)]
    joined = role_at(text, pe + n + 1, at.sent[1], rules) if text.startswith("兼", pe + n) else None
    if joined is not None:
        # 钱其琛副总理兼外长: the title joined by 兼 after the first is the person's too
        k, second = joined
        org2, how2, _, parent2 = resolve_title([], second, org, ctx)
        posts.append(Post((pe + n + 1, pe + n + 1 + k), second.role, org2, None, how2, parent2, second.core))
    return posts


def _job_after(art: Reading, at: Person, pe: int) -> list[Post]:
    """The post of an occupation written right after a person's name (ending at view offset ``pe``) whose
    employer is written right before the name (东北农业大学 + 何万云 + 教授, X医院的 + 曹卫萍 + 大夫): an
    occupation with its employer, as when written before the name; none with no employer written there
    (李老师, 著名刑法学家何秉松教授), nor a role naming no post (``titles/generic``)."""
    hit = role_at(art.text, pe, at.sent[1], art.rules, jobs=True)
    if hit is None or hit[1].role in generic_roles(art.rules):
        return []
    n, role = hit
    body = _body_written_before(art, at, role.role, n)
    return [Post((pe, pe + n), role.role, body, None, "written", None, role.core)] if body is not None else []


def _body_written_before(art: Reading, at: Person, role: str, n: int) -> str | None:
    """The body written right before a person's name (with or without 的) that holds the title of ``n``
    characters written right after it, or None."""
    text, rules = art.text, art.rules
    body = body_before(at.start, at.sent[0], art.by_end)
    if body is None and text[at.start - 1:at.start] == OF:
        body = body_before(at.start - 1, at.sent[0], art.by_end)  # 游乐园协会的 + 陈守维 + 副秘书长
    tail = org_tail(text, at.start, at.sent[0], art.by_end, rules) if body is None else None
    if tail is not None and ((tail.start, "LOC") in art.by_start
                             or heads_school(served_post(role, rules), tail.value, rules)):
        # 天津市北方花卉研究所 + 彭扬 + 所长: a body the NER missed, read as before a title, opening with its
        # place (not 船舶总公司, a short name), or of the kind the title heads (菲华青禾总会 + 李四 + 会长)
        body = canonical_org(tail.value, art.ctx) or tail.value
    if body is None or heads_another(role, body, rules):
        return None
    # 市委张毅恭书记: the body written right before the name holds the title after it (not 中组部李景田
    # 局长: a 局长 heads a bureau of it); a party body the title opens with is the body's (岳阳市中医院 +
    # 司马雄翼 + 党委书记: the hospital's 党委)
    party = text[at.end:at.end + n].removesuffix(role)
    return body + party if party in post_words(rules)["company-body"] else body


def _body_after(art: Reading, run: Running, at: Person, role: str, n: int) -> tuple[str, str] | None:
    """The body, and how it was found, of a title of ``n`` characters written right after a person's name
    whose role implies none, or None."""
    text, rules, ctx, view = art.text, art.rules, art.ctx, art.view
    bare = bare_role(role)
    if bare in post_words(rules)["head"] and art.subject is not None:
        return art.subject, "inherited"  # X总统 in an article about one state
    if bare in post_words(rules)["state-head"] and home_place("自治区", ctx) is None \
            and not (art.companies and art.companies[0][0] == 0) \
            and at.name in rules.lexicon("posts/state-heads").entries:
        # 江泽民主席: the head of the text's state, one of ``posts/state-heads`` (not in an autonomous
        # region's paper, where X主席 is the region's chair, nor in a company's own news, where he chairs
        # its board; nor anyone else: 许铁良主席 chairs a group's board)
        return CHINA, "inherited"
    if served_post(role, rules) == PARTY_HEAD and (body := neighbours_school(
            run.found, at.sent[0], [k for _, k in art.companies], rules)) is not None:
        # 施一公校长介绍…，董清源书记介绍…: a party secretary named after the head of a school or company in
        # his sentence is of its party committee
        return body + TOWN_PARTY, "inherited"
    if (body := _body_written_before(art, at, role, n)) is not None:
        return body, "written"
    last = run.last_posts[-1] if run.last_posts else None
    if last is not None and last.role == role and last.organization is not None \
            and text[last.title[1]:at.start] in LIST_MARKS:
        # 古文力副处长、张哲副处长: the body of the same title after the name listed before
        return last.organization, "inherited"
    if last is not None and last.organization is not None and text[last.title[1]:at.start] in LIST_MARKS \
            and any(m.type == "PER" and any(o.type == "ORG" for o in art.by_end.get(m.start, ()))
                    for m in art.by_end.get(last.title[0], ())) \
            and not heads_another(role, last.organization, rules):
        # 青山市民政局张三局长、李四主任: the body written before the list's first name and its title
        return last.organization, "inherited"
    if bare in post_words(rules)["envoy-head"] and chinese_shaped(at.name, rules):
        return CHINA, "inherited"  # 张平总领事: an envoy with a Chinese name and no state written is China's
    if bare in post_words(rules)["envoy-post"] \
            and (mission := _mission_before(at.start, at.sent[0], art.by_end, view)) is not None:
        # 驻日本大使馆为…举行壮行会,郭燕公使、汪婉参赞: a mission's staff, its own named before
        return mission, "inherited"
    return None


def _held_by_another(post: Post, run: Running, at: Person, text: str, rules: RuleSet) -> bool:
    """Whether ``post`` is a title a body has one holder of (``posts/words`` sole), its body read by no rule
    from its own words nor its term written (2023-2024年会长, 新一届会长: ``term``), and another person named
    before holds that title of that body now, in no term written (西方商会会长A … 新任会长B: B heads no
    西方商会; not 前会长C … 会长D, 第六届会长E … 会长F)."""
    return post.how != "written" and post.organization is not None \
        and post.role in post_words(rules)["sole"] and not _termed(post, text, rules) \
        and any(key != at.key for key in run.heads.get((post.organization, post.role), ()))


def _termed(post: Post, text: str, rules: RuleSet) -> bool:
    """Whether ``post``'s title is written after its term (第六届 + 会长, 2023-2024年 + 会长: ``term``)."""
    return text.endswith(post_words(rules)["term"], 0, post.title[1] - len(post.role))


def _unseated(post: Post, rules: RuleSet) -> bool:
    """Whether ``post`` is a legislator's (``posts/words`` legislator: 议员) whose legislature is not written
    with it (议员X, X议员, 国会众议员X, 工党议员X): a member is told only of the legislature the title names
    (香港立法会议员, 苏北省议员 -> 苏北省议会), never of a body guessed for it, nor of none."""
    return post.role in post_words(rules)["legislator"] and (
        post.org_span is None or post.organization is None
        or body_kind(post.organization, rules) != _LEGISLATURE)


_LEGISLATURE = "legislature"  # the kind of orgs/suffixes a legislator's body is of


def _no_legislature(post: Post, rules: RuleSet) -> bool:
    """Whether ``post`` is a parliament's post (``posts/words`` speaker: 议员, 议长) of a party, a company or
    an association (工党议员X, 利库德集团议员Y: a party's member of parliament holds no post of the party)."""
    return post.organization is not None and post.role in post_words(rules)["speaker"] \
        and body_kind(post.organization, rules) in _NO_LEGISLATURES


_NO_LEGISLATURES = frozenset({"party", "company", "association"})  # kinds of orgs/suffixes


def _told(posts: list[Post], art: Reading, run: Running, at: Person, rule: str, base: float,
          former: bool) -> Iterator[Membership | Relation]:
    """The memberships of a person's posts, and the partOf relations of their chain's bodies; each post
    told once (keeping its body in ``run.held``)."""
    view, text = art.view, art.text
    for post in posts:
        if _unseated(post, art.rules):
            continue
        # (not 原会长B after 会长A: a former holder of the one head's post is another person by nature)
        if _held_by_another(post, run, at, text, art.rules) and not (former or post.former) \
                or _no_legislature(post, art.rules):
            post = replace(post, organization=None, how="unknown")
        if post.organization is not None and occupation(post.role, art.rules) \
                and is_country(post.organization, rules_of(art.ctx)):
            post = replace(post, organization=None)  # 美国诗人X, 中国作家Y: a state employs no poet
        if told_as_twin(post, lambda role: run.held.get((at.key, role)), art.rules):
            continue  # 南非外交部部长恩佐 … 南非外长恩佐: one post, told first as 部长
        if post.organization is not None:
            run.held.setdefault((at.key, post.role), post.organization)
            if not (former or post.former or _termed(post, text, art.rules)):
                run.heads.setdefault((post.organization, post.role), set()).add(at.key)
        how = post.how
        if post.organization is None and not post.core:
            how = "occupation"  # 律师刘伟渊: a job title with no organisation to hold it in
        title = view_mention(view, post.title, "TITLE", rule, key=text[post.title[0]:post.title[1]])
        yield Membership(at.person, title, post.role, post.organization, at.src_sent, rule,
                         round(base * HOW_FACTOR[how], 3), former=former or post.former)
        if post.parent and post.organization and post.org_span and post.parent != post.organization:
            sub = view_mention(view, post.org_span, "ORG", "post:chain-scope", key=post.organization)
            if post.parent_span is not None:
                sup = view_mention(view, post.parent_span, "ORG", "post:chain-scope", key=post.parent)
            else:  # implied by the post alone (市长 -> 市政府): no span to point at
                sup = Mention(sub.start, sub.start, "ORG", "", rule="post:chain-scope", key=post.parent)
            yield Relation(sub, "partOf", sup, at.src_sent, "relation:chain-scope", 0.8)
