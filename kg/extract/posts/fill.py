"""A person's posts with the bodies their chain of titles leaves unwritten filled, step by step
(:func:`filled`): each step, a rule of :mod:`kg.extract.posts.places` and :mod:`kg.extract.posts.bodies` or
one of its own (a list's leader's members, the publisher's, a led group's, the schools', the village's),
fills only what the steps before it left."""
from __future__ import annotations

import re
from functools import partial

from kg.extract.context import Context
from kg.extract.engine import is_han, rules_of
from kg.extract.orgs import body_kind, canonical_org, org_rules, own_body
from kg.extract.placenames import place_names
from kg.extract.posts.article import (
    BRANCH,
    OWN_SITE,
    VILLAGE,
    VILLAGE_COMMITTEE,
    VILLAGERS_COMMITTEE,
    Held,
    Person,
    Reading,
    Running,
    ending_within,
    provinces_named,
)
from kg.extract.posts.bodies import (
    carried,
    chain_of_ref,
    coach_of_team,
    deputy_of_listed,
    district_of_city,
    envoy_of_mission,
    full_form,
    group_of_listed,
    in_full_named,
    inner_body,
    listed_officer,
    long_heads,
    named_last_before,
    of_body_founded,
    of_body_its_head_word_names,
    of_central_committee,
    of_dateline,
    of_department_named,
    of_joined,
    of_joined_bodies,
    of_kind_named,
    of_kind_word_before,
    of_own_company,
    of_party_committee,
    of_same_post,
    of_sender,
    of_site,
    of_unit_named,
    own_group,
    own_post,
    party_chain,
    party_post,
    school_post,
    written_by_self,
)
from kg.extract.posts.chain import Post, party_holders
from kg.extract.posts.parts import FORMER_MARKS, TOWN_AFTER
from kg.extract.posts.places import (
    chinese_shaped,
    foreign_city,
    foreign_division,
    foreign_head,
    minister_abroad,
    of_house,
    of_leader,
    of_led_group,
    of_list_place,
    of_paragraph_province,
    of_parliament,
    of_party_named,
    of_place_before,
    of_sentence_place,
    of_short_state,
    of_street,
    of_subject_city,
    of_town,
    of_town_party,
    of_zone,
    org_at,
    places_named,
    places_named_before,
    section_start,
    titled_province,
    town_body,
)
from kg.extract.posts.resolve import home_place
from kg.extract.posts.title import BODY_WORD
from kg.extract.posts.words import (
    CPC,
    CPC_SHORT,
    bare_role,
    grammar_of,
    head_word,
    heads_school,
    is_country,
    is_organ,
    post_words,
    roles,
    served_post,
    staff_titles,
)
from kg.model import Mention, replace
from kg.nlp.sentences import mark_before, sentence_at
from kg.rules import RuleSet
from kg.rules.places import affixes, gazetteer

__all__ = ["LIST_MARKS", "filled", "premier_of_subject", "home_state", "of_task_body", "of_own_association"]


# what separates the items of a list of people with their posts (副主席A、B及秘书长C)
LIST_MARKS = frozenset((*",，、;；和及", "以及"))


def _list_mark(gap: str, rules: RuleSet) -> bool:
    """Whether ``gap``, the text between a name and the title of the next, is a mark of their list, perhaps
    after a form of address on the name (``posts/words`` address: 副会长张三先生、李四先生，秘书长王五)."""
    address = next((w for w in post_words(rules)["address"] if gap.startswith(w)), "")
    return gap[len(address):] in LIST_MARKS


# a delegation led by the person named before it (由总书记X率领的Y代表团): Y follows
_LED = re.compile(r"(?:同志|先生|女士)?率领的")


def _without_count(post: Post, rules: RuleSet) -> Post:
    """A counted post's body named without the count (青山大学三家附属医院 -> 青山大学附属医院)."""
    count = grammar_of(rules).count.search(post.organization or "") if post.counted else None
    return post if count is None or post.organization is None else \
        replace(post, organization=post.organization.replace(count.group(), "", 1))


# -- the bodies a chain leaves unwritten --------------------------------------------------------------------

def filled(posts: list[Post], art: Reading, run: Running, at: Person, rule: str) -> list[Post]:
    """A person's posts with the bodies their chain leaves unwritten filled, step by step: each step fills
    only what the steps before it left, so their order is the rules' (a body written before a place named)."""
    text, rules, ctx = art.text, art.rules, art.ctx
    # the posts of the person this one is listed right after (副主任张三、李四; 市委常委A，党委常委B), if any:
    # a list's title that names share too (副总经理A、B: B's title is written before A)
    gap = text[run.found[-1].end:posts[0].title[0]] if run.found else ""
    listed = run.last_posts if run.found and (rule == "post:list-shared" or _list_mark(gap, rules)) else []
    # a name of no Chinese shape, or listed right after a foreign state's post (法国总统马克龙和总理巴耶鲁: 巴
    # is a surname too)
    foreign = not chinese_shaped(at.name, rules) \
        or any(is_country(p.organization or "", rules_of(ctx), foreign=True) for p in listed)
    found_in_sentence = run.found_since(at.sent[0])
    posts = _of_abroad(posts, art, at, foreign, [h.org for h in found_in_sentence])
    posts = [_of_council_named(post, text, [h.org for h in found_in_sentence], rules) for post in posts]
    posts = [premier_of_subject(post, text, art.subject, at.name, ctx) for post in posts]
    posts = _of_led(posts, art, at)
    posts = _of_schools(posts, art, at, listed)
    posts = _of_party(posts, art, at, listed)
    # 党委书记A、副书记B: a deputy's post is of the body of the post its sentence named before it, not of
    # that post's body the article named earlier
    posts = [deputy_of_listed(post, found_in_sentence, rules) for post in posts]
    posts = _of_named(posts, art, at, rule, listed)
    posts = _of_local(posts, art, at, run.towns)
    posts = _of_places(posts, art, at, run.found, listed or _members_after_leader(posts, art, run), foreign)
    posts = [of_house(of_short_state(of_parliament(post, art.parliaments, ctx), text, rules_of(ctx)),
                      _state_of_article(art, at), ctx) for post in posts]
    posts = [_of_session_delegation(of_subject_city(post, art, at), art, at) for post in posts]
    if home_place("省", ctx) is not None:
        provinces = provinces_named(art.provinces_by_name, section_start(text, at.start), posts[0].title[0])
        provinces = [p for p in provinces if not titled_province(p, text, section_start(text, at.start),
                                                                  posts[0].title[0], rules)]
        posts = [of_paragraph_province(post, text, provinces, ctx, posts[0].title[0]) for post in posts]
    posts = [of_leader(envoy_of_mission(post, text, rules), at.name, rules) for post in posts]
    if rule != "post:title-after" and any(post.organization is None for post in posts):
        # (not 接待了王建武处长一行: the guest's, not the host's)
        para = mark_before(text, at.start, "\n") + 1
        bodies = [b for _, b in ending_within(art.bodies, para, at.start)]
        earlier = [b for _, b in ending_within(art.bodies, 0, at.start)]
        posts = [of_kind_named(post, bodies, earlier, rules) for post in posts]
    posts = [of_unit_named(of_body_its_head_word_names(post, text, art.bodies, art.subject, rules), text,
                           art.bodies, rules) for post in posts]
    posts = [of_kind_word_before(post, text, art.bodies_and_facilities, rules) for post in posts]
    posts = [coach_of_team(post, text, art.bodies, rules) for post in posts]
    posts = [of_body_founded(post, text, art.by_end, ctx, at.sent[0], at.start) for post in posts]
    posts = _renamed(posts, art)
    posts = _of_sibling_unit(_of_last_body(posts, art, run), art, run)
    posts = own_group(posts, text, rules)
    posts = [group_of_listed(post, found_in_sentence, text, rules) for post in posts]
    posts = [envoy_of_mission(post, text, rules) for post in of_joined(posts, text)]  # 参赞兼总领事
    posts = _of_earlier(posts, art, at)
    posts = [of_department_named(post, run.found, listed, rules) for post in posts]
    # 市长崔凯 after 嫩江市人民政府市长崔凯: a post written again with no body of its own is the one named
    posts = [replace(post, organization=own, how="inherited")
             if post.how in ("implied", "unknown") and (own := run.held.get((at.key, post.role))) else post
             for post in posts]
    posts = [of_task_body(_of_publisher(post, ctx.publisher, rules), text, rules) for post in posts]
    posts = [_of_listed_association(post, listed, rules) for post in posts]
    posts = [_of_delegation(post, art) for post in posts]
    if rule != "post:title-after":  # (not 卿伯明秘书长率友城联合会代表团: the delegation's body's)
        posts = [of_own_association(post, text, ctx.publisher, rules) for post in posts]
    posts = [of_central_committee(of_party_committee(_without_count(post, rules), rules), ctx)
             for post in posts]
    return of_joined_bodies(posts, art, at)


def _members_after_leader(posts: list[Post], art: Reading, run: Running) -> list[Post]:
    """The posts of the person who leads a group, named before this one in its sentence, when this one is
    of the group's members: its list follows right after the words of leading it (日照市委书记A带队，市发改委
    主任B、市商务局局长C参加考察: ``posts/words`` lead) or goes along with the leader (A率领代表团来我市考察，
    市长B随同考察: ``follow``); a guest delegation's members, whose level-only bodies are of the leader's
    place (:func:`~kg.extract.posts.places.of_list_place`). None when the rest of the sentence has them
    receive the group (…带队， 市长D陪同: ``host``)."""
    text, words = art.text, post_words(art.rules)
    start = posts[0].title[0]
    lo, hi = sentence_at(text, start)
    if not run.found or run.found[-1].end < lo:
        return []
    gap, rest = text[run.found[-1].end:start], text[start:hi]
    follows = next((k for w in words["follow"] if (k := rest.find(w)) >= 0), -1)
    led = gap[:-1] in words["lead"] and gap[-1:] in LIST_MARKS
    if not (led or follows >= 0) or any(w in rest[:follows if follows >= 0 else None] for w in words["host"]):
        return []
    return run.last_posts


def premier_of_subject(post: Post, text: str, subject: str | None, name: str, ctx: Context) -> Post:
    """A 总理 the title alone gives the State Council (``posts/roles``), held by no premier of China
    (``posts/premiers``) in an article about one foreign state (``subject``: 东帝汶 … 夏纳纳总理), is that
    state's premier; on the page of a publisher abroad (its home place a foreign state or in one: 新加坡,
    吉隆坡), a 总理 or a 副总理 is its home state's (我国副总理X). Not one written after China's name
    (中国总理李海: ``places/affixes`` kind 'china')."""
    if post.role not in (_PREMIER, _VICE_PREMIER) or post.how != "implied" \
            or post.organization != _STATE_COUNCIL:
        return post  # (the home state is looked up only for a premier the title alone gave)
    rules, home = rules_of(ctx), home_state(ctx)
    state = home or (subject if post.role == _PREMIER else None)
    ours = post_words(rules)["our-state"]
    china = [n for n in affixes(rules)["china"] if not (home and n in ours)]
    if state is None or name in rules.lexicon("posts/premiers").entries \
            or any(n in text[max(0, post.title[0] - len(n)):post.title[1]] for n in china):
        return post
    return replace(post, organization=state, how="inherited")


def home_state(ctx: Context) -> str | None:
    """The foreign state the publisher's home place is or lies in (新加坡; 马来西亚 of 吉隆坡), else None."""
    places = gazetteer(rules_of(ctx))
    home = places.lookup(ctx.place or "")
    states = (p.name for p in places.ancestors(home) if is_country(p.name, rules_of(ctx), foreign=True)) \
        if home is not None else iter(())
    return next(states, None)


_PREMIER, _VICE_PREMIER, _STATE_COUNCIL = "总理", "副总理", "中华人民共和国国务院"


def of_task_body(post: Post, text: str, rules: RuleSet) -> Post:
    """A post no rule gave a body whose title is followed by 的 and the name of a body made for a task
    (以县长A为组长的县安全生产领导小组, 以B为总指挥的X指挥部: ``posts/words`` task-body) is that body's."""
    found = grammar_of(rules).task_body.match(text, post.title[1]) if post.organization is None else None
    return post if found is None else replace(post, organization=found.group(1), how="written")


def _of_publisher(post: Post, publisher: str | None, rules: RuleSet) -> Post:
    """A head's or deputy's post no rule gave a body, on the page of a body whose name ends in the head word
    the title is of (局长, 副处长 on 青山市公安局's, 白水大学国际交流处's pages: 局, 处; the name before the
    words of its own website: 白水大学国际交流处网站): the publisher's own."""
    bare = served_post(post.role, rules)
    body = OWN_SITE.sub("", publisher or "")
    if post.organization is not None or not body or not head_word(bare) \
            or not body.endswith(bare[0]) or not post.core:
        return post
    return replace(post, organization=body, how="inherited")


def _of_delegation(post: Post, art: Reading) -> Post:
    """A delegation head's post (团长, 副团长: ``delegation-head``) written right after a delegation's head
    word with no body or the head word alone (代表团团长): of the delegation named right before its title
    (河北省代表团团长A), else of the one the article named last before it (山西代表团 … 代表团副团长B;
    :func:`_delegations`); not a bare 团长 (随同团长X: People's Daily gives a delegation's head no post)."""
    words = post_words(art.rules)
    if post.organization not in (None, *words["delegation"]) \
            or served_post(post.role, art.rules) not in words["delegation-head"] \
            or not art.text.endswith(words["delegation"], 0, post.title[1] - len(post.role)):
        return post
    body = next((name for end, name in reversed(_delegations(art)) if end <= post.title[0]), None)
    return post if body is None else replace(post, organization=body, how="inherited")


def _delegations(art: Reading) -> list[tuple[int, str]]:
    """(view end, name) of the delegations the article names, in order: a place or a body and a
    delegation's head word right after it (山西 + 代表团, 中央 + 代表团), or a body of that head word
    (巴中市党政代表团)."""
    words, text = post_words(art.rules)["delegation"], art.text
    out = []
    for end, ms in sorted(art.by_end.items()):
        for m in ms:
            head = next((w for w in words if text.startswith(w, end)), None)
            if m.type == "ORG" and (m.key or m.text).endswith(words):
                out.append((end, m.key or m.text))
            elif head is not None and m.type in ("LOC", "ORG"):
                out.append((end + len(head), text[m.start:end + len(head)]))
    return out


_CITY = "市"
# what follows the session's name in a member's title (全国人大 + 代表, 全国政协 + 委员): no session named
_SESSION_NOT_MEMBER = re.compile(r"(?!代表|委员)")


def _of_session_delegation(post: Post, art: Reading, at: Person) -> Post:
    """A city's body the publisher's home city filled (市委书记 in a page of 北京市) is of the province-level
    city whose delegation the text named last before the post (重庆代表团 … 市委书记X: 中共重庆市委员会), in a
    text that names the national congress's session (``posts/words`` national-session: 全国人大, 两会; not
    in a member's title, 全国人大代表), where each province sends one; not when the post's sentence names
    the home city, nor a delegation of another head word (上海市党政代表团: a guest's)."""
    rules, text = art.rules, art.text
    home = home_place(_CITY, art.ctx)
    org = post.organization or ""
    if home is None or home not in org or home[:2] in text[at.sent[0]:post.title[1]] \
            or not any(_SESSION_NOT_MEMBER.match(text, m.end()) for w in post_words(rules)["national-session"]
                       for m in re.finditer(w, text)):
        return post
    places, heads = gazetteer(rules), post_words(rules)["delegation"]
    city = None
    for end, name in _delegations(art):
        place = places.lookup(name.removesuffix(next((w for w in heads if name.endswith(w)), "")))
        if end <= post.title[0] and place is not None and place.level == "province" \
                and place.name.endswith(_CITY):
            city = place.name
    if city is None or city == home:
        return post
    return replace(post, organization=org.replace(home, city, 1), how="inherited")


def _of_listed_association(post: Post, listed: list[Post], rules: RuleSet) -> Post:
    """An association officer's post no rule gave a body (名誉顾问, 常务理事, 秘书长:
    ``association-officer``), listed right after a person with a post of an association (``listed``:
    X会会长A、名誉顾问B; 副会长兼青年会主任A、监事B: the last such post of the person): of that
    association."""
    body = next((p.organization for p in reversed(listed)
                 if p.organization is not None and body_kind(p.organization, rules) == "association"), None)
    if post.organization is not None or body is None \
            or not post.role.endswith(post_words(rules)["association-officer"]):
        return post
    return replace(post, organization=body, how="inherited")


def _of_council_named(post: Post, text: str, held: list[str | None], rules: RuleSet) -> Post:
    """A council's post no rule gave a body (``posts/words`` speaker: 议员), written after a level alone
    (市议员), is of the council of a place of that level its sentence gave a post of before it (``held``:
    the bodies of the posts found there, in order; 棉兰市议长A、市议员B: 棉兰市议会)."""
    words = post_words(rules)
    level = text[post.title[0] - 1:post.title[0]]
    if post.organization is not None or post.role not in words["speaker"] \
            or level not in words["council-level"] \
            or text[post.title[0] - 2:post.title[0] - 1] not in _LIST_OPENERS:
        return post  # (萬錦市 + 議員: a place's name, not a level alone)
    body = next((org for org in reversed(held) if org is not None and org.endswith(level + _COUNCIL)), None)
    # (the level written before the title is where it names its body: a member is told of the legislature
    # the title names, reader._unseated)
    return post if body is None else \
        replace(post, organization=body, how="inherited", org_span=(post.title[0] - 1, post.title[0]))


_COUNCIL = "议会"
#: what a level alone follows in a list of posts (、市议员)
_LIST_OPENERS = ("、", ",", "，")


def of_own_association(post: Post, text: str, publisher: str | None, rules: RuleSet) -> Post:
    """An association officer's post no rule gave a body (秘书长, 副主席, 会长: ``association-elected``,
    ``association-chair``, a ``school-officer`` heading a 会), written before the name and not right after a
    body's head word no name was read with (合作秘书处 + 秘书长), on the page of an association (its own
    news: 大会由秘书长X主持, 本会出席的还有副主席Y): the publisher's."""
    if post.organization is not None or not publisher or not post.core \
            or body_kind(publisher, rules) != "association" or _after_head_word(text, post.title[0], rules):
        return post
    served, words = served_post(post.role, rules), post_words(rules)
    if served not in (*words["association-elected"], *words["association-chair"]) \
            and not heads_school(served, publisher, rules):
        return post
    return replace(post, organization=publisher, how="inherited")


def _after_head_word(text: str, at: int, rules: RuleSet) -> bool:
    """Whether view offset ``at`` comes right after a body's head word (秘书处, 协会: ``orgs/suffixes``), not
    a body's word for itself (本会)."""
    return any(is_organ(text[at - n:at], rules) for n in (*BODY_WORD, 1)) \
        and not text.endswith(post_words(rules)["self-ref"], 0, at)


def _of_abroad(posts: list[Post], art: Reading, at: Person, foreign: bool, held: list[str]) -> list[Post]:
    """Posts of a ``foreign`` name of the state or city its sentence names
    (:func:`~kg.extract.posts.places.foreign_head`), and a city's post of the foreign city named
    (:func:`~kg.extract.posts.places.foreign_city`)."""
    places = places_named(art.text, at.sent[0], posts[0].title[0], art.by_end, [], art.ctx)
    if foreign and not (art.abroad or art.subject):
        # 国务委员司马义·艾买提 in an article that names no place abroad nor a foreign state: a name of a
        # minority of China, whose posts China's state bodies hold; not China's party
        # (会见总书记华金·阿尔穆尼亚: a foreign party's leader)
        foreign = False
        posts = [foreign_head(post, art.text, places, None, art.ctx)
                 if (post.organization or "").startswith(CPC) else post for post in posts]
    if foreign:
        posts = [foreign_head(post, art.text, places, _state_of_article(art, at), art.ctx) for post in posts]
    posts = [of_party_named(post, at.sent, art.by_end, art.rules) for post in posts]
    if any(post.organization is None and bare_role(post.role) in post_words(art.rules)["minister"]
           for post in posts):
        # (英国首相X访问日本时，由外交大臣Y陪同: the state of a post its sentence gave before, not a place)
        states = (p for p in (*reversed(held), *reversed(places)) if is_country(p, art.rules, foreign=True))
        state = next(states, None) or _state_of_article(art, at)
        posts = [minister_abroad(post, art.text, state, art.by_end, art.rules) for post in posts]
    return [foreign_city(post, places, at.name if foreign else art.subject, art.ctx) for post in posts]


def _state_of_article(art: Reading, at: Person) -> str | None:
    """The one foreign state the article is about, or, when it names several, the one the last sentence
    before that of ``at`` naming any names alone (…访问新西兰。…与总理X会面), of the few sentences before
    it (``_SENTENCES_BACK``: a post is read in linear time); None when that sentence names several
    (秘鲁和智利举行会谈。加西亚总统出席)."""
    end = at.sent[0]
    for _ in range(_SENTENCES_BACK if art.subject is None else 0):
        if end <= 0:
            break
        lo = sentence_at(art.text, end - 1)[0]
        states = {gazetteer(art.rules).lookup(p).name: p  # type: ignore[union-attr]
                  for p in places_named(art.text, lo, end, art.by_end, [], art.ctx)
                  if is_country(p, art.rules, foreign=True)}
        if states:
            return next(iter(states.values())) if len(states) == 1 else None
        end = lo
    return art.subject


_SENTENCES_BACK = 3


def _of_led(posts: list[Post], art: Reading, at: Person) -> list[Post]:
    """Posts of the body a person leads or is sent by, or of the group they lead."""
    text, view = art.text, art.view
    # (the title written after the name: 由帕克林校长率领的北帕克大学代表团)
    led = _LED.match(text, max([at.end, *(p.title[1] for p in posts if p.title[0] >= at.end)]))
    body = org_at(led.end(), art.by_end, view) if led is not None else None
    if body is not None:
        # 由总书记华金·阿尔穆尼亚率领的西班牙工人社会党代表团: the head of the delegation's body
        posts = [replace(post, organization=body, how="written")
                 if post.organization is None else post for post in posts]
    posts = [of_sender(post, text, at.sent[0], art.by_end, art.rules) for post in posts]
    return [of_led_group(post, text, at.end, art.ctx) for post in posts]


def _of_schools(posts: list[Post], art: Reading, at: Person, listed: list[Post]) -> list[Post]:
    """Posts of the publisher's own school, of the school of the person listed before, or of the school
    named last before them."""
    text, rules = art.text, art.rules
    self_written = written_by_self(posts, text, rules) or _opened_by_self(posts, art, at)
    posts = [own_post(post, text, art.own_school, art.ctx, self_written) for post in posts]
    posts = [_listed_head(post, listed, rules) for post in posts]
    present = art.present(at.start, min(post.title[0] for post in posts))
    posts = [school_post(post, [k for _, k in present], rules,
                         _own_of_ref(post, text, art.own_school, art.ctx)) for post in posts]
    here = [k for e, k in present if e >= at.sent[0] and body_kind(k, rules) == "association"]
    return [_chair_of_association(post, here, rules) for post in posts]


def _opened_by_self(posts: list[Post], art: Reading, at: Person) -> bool:
    """Whether the person's sentence opens with the publisher's word for itself and names no body between it
    and the chain's first title (本会出席的还有常务副主席X，副主席Y: the publisher's officers)."""
    lo = at.sent[0]
    word = next((w for w in post_words(art.rules)["self-ref"] if art.text.startswith(w, lo)), None)
    if word is None or not posts or art.text[posts[0].title[0]:posts[0].title[1]] != posts[0].role:
        return False  # (我院副院长A、纪委书记B: a body's post written with its body)
    return not any(m.type == "ORG" for end in range(lo + len(word) + 1, posts[0].title[0] + 1)
                   for m in art.by_end.get(end, ()))


def _own_of_ref(post: Post, text: str, own: str | None, ctx: Context) -> str | None:
    """The publisher's own body a post written after a school's word for itself is of (院党委书记,
    院办公室主任: ``school-ref``): on the page of a body of another kind inside the school ``own``
    (青山大学经济学院 + 院: the faculty, not 青山大学), the body of the word's kind
    (:func:`kg.extract.orgs.own_body`), else ``own``."""
    rules, publisher = rules_of(ctx), ctx.publisher or ""
    refs = sorted(post_words(rules)["school-ref"], key=len, reverse=True)
    ref = next((w for w in refs if text.startswith(w, post.title[0])), "") if post.school_ref else ""
    if own is None or not ref or own.endswith(ref[-1]) or not publisher.startswith(own):
        return own
    return own_body(publisher, ref, rules) or own


def _listed_head(post: Post, listed_after: list[Post], rules: RuleSet) -> Post:
    """A school's or hospital's head's or deputy's post with no body written (副院长B), listed right after a
    person whose post of its kind names one (``listed_after``: 我院院长A、副院长B), is of that body, not of
    the school the article named last."""
    if post.organization is not None or not listed_after:
        return post
    head = served_post(post.role, rules)
    body = next((p.organization for p in reversed(listed_after) if p.organization is not None
                 and served_post(p.role, rules) == head and heads_school(head, p.organization, rules)), None)
    return post if body is None else replace(post, organization=body, how="inherited")


def _chair_of_association(post: Post, here: list[str], rules: RuleSet) -> Post:
    """A chair's post with no body written (主席, 副主席: ``association-chair``) is of the association its
    sentence named last before it (青山会馆组团访问，由主席X带队; 全国妇联召开会议，主席Y讲话), not the
    state's."""
    if post.organization is not None or not here or served_post(post.role, rules) not in \
            post_words(rules)["association-chair"]:
        return post
    return replace(post, organization=here[-1], how="inherited")


def _of_party(posts: list[Post], art: Reading, at: Person, listed: list[Post]) -> list[Post]:
    """Bare party bodies (党委书记) of the school or company of their sentence or list, or the publisher's."""
    text, rules = art.text, art.rules
    present = art.present(at.start, min(post.title[0] for post in posts))
    here = sorted([*ending_within(present, at.sent[0], at.start),
                   *ending_within(art.companies, at.sent[0], at.start)])
    # 中国钢研党委常委、副总经理A，党委常委B: a list's next bare party body is its neighbour's;
    # 三角镇党委书记A，党委副书记B: the town's, whose committee its neighbour's post names in full
    neighbour = [*party_holders(listed, rules), *_committee_places(listed, rules)][-1:]
    posts = party_chain(posts, partial(party_post, text=text, here=[k for _, k in here] + neighbour,
                                        own=art.own_school_or_company, rules=rules), text, rules)
    return party_chain(posts, partial(of_own_company, text=text, own=art.own_company, rules=rules), text,
                        rules)


def _committee_places(posts: list[Post], rules: RuleSet) -> list[str]:
    """The places whose party committee the last of ``posts`` is of, named in full (三角镇 of
    中共三角镇委员会), or none."""
    org = posts[-1].organization or "" if posts else ""
    place = next((org[len(p):-len(_COMMITTEE)] for p in (CPC, CPC_SHORT)
                  if org.startswith(p) and org.endswith(_COMMITTEE)), "")
    return [place] if place[-1:] in place_names(rules).levels else []


_COMMITTEE = "委员会"


def _of_named(posts: list[Post], art: Reading, at: Person, rule: str, listed: list[Post]) -> list[Post]:
    """Posts of the company of the person listed before, of the bodies of the posts named before them
    (:func:`~kg.extract.posts.bodies.of_same_post`), of a chain's own company, carried over, or of a
    dateline's place."""
    text, rules, named, ps = art.text, art.rules, art.named, at.start
    gone = art.away_at(ps)
    # (a title after a name takes no body of that title another person holds: 陈文清书记 after
    # 最高人民法院党组书记、院长周强, whose 书记 is named once with its holder and once without)
    held_by = art.held_by
    posts = [listed_officer(post, listed, text, rules) for post in posts]

    def inherit(post: Post) -> Post:
        return of_same_post(post, (n for n in art.named_before(served_post(post.role, rules), ps)
                                   if art.schools_of_named[n[2]] not in gone
                                   and not (rule == "post:title-after" and n[1] == post.role
                                            and (holder := n[3] or held_by.get((n[0], n[1]), ""))
                                            and not holder.startswith(at.person.text))),
                            art.companies_led_before(ps), text, rules)

    # the posts after a company's word for itself first: a bare party body after one in the chain is its
    posts = _of_chain_company([inherit(post) if post.company_ref else post for post in posts], text, rules)
    posts = [inherit(post) for post in posts]
    posts = chain_of_ref(posts, text, rules)
    posts = [carried(post, named, at.sent[0], rules) for post in posts]
    return [of_dateline(post, text, at.sent[0], art.by_end, art.ctx) for post in posts]


def _of_local(posts: list[Post], art: Reading, at: Person, towns: list[Mention]) -> list[Post]:
    """Posts of the street, development zone or town named last before the person."""
    ctx, person = art.ctx, at.person
    streets = [m for m in art.streets if m.end <= person.start]
    posts = [of_street(post, art.text, streets, ctx) for post in posts]
    zones = [z for end, z in art.zoned if end <= person.start]
    posts = [of_zone(post, zones, ctx) for post in posts]
    posts = [town_body(of_town(post, [m for m in towns if m.end <= person.start], ctx), ctx)
             for post in posts]
    villages = {m.key or m.text for m in art.villages if m.end <= person.start}
    posts = [_of_village(post, art.text, villages, ctx) for post in posts]
    in_sentence = [m for m in towns if at.src_sent[0] <= m.start and m.end <= person.start]
    return [of_town_party(post, art.text, in_sentence, ctx) for post in posts]


def _of_village(post: Post, text: str, villages: set[str], ctx: Context) -> Post:
    """A village's committee or party branch written alone (村委会主任, 村党支部书记, 村支书), which no name
    before it fills, in an article that named one village before the post (``villages``): that village's."""
    if post.organization is not None or post.org_span is None or len(villages) != 1:
        return post
    written = text[post.org_span[0]:post.org_span[1]]
    (village,) = villages
    if written == VILLAGE_COMMITTEE:
        return replace(post, organization=village + VILLAGERS_COMMITTEE, how="inherited")
    implied = roles(rules_of(ctx)).get(text[post.title[0]:post.title[1]])
    if not written and implied is not None and implied.org.endswith(BRANCH):
        written = BRANCH  # 村 + 支书: a title implying the branch (posts/roles), the village's
    if written == BRANCH and text[post.org_span[0] - 1:post.org_span[0]] == VILLAGE:
        return replace(post, organization=canonical_org(village + BRANCH, ctx), how="inherited")
    return post


def _of_places(posts: list[Post], art: Reading, at: Person, found: list[Held], listed: list[Post],
               foreign: bool) -> list[Post]:
    """A level's bodies (省委, 市长) of the place of that level named last before them: in the sentence, in
    the posts of the person listed before, in the article."""
    text, ctx, by_end = art.text, art.ctx, art.by_end
    # a Chinese name's level-only body is of no place abroad (市长万勇 after 日本大分市市长X)
    home_side = frozenset() if foreign else art.abroad
    posts = [of_sentence_place(post, [p for p in places_named(
        text, at.sent[0], post.title[0], by_end, found, ctx) if p not in home_side], ctx)
        for post in posts]
    if listed:
        before = [(post.role, org) for post in listed if (org := post.organization) is not None]
        posts = [of_list_place(post, text, before, ctx, posts[0].title[0]) for post in posts]
    if not ctx.place:
        # 安徽 … 省长回良玉说: with no home place, a province's level-only body is of the province
        # (or municipality: 北京 … 常务副市长) the article named last before it
        posts = [of_sentence_place(
            post, provinces_named(art.provinces_by_name, 0, post.title[0]), ctx) for post in posts]
    # a level's body no home place fills: of the place of that level the article named last before it
    # (柯桥区召开会议。区委书记张三), the level word opening the title (not 晋城市城区 + 区委书记)
    posts = [of_place_before(post, (p for p in places_named_before(
        text, post.title[0], by_end, found, ctx) if p not in home_side), ctx)
             if not is_han(text[post.title[0] - 1:post.title[0]] or "，")
             or text[post.title[0] - 1] in TOWN_AFTER + FORMER_MARKS else post for post in posts]
    if not chinese_shaped(at.name, art.rules):
        # 拜会保和省省长卡托 … 省长卡托: the sentence's foreign province, read above, holds the post
        posts = [foreign_city(post, [], at.name, ctx) for post in posts]
    return [foreign_division(post, text, art.view, by_end, art.rules, at.sent) for post in posts]


def _renamed(posts: list[Post], art: Reading) -> list[Post]:
    """Posts with their bodies named as the article names them in full (an alias in brackets, a short name,
    a city's district)."""
    text, ctx = art.text, art.ctx
    posts = [replace(post, organization=art.aliases[post.organization])
             if post.organization in art.aliases else post for post in posts]
    posts = [replace(post, organization=full_form(post.organization, art.full_names, art.rules))
             if post.organization is not None else post for post in posts]
    posts = [replace(post, organization=in_full_named(post.organization, art.full_names, art.rules))
             if post.organization is not None else post for post in posts]
    return [replace(post, organization=district_of_city(post.organization, text, ctx),
                    parent=district_of_city(post.parent, text, ctx) if post.parent else post.parent)
            if post.organization is not None else post for post in posts]


def _of_last_body(posts: list[Post], art: Reading, run: Running) -> list[Post]:
    """A body's staff listed right after a post of the body is the body's (副主任张三、李四,秘书长王五; an
    executive or deputy one too: 会长A，执行秘书长B)."""
    text, rules, (end, last) = art.text, art.rules, run.last_body
    if last is None or not _list_mark(text[end:posts[0].title[0]], rules) \
            or last.endswith(post_words(rules)["board"]):
        return posts
    # 副主任A,党组成员B: a post of the body's own party group, its party group's (a company's board, 监事会,
    # has neither; after a party body's post, its sibling: X党委书记A,党委副书记、纪委书记B: X党委, X纪委)
    parties = post_words(rules)["company-body"]
    body = next((last.removesuffix(p) for p in parties if last.endswith(p)), last)
    # (a consul listed after a state's consul is that state's: 副总领事A、侨务领事B)
    envoys = post_words(rules)["envoy-head"]
    envoy = is_country(last, rules_of(art.ctx)) and run.last_posts[-1].role in envoys
    return [replace(post, organization=(body if own else last) + own, how="inherited")
            if post.organization is None and (served_post(post.role, rules) in staff_titles(rules) or own
                                              or envoy and post.role in envoys)
            else post for post in posts for own in (inner_body(text, post, rules),)]


def _of_sibling_unit(posts: list[Post], art: Reading, run: Running) -> list[Post]:
    """A unit or an organ written alone (办公室主任B: an ``orgs/suffixes`` head word, or a short name ending
    in a ``unit`` or ``division`` word) listed right after a person whose post is in a unit of a named body
    (X法院政工科科长A、办公室主任B) is that body's, not a body of its own."""
    text, rules, (end, last) = art.text, art.rules, run.last_body
    if last is None or not _list_mark(text[end:posts[0].title[0]], rules):
        return posts
    holder = _unit_holder(last, rules)
    return posts if holder is None else \
        [replace(post, organization=holder + post.organization, how="inherited")
         if post.organization is not None and _bare_unit(post, text, rules) else post for post in posts]


def _unit_words(rules: RuleSet) -> tuple[str, ...]:
    words = post_words(rules)
    return (*words["unit"], *words["division"])


def _unit_holder(org: str, rules: RuleSet) -> str | None:
    """The named body ``org`` is a unit of (南京市江宁区人民法院 of 南京市江宁区人民法院政工科): the name
    before a short unit's (``unit``, ``division``; the longest such unit first) when it ends in a body's
    head word of two characters or more, not a party's (X医院党委办公室: its 医务部 is no 党委's) nor an
    office's; else None."""
    if not org.endswith(_unit_words(rules)) or org.endswith(post_words(rules)["company"]):
        return None  # (国家电网公司: a company, whose 司 is no unit)
    return next((org[:-n] for n in range(_MAX_SIBLING_UNIT, 1, -1)
                 if len(org) > n + 2 and org[:-n].endswith(long_heads(rules))
                 and body_kind(org[:-n], rules) not in _NO_SIBLING_HOLDERS), None)


#: the kinds of bodies whose units the sibling rule does not read (a party committee's, an office's)
_NO_SIBLING_HOLDERS = ("party", "office")


def _bare_unit(post: Post, text: str, rules: RuleSet) -> bool:
    """Whether ``post``'s body is a unit or an organ written alone, as its title writes it (办公室,
    政治部); not a state's ministry written by its own name (``orgs/national`` use state: 外交部, 财政部,
    a body of its own after 越共中央对外部副部长A、)."""
    org = post.organization or ""
    return post.org_span is not None and text[post.org_span[0]:post.org_span[1]] == org \
        and len(org) <= _MAX_SIBLING_UNIT and (is_organ(org, rules) or org.endswith(_unit_words(rules))) \
        and org_rules(rules).national.get(org, ("", ""))[1] != _STATE_BODY


#: the longest unit's name the sibling rule reads (政工科, 办公室, 研究室)
_MAX_SIBLING_UNIT = 4
#: ``orgs/national``'s use of a ministry any state may have (外交部)
_STATE_BODY = "state"


def _of_earlier(posts: list[Post], art: Reading, at: Person) -> list[Post]:
    """Bare party bodies no rule gave a body of the school or company the article named last before them,
    and posts of the publisher's site (:func:`~kg.extract.posts.bodies.of_site`)."""
    text, rules, ps = art.text, art.rules, at.start
    earlier = named_last_before(text, ps, art.present(ps), art.companies, rules)
    posts = party_chain(posts, partial(party_post, text=text, here=[], own=None, rules=rules,
                                        earlier=earlier), text, rules)
    # (both in order: the first of each is the earliest)
    named_before = any(named and named[0][0] <= ps for named in (art.companies, art.schools))
    return [of_site(post, text, art.site, named_before, art.school_names, art.company_names, rules)
            for post in posts]


def _of_chain_company(posts: list[Post], text: str, rules: RuleSet) -> list[Post]:
    """A bare party body's post (党委副书记) written in a chain after a post of the company its notice names
    by its word for itself (集团董事、党委副书记X: ``company-ref``, filled before) is of that company's party
    body, not of another company the article named last before the person."""
    out: list[Post] = []
    company: str | None = None
    for post in posts:
        if company is not None:
            post = party_post(post, text, [company], None, rules)
        if post.company_ref and post.organization is not None:
            company = post.organization.removesuffix(post.company_body) if post.company_body \
                else post.organization
        out.append(post)
    return out
