"""The explorer page used as a person would: headless Chromium, no network, typing into the search box.

Needs Debian's ``chromium`` and ``chromium-driver`` (``.ci/run`` installs them) and selenium; skipped, with
the reason, where they are missing.
"""
from __future__ import annotations

import random
import shutil
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

import kg
from kg.export import write_html
from kg.model import Document

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")

selenium = pytest.importorskip("selenium", reason="selenium is not installed")
if not (CHROMIUM and DRIVER):
    pytest.skip("chromium and chromedriver are not installed (apt-get install chromium chromium-driver)",
                allow_module_level=True)

from selenium import webdriver  # noqa: E402
from selenium.common.exceptions import NoAlertPresentException  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402


@pytest.fixture(scope="module")
def browser():
    opts = webdriver.ChromeOptions()
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--proxy-server=127.0.0.1:9", "--disable-background-networking", "--no-first-run",
                "--window-size=1400,950"):
        opts.add_argument(arg)
    opts.binary_location = CHROMIUM
    drv = webdriver.Chrome(service=webdriver.ChromeService(DRIVER), options=opts)
    drv.execute_cdp_cmd("Network.enable", {})
    drv.execute_cdp_cmd("Network.emulateNetworkConditions", {
        "offline": True, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1})
    drv.set_page_load_timeout(60)
    yield drv
    drv.quit()


def open_page(drv, path: Path) -> float:
    """Open ``path``; seconds from the start of navigation until the page was ready to search (the page
    notes the moment), which leaves out the browser's own start and the test driver's round trips."""
    drv.get(path.resolve().as_uri())
    ready = WebDriverWait(drv, 30).until(
        lambda d: d.execute_script("return document.documentElement.dataset.kgReady"))
    return int(ready) / 1000


def search(drv, name: str) -> str:
    """Type ``name`` into #kg-search, press Enter; the text of #kg-panel once it shows ``name``."""
    box = drv.find_element(By.CSS_SELECTOR, "#kg-search")
    box.clear()
    box.click()
    box.send_keys(name)
    box.send_keys(Keys.ENTER)
    WebDriverWait(drv, 10).until(
        lambda d: name in d.find_element(By.CSS_SELECTOR, "#kg-panel h2").text)
    return drv.find_element(By.CSS_SELECTOR, "#kg-panel").text


def no_request_left(drv) -> bool:
    return drv.execute_script("return performance.getEntriesByType('resource').length") == 0


def no_alert(drv) -> bool:
    try:
        return drv.switch_to.alert is None
    except NoAlertPresentException:
        return True
    return False


def sentences_with(panel: str, name: str) -> list[str]:
    return [line for line in panel.splitlines() if name in line and "。" in line and len(line) >= 8]


def test_seed_page_search_opens_the_panel_with_a_source_sentence(browser):
    ready = open_page(browser, ROOT / "output" / "graph.html")
    assert ready < 5, f"ready after {ready:.1f} s"
    panel = search(browser, "李理")
    assert sentences_with(panel, "李理")
    assert "市委书记" in panel and "中共鄂尔多斯市委员会" in panel  # the post and its organisation
    assert browser.find_element(By.CSS_SELECTOR, "#kg-panel mark").text == "李理"
    assert no_request_left(browser) and no_alert(browser)


def test_clicking_an_entity_in_the_panel_moves_the_focus(browser):
    open_page(browser, ROOT / "output" / "graph.html")
    search(browser, "李理")
    link = next(a for a in browser.find_elements(By.CSS_SELECTOR, "#kg-panel li a")
                if a.text == "中共鄂尔多斯市委员会")
    link.click()
    WebDriverWait(browser, 5).until(
        lambda d: d.find_element(By.CSS_SELECTOR, "#kg-panel h2").text.endswith("中共鄂尔多斯市委员会"))
    assert "中共鄂尔多斯市委员会" in browser.find_element(By.CSS_SELECTOR, "#kg-status").text
    shown = browser.execute_script("return document.querySelector('#kg-status').textContent")
    browser.find_element(By.CSS_SELECTOR, "#kg-hops").click()  # two hops draw more
    WebDriverWait(browser, 5).until(lambda d: d.find_element(By.CSS_SELECTOR, "#kg-status").text != shown)
    assert "两跳" in browser.find_element(By.CSS_SELECTOR, "#kg-status").text


def _month(path: Path, articles: int = 1500, entities: int = 11_000, per_article: int = 17) -> list[str]:
    """A graph the size of the People's Daily month (11k entities, 1,500 articles, 25k mentions), written
    directly as RDF: what is measured is the page, not extraction."""
    s, nif, its = "https://schema.org/", "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#", \
        "http://www.w3.org/2005/11/its/rdf#"
    kinds = ["Person", "Organization", "Place"]
    surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
    given = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂"
    rng = random.Random(1998)
    names = []
    for i in range(entities):  # unique: a stem repeats every 9,680 entities, with another kind
        stem = surnames[i % 20] + given[i // 20 % 22] + given[i // 440 % 22]
        names.append(stem + ["", "公司", "县"][i % 3])
    store = ox.Store()
    quads = []

    def add(subj, pred, obj):
        quads.append(ox.Quad(subj, ox.NamedNode(pred), obj))

    iris = [ox.NamedNode(f"https://kg.example.org/id/x/{i}") for i in range(entities)]
    for i, iri in enumerate(iris):
        add(iri, "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", ox.NamedNode(s + kinds[i % 3]))
        add(iri, s + "name", ox.Literal(names[i], language="zh"))
    for a in range(articles):
        art = ox.NamedNode(f"https://kg.example.org/id/article/{a}")
        ctx = ox.NamedNode(f"https://kg.example.org/id/article/{a}/text")
        chosen = rng.sample(range(entities), per_article)
        text, spans = "", []
        for e in chosen:
            start = len(text) + 2
            text += f"今天{names[e]}在第{a}次会议上发言。"
            spans.append((e, start, start + len(names[e])))
        add(art, "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", ox.NamedNode(s + "NewsArticle"))
        add(art, s + "headline", ox.Literal(f"第{a}篇报道"))
        add(art, s + "datePublished", ox.Literal(f"1998-01-{a % 31 + 1:02d}"))
        add(art, "https://kg.example.org/ns#text", ctx)
        add(ctx, nif + "isString", ox.Literal(text))
        for e, b, end in spans:
            m = ox.NamedNode(f"https://kg.example.org/id/article/{a}/text#char={b},{end}")
            add(art, s + "mentions", iris[e])
            add(m, nif + "referenceContext", ctx)
            add(m, nif + "beginIndex", ox.Literal(str(b), datatype=ox.NamedNode(
                "http://www.w3.org/2001/XMLSchema#nonNegativeInteger")))
            add(m, nif + "endIndex", ox.Literal(str(end), datatype=ox.NamedNode(
                "http://www.w3.org/2001/XMLSchema#nonNegativeInteger")))
            add(m, its + "taIdentRef", iris[e])
    store.extend(quads)
    write_html(store, path)
    return names


def test_a_month_sized_page_is_usable_within_5_seconds(browser, tmp_path: Path):
    page = tmp_path / "month.html"
    names = _month(page)
    assert page.stat().st_size < 15_000_000
    ready = open_page(browser, page)
    assert ready < 5, f"ready after {ready:.1f} s"
    drawn = browser.execute_script("return document.querySelector('#kg-status').textContent")
    assert "总览" in drawn
    t0 = time.time()
    name = names[3333]  # a person, one of 11,000 entities, most of which the overview does not draw
    panel = search(browser, name)
    assert time.time() - t0 < 5
    assert sentences_with(panel, name)
    assert no_request_left(browser) and no_alert(browser)


EVIL = ["</script><script>window.kgPwned = 1; alert(1)</script>",
        "<img src=x onerror=\"window.kgPwned = 1\">"]


def test_injected_markup_is_shown_as_text_and_runs_nothing(browser, tmp_path: Path):
    docs = [Document(id=f"evil{i}", title=f"{evil}标题", text=f"市委书记李理主持会议{evil}。",
                     date="2025-06-13") for i, evil in enumerate(EVIL)]
    page = tmp_path / "evil.html"
    write_html(kg.build(docs), page)
    open_page(browser, page)
    panel = search(browser, "李理")
    for evil in EVIL:
        assert any(evil in line for line in panel.splitlines())  # shown, character for character
    assert browser.execute_script("return window.kgPwned === undefined")
    assert browser.execute_script("return document.querySelectorAll('img').length") == 0
    assert browser.execute_script("return document.scripts.length") == 3  # the page's own three
    assert no_alert(browser) and no_request_left(browser)


def test_type_filter_takes_events_out_of_the_view(browser):
    open_page(browser, ROOT / "output" / "graph.html")
    search(browser, "李理")

    def drawn() -> int:
        status = browser.find_element(By.CSS_SELECTOR, "#kg-status").text
        return int(status.split("画出 ")[1].split(" ")[0])

    before = drawn()
    event_box = next(label for label in browser.find_elements(By.CSS_SELECTOR, "#kg-types label")
                     if label.text.endswith("事件"))
    event_box.find_element(By.TAG_NAME, "input").click()
    WebDriverWait(browser, 5).until(lambda d: drawn() < before)
    assert "李理" in browser.find_element(By.CSS_SELECTOR, "#kg-panel h2").text


def test_a_headline_found_by_search_opens_its_article(browser):
    open_page(browser, ROOT / "output" / "graph.html")
    box = browser.find_element(By.CSS_SELECTOR, "#kg-search")
    box.clear()
    box.send_keys("常务会议")  # an event and a headline hold it: the headline is offered too
    hit = WebDriverWait(browser, 5).until(lambda d: next(
        (li for li in d.find_elements(By.CSS_SELECTOR, "#kg-results li") if "文章" in li.text), None))
    hit.click()
    WebDriverWait(browser, 5).until(
        lambda d: "常务会议" in d.find_element(By.CSS_SELECTOR, "#kg-panel h2").text)
    panel = browser.find_element(By.CSS_SELECTOR, "#kg-panel").text
    assert "人物" in panel and "于海宇" in panel  # the article's people, as links to focus on


def test_long_names_without_spaces_stay_inside_the_page(browser, tmp_path: Path):
    """A publisher or headline of hundreds of characters with no break (a URL, a scraped run of text)
    widened the publisher filter past the window and the panel past its column."""
    docs = [Document(id=f"long{i}", title="长" * 300, publisher=f"{i}" + "a" * 400,
                     text="市委书记李理主持会议。", date="2025-06-13") for i in range(2)]
    page = tmp_path / "long.html"
    write_html(kg.build(docs), page)
    open_page(browser, page)
    search(browser, "李理")
    width = "return [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    scroll, client = browser.execute_script(width)
    assert scroll <= client
    panel = browser.find_element(By.CSS_SELECTOR, "#kg-panel")
    assert browser.execute_script("return arguments[0].scrollWidth <= arguments[0].clientWidth", panel)
    assert browser.find_element(By.CSS_SELECTOR, "#kg-publisher").size["width"] < 300
