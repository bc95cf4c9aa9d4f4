"""The modern-news dev set and its scorer (scripts/modern_gold.py, scripts/eval_facts.py)."""
from __future__ import annotations

import copy
import importlib.util
import json
import re
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.kgread import PD_DEV

ROOT = Path(__file__).resolve().parent.parent
MODERN = ROOT / "eval" / "modern"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


eval_facts = _load("eval_facts")
modern_gold = _load("modern_gold")


def _read(name: str, folder: Path = MODERN) -> list[dict]:
    return [json.loads(line) for line in (folder / name).read_text(encoding="utf-8").splitlines() if line]


def _sample() -> list[dict]:
    """Two articles of the dev set: an appointment notice and a reception."""
    return [g for g in _read("gold.jsonl") if g["id"] in ("m01", "m05")]


def _perfect(golds: list[dict]) -> list[dict]:
    """Predictions that say exactly what the gold says."""
    return [{
        "id": g["id"],
        "mentions": [dict(e) for e in g["entities"]],
        "posts": copy.deepcopy(g["posts"]),
        "events": copy.deepcopy(g["events"]),
    } for g in golds]


@pytest.mark.parametrize("folder", modern_gold.SETS, ids=lambda f: f.name)
def test_sources_compile_to_the_committed_files(folder):
    assert modern_gold.main(["--check", "--set", str(folder)]) == 0
    scheme = modern_gold.read_scheme()
    compiled = [modern_gold.compile_source(modern_gold.read_source(p), scheme)
                for p in sorted((folder / "src").glob("*.txt"))]
    assert compiled
    assert [a for a, _ in compiled] == _read("articles.jsonl", folder)
    assert [g for _, g in compiled] == _read("gold.jsonl", folder)


def test_no_publisher_is_in_two_sets():
    """The held-out and test sets measure kg on publishers no other set has."""
    publishers = [{a["publisher"] for a in _read("articles.jsonl", folder)} for folder in modern_gold.SETS]
    assert all(publishers)
    for i, one in enumerate(publishers):
        for other in publishers[i + 1:]:
            assert not one & other


def _site(url: str) -> str:
    host = urlsplit(url).hostname or ""
    return re.sub(r"^(www|m|wap)\.", "", host)


def test_no_site_serves_two_articles_but_those_listed():
    """A publisher string can differ for one site (a repost, a mobile host): the URL's host is checked too."""
    articles: dict[str, list[str]] = {}
    for folder in modern_gold.SETS:
        for path in sorted((folder / "src").glob("*.txt")):
            article = path.name.split("-")[0]
            articles.setdefault(_site(modern_gold.read_source(path).header["url"]), []).append(article)
    shared = {site: sorted(ids) for site, ids in articles.items() if len(ids) > 1}
    listed = {}
    for line in (ROOT / "eval" / "shared-sites.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            site, ids = line.split("\t")
            listed[site] = sorted(ids.split(","))
    assert shared == listed


@pytest.mark.parametrize("folder", modern_gold.SETS, ids=lambda f: f.name)
def test_every_gold_span_is_its_text(folder):
    for g in _read("gold.jsonl", folder):
        for e in g["entities"] + g["nested"] + g["untyped_abbrev"]:
            assert g["text"][e["start"]:e["end"]] == e["text"], (g["id"], e)
        for ev in g["events"]:
            t = ev["trigger"]
            assert g["text"][t["start"]:t["end"]] == t["text"], (g["id"], ev)


def test_perfect_predictions_score_one():
    golds = _sample()
    result = eval_facts.score(golds, _perfect(golds))
    for key in ("PER", "ORG", "LOC", "posts", "events", "events_type"):
        assert result["tallies"][key].prf() == (1.0, 1.0, 1.0), key
    assert result["counts"]["attendees"][0] == result["counts"]["attendees"][1] > 0


def test_intervals_hold_the_figure_and_repeat():
    golds = _read("gold.jsonl")[:6]
    preds = _perfect(golds)
    assert eval_facts.intervals(golds, preds, draws=50)["posts"] == (1.0, 1.0)
    for p in preds[:3]:  # half the articles lose their posts
        p["posts"] = []
    spans = eval_facts.intervals(golds, preds, draws=200)
    f1 = eval_facts.score(golds, preds)["tallies"]["posts"].prf()[2]
    assert spans["posts"][0] < f1 < spans["posts"][1]
    assert spans == eval_facts.intervals(golds, preds, draws=200)  # a fixed seed


def test_ids_pick_articles_and_ranges():
    assert eval_facts.pick_ids("t01,t09-t11") == {"t01", "t09", "t10", "t11"}
    assert eval_facts.pick_ids("m05-m05") == {"m05"}
    with pytest.raises(SystemExit):
        eval_facts.pick_ids("t01-x03")


def test_wrong_dates_organisations_and_names_are_counted_wrong():
    golds = _sample()
    preds = _perfect(golds)
    for p in preds:
        for ev in p["events"]:
            ev["date"] = "1999-01-01"
        for post in p["posts"]:
            post["org"] = "北京市人民政府"
        p["mentions"] = [m for m in p["mentions"] if m["type"] != "PER"]
    result = eval_facts.score(golds, preds)
    assert result["tallies"]["events"].right == 0
    assert result["tallies"]["events_type"].prf()[2] == 1.0
    assert result["tallies"]["posts"].prf()[1] < 0.2  # only posts the gold gives no organisation
    assert result["tallies"]["posts_noorg"].prf()[2] == 1.0
    assert result["tallies"]["PER"].prf() == (0.0, 0.0, 0.0)


def test_attendees_missed_are_listed_with_the_errors():
    """--errors names the gold attendees of an event kg found whom kg did not give it."""
    golds = _sample()
    preds = _perfect(golds)
    wanted = [(g["id"], e) for g in golds for e in g["events"] if e["attendees"]]
    assert wanted, "the sample has an event with attendees"
    for p in preds:
        for ev in p["events"]:
            ev["attendees"] = []
            ev["chair"] = None
    errors = eval_facts.score(golds, preds, errors_wanted=1000)["errors"]
    lines = [e for e in errors if " event attendees " in e]
    assert len(lines) == len(wanted)
    art, event = wanted[0]
    assert any(line.startswith(art) and set(event["attendees"]) <= set(line.split("missed ")[1].split("、"))
               for line in lines)
    assert not [e for e in eval_facts.score(golds, _perfect(golds), errors_wanted=1000)["errors"]
                if " event attendees " in e]


def test_job_titles_and_unannotated_kinds_are_not_scored():
    """A membership with no organisation is a job title, not a post; events of kinds the gold
    does not annotate (a quake, a verdict, a thanks) are neither right nor wrong; others still are."""
    golds = _sample()
    preds = _perfect(golds)
    for p in preds:
        p["posts"].append({"person": "甲乙丙", "title": "律师", "role": "律师", "org": None})
        trigger = {"start": 0, "end": 2, "text": "地震"}
        p["events"] += [{"type": t, "date": None, "place": None, "chair": None, "attendees": [],
                         "trigger": trigger} for t in ("Earthquake", "Trial", "Thanks")]
    result = eval_facts.score(golds, preds)
    for key in ("posts", "events"):
        assert result["tallies"][key].prf() == (1.0, 1.0, 1.0), key
    for p in preds:
        p["events"][-1]["type"] = "Visit"
    assert eval_facts.score(golds, preds)["tallies"]["events"].prf()[0] < 1.0


@pytest.mark.parametrize(("gold", "pred", "same"), [
    ("泉州市人民政府", "泉州市人民政府", True),
    ("泉州市人民政府", "泉州市政府", True),
    ("中共日照市委员会", "日照市委", True),
    ("中国共产党中央委员会", "中共中央", True),
    ("中华人民共和国", "中华人民共和国", True),
    ("中建三局集团有限公司", "中建三局", True),
    ("中共重庆市委直属机关工作委员会", "市委直属机关工委", True),
    ("广西壮族自治区人民代表大会常务委员会", "深圳市人民代表大会常务委员会", False),
    ("中共青山市委统战部", "中共青山市委员会统一战线工作部", True),
    ("泉州市人民政府", "泉州市公安局", False),
    ("泉州市人民政府", None, False),
    (None, "随便什么", True),
    # a named body's party committee by its short and its full name; a level or nothing before 党委 names no
    # body; a foreign affairs office and a state assets commission by their short names
    ("青山大学党委", "中共青山大学委员会", True),
    ("中共青山大学委员会", "青山大学党委", True),
    ("东风路街道党工委", "中共东风路街道工作委员会", True),
    ("青山大学党委", "青山学院党委", False),
    ("中共青山镇委员会", "镇党委", False),
    # a village's or a community's party branch by its short and its full name (X村党支部: 中共X村支部委员会)
    ("青山村党支部", "中共青山村支部委员会", True),
    ("东风社区党总支", "中共东风社区总支部委员会", True),
    ("青山村党支部", "中共东山村支部委员会", False),
    ("青山市外办党组", "青山市人民政府外事办公室党组", True),
    ("青山市外事办", "青山市人民政府外事办公室", True),
    ("青山市国资委党委", "青山市人民政府国有资产监督管理委员会党委", True),
    ("青山高新区管委会", "青山高新区管理委员会", True),
    ("香港特区政府食物及卫生局", "香港特别行政区政府食物及卫生局", True),  # 特区, the short form
    ("香港特区政府", "澳门特别行政区政府", False),
    # a science and technology commission or association by its short and its full name; a county's party
    # committee's department written with 中共 and its province or with neither
    ("青山市科委农村处", "青山市科学技术委员会农村处", True),
    ("东山县科协", "湖北省东山县科学技术协会", True),
    ("青山市科委", "青山市科学技术协会", False),
    ("中国共产党东山县委员会宣传部", "中共湖北省东山县委员会宣传部", True),
    ("中国共产党青山市委员会组织部", "湖南省青山市委组织部", True),
    ("中国共产党青山市委员会组织部", "中共青山市委员会宣传部", False),
    # an autonomous prefecture, county or banner by its full name and by the short one people write
    ("青山州人民政府", "青山苗族侗族自治州人民政府", True),
    ("中共青山白族自治州委员会组织部", "中共青山州委组织部", True),
    ("中共青山州委员会", "中共湖南省青山藏族自治州委员会", True),
    ("中国人民政治协商会议青山蒙古族藏族自治州委员会", "青山州政协", True),
    ("东山县人民政府", "东山土家族自治县人民政府", True),
    ("青山州人民政府", "东山藏族自治州人民政府", False),
    # a government's offices of Hong Kong and Macao, Taiwan and overseas Chinese affairs by their short names
    ("青山市港澳办公室", "青山市人民政府港澳事务办公室", True),
    ("东山省港澳办港澳处", "东山省人民政府港澳事务办公室港澳处", True),
    ("青山市台办", "青山市人民政府台湾事务办公室", True),
    ("青山市侨办", "青山市人民政府侨务办公室", True),
    ("青山市侨办", "青山市人民政府台湾事务办公室", False),
    # a special administrative region's department with or without its government's name (not the government
    # and the region)
    ("香港特别行政区政务司", "香港特别行政区政府政务司", True),
    ("澳门特别行政区政府经济财政司", "澳门特别行政区经济财政司", True),
    ("香港特别行政区", "香港特别行政区政府", False),
    # the youth league's committee by its short and its full name (共青团X委员会, 中国共产主义青年团X委员会);
    # a prefecture's party committee by its name before and after 1970 and its short one
    # (地方委员会, 地区委员会, 地委)
    ("共青团青山县委员会", "中国共产主义青年团青山县委员会", True),
    ("共青团青山市委员会党组", "中国共产主义青年团青山市委员会党组", True),
    ("共青团青山县委员会", "中国共产主义青年团东山县委员会", False),
    ("中共青山地方委员会", "中共青山地区委员会", True),
    ("中共青山地委", "中共青山地区委员会", True),
    ("中共青山地方委员会宣传部", "中共青山地区委员会宣传部", True),
    ("中共青山地方委员会", "中共东山地区委员会", False),
])
def test_lenient_organisation_match(gold, pred, same):
    assert eval_facts.same_org(gold, pred) is same


@pytest.mark.parametrize("gold, pred, key, same", [
    ("金寨县", "金寨县鄂豫皖革命纪念园", None, True),
    ("中国", "华", "中国", True),  # 访华: the place a short name stands for
    ("云南", "滇", "云南省", True),
    ("中国", "华", None, False),
    ("中国", "美", "美国", False),
    ("中国", None, None, False),
])
def test_event_place_by_text_or_resolved_place(gold, pred, key, same):
    assert eval_facts.same_place(gold, pred, key) is same


def test_an_acting_post_is_its_post():
    gold = [{"person": "王永礼", "role": "代理市长", "org": "泉州市人民政府"},
            {"person": "王永礼", "role": "副市长", "org": "泉州市人民政府"}]
    pred = [{"person": "王永礼", "role": "市长", "org": "泉州市人民政府"}]
    assert eval_facts.match_posts(gold, pred, with_org=True)[0] == [(0, 0)]


def test_an_acting_council_chair_is_the_chair():
    gold = [{"person": "张大发", "role": "代理事长", "org": "青山同乡会"}]
    pred = [{"person": "张大发", "role": "代理理事长", "org": "青山同乡会"}]
    assert eval_facts.match_posts(gold, pred, with_org=True)[0] == [(0, 0)]


def test_a_post_in_traditional_characters_is_its_simplified_post():
    gold = [{"person": "劉大林", "role": "名譽院長", "org": "東山測繪科學研究院"}]
    pred = [{"person": "劉大林", "role": "名誉院长", "org": "东山测绘科学研究院"}]
    assert eval_facts.match_posts(gold, pred, with_org=True)[0] == [(0, 0)]


def test_a_person_written_two_ways_is_one_post():
    gold = [{"person": "威廉·鲁托/鲁托", "role": "总统", "org": "肯尼亚"}]
    pred = [{"person": "威廉·鲁托", "role": "总统", "org": "肯尼亚"},
            {"person": "鲁托", "role": "总统", "org": "肯尼亚"},
            {"person": "鲁托", "role": "总理", "org": "肯尼亚"}]
    pairs, repeats = eval_facts.match_posts(gold, pred, with_org=True)
    assert pairs == [(0, 0)] and repeats == {1}


def test_scorer_runs_kg_on_the_sample(tmp_path, capsys):
    gold, articles = tmp_path / "gold.jsonl", tmp_path / "articles.jsonl"
    sample = _sample()
    gold.write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in sample), encoding="utf-8")
    by_id = {a["id"]: a for a in _read("articles.jsonl")}
    articles.write_text("".join(json.dumps(by_id[g["id"]], ensure_ascii=False) + "\n" for g in sample),
                        encoding="utf-8")
    dump = tmp_path / "pred.jsonl"
    assert eval_facts.main([str(gold), str(articles), "--dump", str(dump)]) == 0
    table = capsys.readouterr().out
    for label in ("people (PER spans)", "posts (person, role, org)", "events (type and date)",
                  "event places right", "attendees recall"):
        assert label in table
    assert eval_facts.main([str(gold), str(dump), "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["PER"]["gold"] == sum(e["type"] == "PER" for g in sample for e in g["entities"])
    assert 0 < figures["PER"]["right"] <= figures["PER"]["gold"]


def test_the_pd_posts_gold_names_people_of_its_articles():
    """Every post of eval/pd-posts names a person and an article of the People's Daily dev file."""
    pd = PD_DEV
    if not pd.exists():
        pytest.skip("no People's Daily dev file")
    eval_pd_posts = _load("eval_pd_posts")
    gold = [json.loads(line) for line in (ROOT / "eval" / "pd-posts" / "gold.jsonl").read_text(
        encoding="utf-8").splitlines() if line]
    texts = {a["id"]: a["text"] for a in eval_pd_posts.articles(gold, pd)}
    for g in gold:
        assert g["part"] in eval_pd_posts.PARTS
        for p in g["posts"]:
            assert all(name in texts[g["id"]] for name in p["person"].split("/")) and p["role"] and p["org"]
            assert p["status"] in ("current", "former")


def test_pd_posts_scoring():
    eval_pd_posts = _load("eval_pd_posts")
    gold = [{"id": "a", "posts": [{"person": "张三", "role": "总理", "org": "马耳他"},
                                  {"person": "李四", "role": "部长", "org": "马耳他旅游部"}]}]
    preds = {"a": [{"person": "张三", "role": "总理", "org": "马耳他"},
                   {"person": "李四", "role": "部长", "org": "旅游部"},  # the state left out: right
                   {"person": "王五", "role": "主席", "org": None}]}  # a job title: not scored
    assert eval_pd_posts.score(gold, preds, eval_facts)[:4] == (2, 2, 2, 1)  # one organisation as written
    preds["a"][0] = {"person": "张三", "role": "总理", "org": "中华人民共和国国务院"}
    assert eval_pd_posts.score(gold, preds, eval_facts)[:3] == (2, 2, 1)
    # no short name of a national body is read as its full name (kg keys such bodies by their full names)
    gold = [{"id": "a", "posts": [{"person": "李四", "role": "书记", "org": "中华全国妇女联合会书记处"}]}]
    preds = {"a": [{"person": "李四", "role": "书记", "org": "全国妇联书记处"}]}
    assert eval_pd_posts.score(gold, preds, eval_facts)[:3] == (1, 1, 0)



@pytest.mark.parametrize("parts, message", [
    ("tuned,unseen-99", "unknown part 'unseen-99'"),
    ("held-out,", "unknown part ''"),
    ("Tuned", "unknown part 'Tuned'"),
])
def test_pd_posts_parts_option_names_known_parts_only(parts, message):
    eval_pd_posts = _load("eval_pd_posts")
    with pytest.raises(SystemExit) as exc:
        eval_pd_posts.main(["--parts", parts, "--pd", "/nonexistent/pd.jsonl"])
    assert message in str(exc.value) and "\n" not in str(exc.value)


def test_pd_posts_parts_option_reaches_the_file_check_with_known_parts():
    eval_pd_posts = _load("eval_pd_posts")
    with pytest.raises(SystemExit) as exc:
        eval_pd_posts.main(["--parts", "tuned,held-out", "--pd", "/nonexistent/pd.jsonl"])
    assert "no such file" in str(exc.value)

def test_scoring_reads_long_and_short_forms_of_a_body():
    assert eval_facts.same_org("中央军委政治工作部", "中央军事委员会政治工作部")
    assert eval_facts.same_org("广东省政协港澳台委员会", "中国人民政治协商会议广东省委员会港澳台委员会")
    assert eval_facts.same_org("全国政协", "中国人民政治协商会议全国委员会")
    assert not eval_facts.same_org("广东省政协", "中国人民政治协商会议广西壮族自治区委员会")


def test_two_names_of_one_country_are_one_organisation():
    assert eval_facts.same_org("肯尼亚共和国", "肯尼亚")
    assert eval_facts.same_org("马耳他", "马尔他")
    assert not eval_facts.same_org("秘鲁", "智利")


@pytest.mark.parametrize(("role", "norm"), [
    ("代理市长", "市长"),
    ("代市长", "市长"),
    ("代检察长", "检察长"),
    ("代表", "代表"),
    ("代办", "代办"),
    ("代理", "代理"),
    ("市长", "市长"),
])
def test_an_acting_post_is_compared_as_its_post(role, norm):
    assert eval_facts.norm_role(role) == norm


@pytest.mark.parametrize("text", ["區委書記張三出席。", "区委书记张三出席。", "市政府秘书长李四出席。"])
def test_a_level_only_body_counts_neither_way_in_either_script(text):
    """市委, 區委: a body written by its level alone is left out of the ORG score, whatever the script."""
    gold = {"id": "x", "text": text, "entities": []}
    pred = {"mentions": [{"type": "ORG", "start": 0, "end": 2 if "委" in text[:2] else 3}]}
    tally, errors = eval_facts.Tally(), []
    eval_facts.score_spans(gold, pred, "ORG", tally, errors)
    assert errors == [] and tally.prf() == (0.0, 0.0, 0.0)


def test_standing_member_by_its_short_form():
    assert eval_facts.norm_role("常务委员") == eval_facts.norm_role("常委")
    assert eval_facts.norm_role("常务副主任") != eval_facts.norm_role("副主任")
