"""Hostile input: each class of issue 14 that kg must hold, tried as a user would.

Line ends, dates that do not exist, big files, colliding ids, terminal
injection, silent skips and double reads, invisible characters in names, an
unknown home place, queries that would reach the network, output encodings
that cannot show Chinese, running out of memory.
"""
from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess

import pytest
from conftest import SEED, kg_process, one_line_errors, run_kg

import kg
from kg.api import process_all
from kg.errors import RuleError
from kg.export import write_turtle
from kg.graph.vocab import RDF, SCHEMA
from kg.ingest import read as read_mod
from kg.ingest.read import read_documents
from kg.model import Document
from kg.query import run_query
from kg.rules import load_rules

SENTENCE = "市委书记李理主持召开会议，研究部署全市安全生产工作。"


def _mentions(text: str, **kw) -> list[tuple[int, int, str, str, str]]:
    out = []
    for _doc, results in process_all([Document(id="p", text=text)], **kw):
        for r in results:
            for m in r.mentions:
                assert text[m.start:m.end] == m.text  # offsets index the text as given
                out.append((m.start, m.end, m.type, m.key, m.rule))
    return out


# --- line ends -------------------------------------------------------------------------------------

@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_windows_and_old_mac_pages_read_like_unix_ones(newline):
    text = SEED.read_text(encoding="utf-8")
    unix = _mentions(text)
    other_text = text.replace("\n", newline)
    other = _mentions(other_text)
    # same mentions, same keys, same rules; offsets map one to one through the line ends
    to_unix = [i - other_text.count("\r\n", 0, i) for i in range(len(other_text) + 1)]
    assert [(to_unix[a], to_unix[b], t, k, r) for a, b, t, k, r in other] == unix
    unix_articles = [len(r) for _d, r in process_all([Document(id="p", text=text)])]
    other_articles = [len(r) for _d, r in process_all([Document(id="p", text=other_text)])]
    assert unix_articles == other_articles and unix_articles[0] > 1


# --- invisible characters inside names -----------------------------------------------------------

@pytest.mark.parametrize("name", ["李\u200d理", "李\u200b理", "李\u00ad理", "李\ufeff理", "李\u200e理"])
def test_zero_width_characters_do_not_hide_a_name(name):
    text = f"市委书记{name}主持召开会议。"
    people = [(a, b, k) for a, b, t, k, _ in _mentions(text) if t == "PER"]
    assert people == [(4, 7, "李理")]


def test_zero_width_space_inside_a_known_name():
    text = "会上，于\u200b海宇强调，要抓好安全生产。"
    assert any(t == "PER" and k == "于海宇" for _a, _b, t, k, _ in _mentions(text, place="鄂尔多斯市"))


# --- dates that do not exist ---------------------------------------------------------------------

@pytest.mark.parametrize("value", [
    "hello", "20250613", "2025-13-01", "2023-02-29", "2025-06-31", "２０２５-06-13"])
def test_a_bad_date_option_is_a_command_line_error(value, tmp_path, monkeypatch, capsys):
    page = tmp_path / "a.txt"
    page.write_text(SENTENCE, encoding="utf-8")
    code, out, err = run_kg(["extract", "--date", value, page], monkeypatch, capsys)
    assert code == 2 and out == ""
    (line,) = one_line_errors(err)
    assert "--date" in line and repr(value) in line


def test_a_leap_day_is_a_date(tmp_path, monkeypatch, capsys):
    page = tmp_path / "a.txt"
    page.write_text("昨天，" + SENTENCE, encoding="utf-8")
    code, out, _ = run_kg(["extract", "--date", "2024-02-29", page], monkeypatch, capsys)
    assert code == 0
    assert {"start": 0, "end": 2, "type": "DATE", "text": "昨天", "key": "2024-02-28"}.items() <= \
        next(m for m in json.loads(out)["mentions"] if m["type"] == "DATE").items()


def test_a_record_dated_on_no_day_is_one_problem(tmp_path, monkeypatch, capsys):
    news = tmp_path / "news.jsonl"
    news.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in [
        {"id": "a", "text": "昨天，" + SENTENCE, "date": "2023-02-29"},
        {"id": "b", "text": "昨天，" + SENTENCE, "date": "2023-02-28"},
    ]) + "\n", encoding="utf-8")
    code, out, err = run_kg(["build", news, "--out", tmp_path / "out"], monkeypatch, capsys)
    assert code == 1
    assert one_line_errors(err)[0] == (
        f"kg: {news}:1: 'date' must be a real date, not '2023-02-29' (day is out of range for month)")
    assert (tmp_path / "out" / "graph.ttl").is_file()


def _unreal_dates(graph) -> list[str]:
    """The date literals of ``graph`` that name no day (or month, or year) of the calendar."""
    from datetime import date

    from rdflib.namespace import XSD

    bad = []
    for o in set(graph.objects()):
        datatype = getattr(o, "datatype", None)
        if datatype in (XSD.date, XSD.gYearMonth, XSD.gYear):
            try:
                date.fromisoformat((str(o) + "-01-01")[:10])
            except ValueError:
                bad.append(str(o))
    return bad


def test_every_date_written_is_a_day_of_the_calendar(tmp_path):
    rules = tmp_path / "dates.jsonl"
    rules.write_text(json.dumps({"id": "iso", "label": "DATE", "regex": r"\d{4}-\d{2}-\d{2}"}) + "\n")
    texts = ["2023-02-30，市委书记李理主持召开会议。", "2月30日，市委书记李理主持召开会议。"]
    graph = kg.build(texts, rules=[str(rules)], date="2023-06-01", place="鄂尔多斯市")
    assert _unreal_dates(graph) == []
    # the graph reads back: rdflib refuses nothing at query time
    ttl = tmp_path / "g.ttl"
    write_turtle(graph, ttl)
    assert run_query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", ttl).bindings


def test_a_date_rule_with_an_impossible_key_is_refused_with_its_line(tmp_path):
    rules = tmp_path / "dates.jsonl"
    good = {"id": "ok", "label": "DATE", "regex": "元旦", "key": "2025-01-01"}
    bad = {"id": "bad", "label": "DATE", "regex": "末日", "key": "9999-99-99"}
    rules.write_text(json.dumps(good) + "\n" + json.dumps(bad) + "\n")
    with pytest.raises(RuleError) as e:
        load_rules((str(rules),))
    assert str(e.value).startswith(f"{rules}:2: field 'key': ")


# --- big files read like small ones ----------------------------------------------------------------

RECORDS = [{"id": f"r{i}", "text": f"第{i}条：" + SENTENCE} for i in range(60)]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-16", "utf-32", "utf-32-le", "gb18030"])
def test_a_big_jsonl_in_any_encoding_reads_like_a_small_one(encoding, tmp_path, monkeypatch):
    news = tmp_path / "news.jsonl"
    news.write_bytes("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS).encode(encoding))
    small = [(d.id, d.text) for d in read_documents([news])]
    # any cut of the head: one where the last line feed's bytes straddle the cut, one where they do not
    for head in (1000, 1001, 1002, 1003, 4099):
        monkeypatch.setattr(read_mod, "JSONL_WHOLE_BYTES", head)
        assert [(d.id, d.text) for d in read_documents([news])] == small == [
            (r["id"], r["text"]) for r in RECORDS]


def test_broken_utf8_in_a_big_jsonl_is_reported_as_in_a_small_one(tmp_path, monkeypatch, caplog):
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS).encode()
    cut = data.index("安全".encode(), 3000)
    news = tmp_path / "news.jsonl"
    news.write_bytes(data[:cut] + b"\xe5\xae" + data[cut + 3:])  # the first two bytes of 安
    with caplog.at_level("WARNING", logger="kg"):
        list(read_documents([news]))
    small = [r.getMessage() for r in caplog.records]
    caplog.clear()
    monkeypatch.setattr(read_mod, "JSONL_WHOLE_BYTES", 1024)
    with caplog.at_level("WARNING", logger="kg"):
        list(read_documents([news]))
    assert [r.getMessage() for r in caplog.records] == small == [
        f"{news}: 1 broken UTF-8 sequence(s) replaced by U+FFFD"]


# Unicode's noncharacters: Oxigraph writes U+FFFE and U+FFFF as \\uFFFE escapes, which rapper refuses
NONCHARACTER_RECORDS = [
    {"id": "n\ufffe1", "text": "市委书记李理主持会议\ufffe。王强出席\uffff会议。", "title": "标题\ufffe"},
    {"id": "n2", "text": "区长张伟\ufdd0调研企业。", "publisher": "日报\uffff", "url": "http://x.cn/\ufffe"},
    {"id": "n3", "text": "县委书记赵刚\U0001fffe看望群众\U0010ffff。"},
]


def test_noncharacters_are_replaced_as_read_offsets_unchanged(tmp_path, monkeypatch, capsys):
    news = tmp_path / "nonchar.jsonl"
    news.write_text("".join(json.dumps(r) + "\n" for r in NONCHARACTER_RECORDS), encoding="utf-8")
    code, _out, err = run_kg(["build", news, "--out", tmp_path / "out", "-j1"], monkeypatch, capsys)
    assert code == 0
    assert [line for line in one_line_errors(err) if "noncharacter" in line] == [
        f"kg: {news}:{n}: {k} Unicode noncharacter(s) (U+FFFE, U+FFFF ...) replaced by U+FFFD"
        for n, k in ((1, 4), (2, 3), (3, 2))]
    docs = list(read_documents([news]))
    assert [d.id for d in docs] == ["n\ufffd1", "n2", "n3"]
    assert [len(d.text) for d in docs] == [len(r["text"]) for r in NONCHARACTER_RECORDS]
    assert (docs[0].title, docs[1].publisher, docs[1].url) == ("标题\ufffd", "日报\ufffd", "http://x.cn/\ufffd")
    turtle = (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")
    assert "\\uFFF" not in turtle and "\ufffe" not in turtle and "\ufdd0" not in turtle
    assert "李理" in turtle and "张伟" in turtle
    if shutil.which("rapper"):
        rapper = subprocess.run(["rapper", "-i", "turtle", "-c", str(tmp_path / "out" / "graph.ttl")],
                                capture_output=True, text=True)
        assert rapper.returncode == 0, rapper.stderr


def test_noncharacters_of_a_page_and_of_a_record_given_are_replaced(tmp_path, caplog):
    page = tmp_path / "page.txt"
    page.write_text("市委书记李理\ufffe主持会议。", encoding="utf-8")
    with caplog.at_level("WARNING", logger="kg"):
        docs = list(read_documents([page, Document(id="d\uffff", text="李理\ufdef讲话。")]))
    assert [(d.id, d.text) for d in docs] == [
        ("page", "市委书记李理\ufffd主持会议。"), ("d\ufffd", "李理\ufffd讲话。")]
    assert [r.getMessage() for r in caplog.records] == [
        f"{page}: 1 Unicode noncharacter(s) (U+FFFE, U+FFFF ...) replaced by U+FFFD",
        "'d\\uffff': 2 Unicode noncharacter(s) (U+FFFE, U+FFFF ...) replaced by U+FFFD"]


# --- colliding identities --------------------------------------------------------------------------

def test_distinct_article_ids_give_distinct_iris():
    ids = ["a#b", "a-b", "a b", "a%23b", "a/b", "A-b"]
    graph = kg.build([Document(id=i, text=SENTENCE, line=n + 1) for n, i in enumerate(ids)])
    articles = set(graph.subjects(RDF.type, SCHEMA.NewsArticle))
    assert len(articles) == len(ids)
    assert all(len(list(graph.objects(a, SCHEMA.headline))) <= 1 for a in articles)


@pytest.mark.parametrize(("records", "said"), [
    ([{"id": "长" * 150_000, "text": SENTENCE}] * 2, "duplicate id '长长长"),
    ([{"id": "a", "text": SENTENCE, "date": "9" * 100_000}], "'date' must be YYYY-MM-DD, not '999"),
    ([{"id": "a", "text": SENTENCE, "date": "2025-02-30" + " " * 90_000}], "'date' must be YYYY-MM-DD"),
])
def test_a_huge_id_or_date_is_named_short_in_one_line(records, said, tmp_path, monkeypatch, capsys):
    news = tmp_path / "news.jsonl"
    news.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    code, _, err = run_kg(["extract", news, "-j", "1"], monkeypatch, capsys)
    first = one_line_errors(err)[0]
    assert code == 1 and said in first and len(first.replace(str(news), "")) < 160, first[:300]
    assert first.endswith(("characters)", f"characters) (first read at {news}:1)"))


def test_a_huge_rule_id_told_twice_is_named_short(tmp_path, monkeypatch, capsys):
    rules = tmp_path / "mine.jsonl"
    rule = json.dumps({"id": "规" * 100_000, "label": "PER", "regex": "李理"}, ensure_ascii=False)
    rules.write_text(f"{rule}\n{rule}\n", encoding="utf-8")
    news = tmp_path / "a.txt"
    news.write_text(SENTENCE, encoding="utf-8")
    code, _, err = run_kg(["extract", news, "--rules", rules], monkeypatch, capsys)
    assert code == 1 and one_line_errors(err)[0].endswith("…' (100,000 characters)")


# --- terminal injection ----------------------------------------------------------------------------

def test_query_tables_show_control_characters_escaped(tmp_path, monkeypatch, capsys):
    news = tmp_path / "news.jsonl"
    nasty = "\x1b]0;owned\x07\x1b[31m红\x00色\x9b2J"
    news.write_text(json.dumps({"id": "x", "title": nasty, "text": SENTENCE}) + "\n", encoding="utf-8")
    assert run_kg(["build", news, "--out", tmp_path / "out"], monkeypatch, capsys)[0] == 0
    code, out, _ = run_kg(["query", "SELECT ?h WHERE { ?a schema:headline ?h }",
                           "--graph", tmp_path / "out" / "graph.ttl"], monkeypatch, capsys)
    assert code == 0
    assert not any(ord(c) < 0x20 and c != "\n" or 0x7f <= ord(c) <= 0x9f for c in out), repr(out)
    assert "\\x1b]0;owned\\x07\\x1b[31m红\\x00色\\x9b2J" in out


def test_file_names_in_messages_are_escaped(tmp_path, monkeypatch, capsys):
    name = tmp_path / "a\x1b]0;owned\x07\x1b[2J\n.txt"
    name.write_bytes(b"")
    code, _, err = run_kg(["extract", name, tmp_path / "gone\x1b\x07.txt"], monkeypatch, capsys)
    assert code == 1
    lines = one_line_errors(err)
    assert lines[0].endswith("a\\x1b]0;owned\\x07\\x1b[2J\\n.txt: empty file")
    assert lines[1].endswith("gone\\x1b\\x07.txt: no such file or folder")


def test_bytes_of_a_file_name_not_utf8_are_named_as_its_id_writes_them(tmp_path, monkeypatch, capsys):
    # the id of lat\xe9.txt is 'lat\\xe9'; its message said lat\udce9.txt (Python's escape of the byte)
    raw = os.fsencode(tmp_path)
    for name, data in ((b"/lat\xe9.txt", bytes(range(256)) * 4), (b"/ok\xff.txt", SENTENCE.encode())):
        with open(raw + name, "wb") as fh:
            fh.write(data)
    gone = os.fsdecode(raw + b"/gone\xfe.txt")
    code, out, err = run_kg(["extract", tmp_path, gone], monkeypatch, capsys)
    assert code == 1
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["ok\\xff"]
    assert one_line_errors(err) == [
        f"kg: {tmp_path}/lat\\xe9.txt: not text: binary data or an unknown encoding",
        f"kg: {tmp_path}/gone\\xfe.txt: no such file or folder",
        "kg: 2 input problems skipped (see above)"]


@pytest.mark.parametrize("command, option", [
    (["build", "{page}", "--out", "{tmp}/out", "-j1"], "--place"),
    (["extract", "{page}"], "--place"),
    (["page", "--graph", "{seed_graph}", "--out", "{tmp}/p.html"], "--focus"),
    (["serve", "--graph", "{seed_graph}", "--port", "7"], "--host"),
])
@pytest.mark.parametrize("raw", [b"\xe9", b"\xc0\xaf\xe5\xb8\x82", "李".encode("gbk") + b"\xca\xd0"])
def test_words_on_the_command_line_that_are_not_utf8_are_a_command_line_error(
        command, option, raw, tmp_path, monkeypatch, capsys):
    # before: --place made a whole build, then 'cannot write ...: not a Unicode character'; --host a traceback
    page = tmp_path / "page.txt"
    page.write_text(SENTENCE, encoding="utf-8")
    names = {"page": page, "tmp": tmp_path, "seed_graph": SEED.parents[1] / "output" / "graph.ttl"}
    args = [a.format(**names) for a in command] + [option, os.fsdecode(raw)]
    code, out, err = run_kg(args, monkeypatch, capsys)
    first_bad = next(b for b in raw if os.fsdecode(bytes([b])) != chr(b))
    assert code == 2 and out == ""
    assert one_line_errors(err)[0].startswith(f"kg: Invalid value for '{option}': not UTF-8 text "
                                              f"(byte \\x{first_bad:02x}): kg reads its command line")
    assert not (tmp_path / "out").exists() and not (tmp_path / "p.html").exists()


def test_warnings_are_escaped_too(tmp_path, monkeypatch, capsys):
    name = tmp_path / "b\x1b[31m.txt"
    name.write_bytes(SENTENCE.encode() + b"\xff")
    code, out, err = run_kg(["extract", name], monkeypatch, capsys)
    assert code == 0 and out
    assert one_line_errors(err) == [
        f"kg: {tmp_path}/b\\x1b[31m.txt: 1 broken UTF-8 sequence(s) replaced by U+FFFD"]


# --- silent skips and double reads -----------------------------------------------------------------

def test_links_pipes_and_devices_in_a_folder_are_each_one_line(tmp_path, monkeypatch, capsys):
    news = tmp_path / "news"
    (news / "sub").mkdir(parents=True)
    (news / "good.txt").write_text(SENTENCE, encoding="utf-8")
    (news / "loop.txt").symlink_to("loop.txt")
    (news / "dangling.txt").symlink_to("nowhere.txt")
    (news / "device.txt").symlink_to("/dev/null")
    os.mkfifo(news / "pipe.txt")
    (news / "sub" / "up").symlink_to("..")  # a folder link back up: a loop to stop, not to follow
    code, out, err = run_kg(["extract", news], monkeypatch, capsys)
    assert code == 1
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["good"]
    lines = one_line_errors(err)
    assert lines[:-1] == [
        f"kg: {news}/dangling.txt: dangling symbolic link (to nowhere.txt)",
        f"kg: {news}/device.txt: not a regular file: a device",
        f"kg: {news}/loop.txt: symbolic link loop",
        f"kg: {news}/pipe.txt: not a regular file: a named pipe",
        f"kg: {news}/sub/up: symbolic link loop: a link back to a folder being read, not followed",
    ]
    assert len(lines) == 6 and lines[-1] == "kg: 5 input problems skipped (see above)"


def test_a_dangling_link_given_by_name(tmp_path, monkeypatch, capsys):
    (tmp_path / "a.txt").symlink_to("missing.txt")
    code, _, err = run_kg(["extract", tmp_path / "a.txt"], monkeypatch, capsys)
    assert code == 1
    assert one_line_errors(err)[0] == f"kg: {tmp_path}/a.txt: dangling symbolic link (to missing.txt)"


def test_a_file_reached_twice_is_read_once(tmp_path, monkeypatch, capsys):
    sub = tmp_path / "dup" / "sub"
    sub.mkdir(parents=True)
    (sub / "b.txt").write_text(SENTENCE, encoding="utf-8")
    (tmp_path / "dup" / "link.txt").symlink_to(sub / "b.txt")
    dup = tmp_path / "dup"
    code, out, err = run_kg(["extract", dup, sub, sub / "b.txt"], monkeypatch, capsys)
    assert code == 0 and err == ""
    assert len(out.splitlines()) == 1
    graph = kg.build([dup, sub, sub / "b.txt"])
    assert len(list(graph.subjects(RDF.type, SCHEMA.NewsArticle))) == 1


# --- an unknown home place -------------------------------------------------------------------------

def test_a_home_place_kg_does_not_know_is_a_warning(tmp_path, monkeypatch, capsys):
    page = tmp_path / "a.txt"
    page.write_text(SENTENCE, encoding="utf-8")
    code, out, err = run_kg(["extract", "--place", "火星市", page], monkeypatch, capsys)
    assert code == 0 and out
    (line,) = one_line_errors(err)
    assert line.startswith("kg: --place 火星市: not a place kg knows")
    code, _, err = run_kg(["extract", "--place", "鄂尔多斯市", page], monkeypatch, capsys)
    assert code == 0 and err == ""


# --- queries never reach the network ---------------------------------------------------------------

@pytest.mark.parametrize("query", [
    "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { ?s ?p ?o OPTIONAL { SERVICE SILENT <http://127.0.0.1:9/s> { ?s ?q ?x } } }",
    "SELECT * FROM <http://127.0.0.1:9/data.ttl> WHERE { ?s ?p ?o }",
    "ASK FROM NAMED <http://127.0.0.1:9/g> { GRAPH ?g { ?s ?p ?o } }",
])
def test_a_query_that_would_reach_the_network_is_refused_before_any_request(query, monkeypatch, capsys):
    calls = []

    def no_network(*args, **kw):
        calls.append(args)
        raise OSError("network used")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    code, out, err = run_kg(["query", query, "--graph", SEED.parent.parent / "output" / "graph.ttl"],
                            monkeypatch, capsys)
    assert calls == []
    assert code == 1 and out == ""
    (line,) = one_line_errors(err)
    assert "is not allowed: kg queries only its graph, never the network" in line


# --- output encodings and memory -------------------------------------------------------------------

def test_extract_to_a_latin1_stdout_escapes(tmp_path):
    page = tmp_path / "a.txt"
    page.write_text(SENTENCE, encoding="utf-8")
    r = kg_process(["extract", page], env={"PYTHONIOENCODING": "latin-1"})
    assert r.returncode == 0 and r.stderr == ""
    record = json.loads(r.stdout)
    assert r.stdout.isascii() and any(m["text"] == "李理" for m in record["mentions"])


def test_query_to_a_latin1_stdout_is_one_line(tmp_path):
    r = kg_process(["query", "people-posts", "--graph", SEED.parent.parent / "output" / "graph.ttl"],
                   env={"PYTHONIOENCODING": "latin-1"}, cwd=SEED.parent.parent)
    assert r.returncode == 1
    (line,) = one_line_errors(r.stderr)
    assert "the output encoding is latin-1; set PYTHONIOENCODING=utf-8" in line


@pytest.mark.parametrize("encoding, reason", [("idna", "label too long"),
                                              ("ascii", "ordinal not in range(128)")])
def test_an_encoding_error_not_of_the_output_is_not_blamed_on_it(encoding, reason, tmp_path, monkeypatch,
                                                                 capsys):
    # before: every UnicodeEncodeError was "cannot print '\u674e': the output encoding is idna; set
    # PYTHONIOENCODING=utf-8", wherever it came from (s49's --host, s50's left issue)
    page = tmp_path / "a.txt"
    page.write_text(SENTENCE, encoding="utf-8")

    def encode(*args, **kw):
        raise UnicodeEncodeError(encoding, "李理", 0, 1, reason)

    monkeypatch.setattr("kg.api.process_all", encode)
    code, _, err = run_kg(["build", page, "--out", tmp_path / "out"], monkeypatch, capsys)
    assert code == 1
    assert one_line_errors(err) == [f"kg: cannot encode '\\u674e' as {encoding} ({reason})"]


def test_running_out_of_memory_is_one_line(tmp_path, monkeypatch, capsys):
    page = tmp_path / "a.txt"
    page.write_text(SENTENCE, encoding="utf-8")

    def no_memory(*args, **kw):
        raise MemoryError

    monkeypatch.setattr("kg.api.process_all", no_memory)  # extraction, in every build
    code, _, err = run_kg(["build", page, "--out", tmp_path / "out"], monkeypatch, capsys)
    assert code == 1
    assert one_line_errors(err) == ["kg: out of memory: split the input, or build it in parts"]
    assert not (tmp_path / "out" / "graph.ttl").exists()


# --- more of the same kinds ------------------------------------------------------------------------

def test_a_number_of_thousands_of_digits_is_one_problem(tmp_path, monkeypatch, capsys):
    news = tmp_path / "news.jsonl"
    news.write_text('{"id": 1' + "0" * 5000 + ', "text": "x"}\n' + json.dumps({"id": "b", "text": SENTENCE})
                    + "\n", encoding="utf-8")
    code, out, err = run_kg(["extract", news], monkeypatch, capsys)
    assert code == 1 and [json.loads(line)["id"] for line in out.splitlines()] == ["b"]
    assert one_line_errors(err)[0].startswith(f"kg: {news}:1: not JSON: Exceeds the limit")


def test_a_file_name_that_is_not_utf8_is_built(tmp_path):
    raw = os.fsencode(tmp_path) + b"/\xff\xfe\x1b.txt"
    with open(raw, "wb") as fh:
        fh.write(SENTENCE.encode())
    r = kg_process(["build", os.fsdecode(raw), "--out", tmp_path / "out"])
    assert r.returncode == 0, r.stderr
    assert "article/%5Cxff%5Cxfe%1B-1" in (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")


# --- limits ----------------------------------------------------------------------------------------

def test_a_user_regex_that_backtracks_without_end_is_stopped(tmp_path, monkeypatch, capsys):
    import time

    import kg.rules

    monkeypatch.setattr(kg.rules, "USER_REGEX_SECONDS", 0.5)
    rules = tmp_path / "rules.jsonl"
    rules.write_text(json.dumps({"id": "ok", "label": "ORG", "regex": "安全生产"}) + "\n"
                     + json.dumps({"id": "evil", "label": "PER", "regex": "(a|aa)+$"}) + "\n")
    page = tmp_path / "a.txt"
    page.write_text(SENTENCE + "a" * 60 + "b", encoding="utf-8")
    t0 = time.monotonic()
    code, out, err = run_kg(["extract", page, "--rules", rules, "--jobs", "1"], monkeypatch, capsys)
    assert time.monotonic() - t0 < 120
    assert code == 1 and out == ""
    assert one_line_errors(err) == [f"kg: {rules}:2: field 'regex': ran over 0.5 s on one text, stopped "
                                    "(a pattern that backtracks without end, such as (a+)+$?)"]


def test_a_store_query_with_service_is_refused_before_the_store_runs_it(tmp_path, monkeypatch, capsys):
    page = tmp_path / "a.txt"
    page.write_text(SENTENCE, encoding="utf-8")
    assert run_kg(["build", page, "--out", tmp_path / "out"], monkeypatch, capsys)[0] == 0
    query = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    code, out, err = run_kg(["query", query, "--store", tmp_path / "out" / "store"], monkeypatch, capsys)
    assert code == 1 and out == ""
    assert one_line_errors(err) == [
        "kg: <query>: SERVICE is not allowed: kg queries only its graph, never the network"]


def test_a_query_over_a_graph_file_has_a_time_limit(tmp_path, monkeypatch, capsys):
    import time

    graph = SEED.parent.parent / "output" / "graph.ttl"
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    t0 = time.monotonic()
    code, out, err = run_kg(["query", query, "--graph", graph, "--timeout", "2"], monkeypatch, capsys)
    assert time.monotonic() - t0 < 60
    assert code == 1 and out == ""
    assert one_line_errors(err) == [
        "kg: <query>: query stopped after 2 s (--timeout); it may need a LIMIT or a more selective pattern"]


def test_a_bracket_opening_the_text_before_a_named_event_ends(tmp_path):
    """A named event's name may run over a bracket (健步走（潍坊站）开幕式); one opening the very text, at
    offset 0, once sent the search for the name's start round forever. In a process of its own, with a
    timeout, so that a loop fails the test instead of hanging the suite."""
    texts = ["(有片)新闻发布会", "（有片）人大新聞發布會", "(图)全国人民代表大会开幕", "（1）工作会议召开",
             "（健步走）开幕式在潍坊举行"]
    page = tmp_path / "brackets.jsonl"
    page.write_text("".join(json.dumps({"id": f"b{i}", "text": t}, ensure_ascii=False) + "\n"
                            for i, t in enumerate(texts)), encoding="utf-8")
    r = kg_process(["extract", page, "--format", "jsonl"], timeout=60)
    assert r.returncode == 0, r.stderr
    assert [json.loads(line)["id"] for line in r.stdout.splitlines()] == [f"b{i}" for i in range(len(texts))]


# --- names a shell would refuse, files kg may not read (chmod, simulated: the tests run as root) -------

@pytest.mark.parametrize("command", [["extract", "-j1"], ["build", "-j1", "--out", "out"]],
                         ids=lambda c: c[0])
@pytest.mark.parametrize("name", ["a.txt/", "a.jsonl/", "a.txt//"])
def test_a_file_named_with_a_trailing_slash_is_not_read(command, name, tmp_path, monkeypatch, capsys):
    """``cat a.txt/`` says "Not a directory": a slash after a file's name is a mistake to say, not to mend."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(SENTENCE, encoding="utf-8")
    (tmp_path / "a.jsonl").write_text(json.dumps({"id": "a", "text": SENTENCE}) + "\n", encoding="utf-8")
    code, out, err = run_kg([command[0], name, *command[1:]], monkeypatch, capsys)
    assert code == 1 and "李理" not in out
    assert one_line_errors(err)[0] == f"kg: {name}: not a folder: the name ends with a slash"
    assert not (tmp_path / "out" / "graph.ttl").exists()


def _denied(monkeypatch, target) -> None:
    """Opening ``target``, or anything under it, fails as it does for a user chmod 000 shuts out."""
    import builtins
    import errno
    import io

    def refused(path) -> bool:
        try:
            name = os.path.abspath(os.fsdecode(path))
        except TypeError:  # a descriptor
            return False
        return name == str(target) or name.startswith(f"{target}{os.sep}")

    def guarded(real):
        def call(path, *args, **kwargs):
            if refused(path):
                raise PermissionError(errno.EACCES, "Permission denied", os.fsdecode(path))
            return real(path, *args, **kwargs)
        return call

    for module, name in ((builtins, "open"), (io, "open"), (os, "scandir")):
        monkeypatch.setattr(module, name, guarded(getattr(module, name)))


@pytest.mark.parametrize("name, big", [("a.txt", False), ("a.jsonl", False), ("a.jsonl", True),
                                       ("a.jsonl.gz", False)])
def test_a_news_file_kg_may_not_read_is_one_line_naming_it(name, big, tmp_path, monkeypatch, capsys):
    import gzip

    line = (json.dumps({"id": "a", "text": SENTENCE}) + "\n").encode()
    data = SENTENCE.encode() if name == "a.txt" else line
    path = tmp_path / name
    path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    if big:  # streamed, not read whole
        monkeypatch.setattr(read_mod, "JSONL_WHOLE_BYTES", 8)
    _denied(monkeypatch, path)
    code, out, err = run_kg(["extract", path, "-j1"], monkeypatch, capsys)
    assert code == 1 and out == ""
    assert one_line_errors(err) == [f"kg: {path}: cannot read: Permission denied",
                                    "kg: 1 input problem skipped (see above)"]


def test_a_folder_kg_may_not_read_is_said_once(tmp_path, monkeypatch, capsys):
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text(SENTENCE, encoding="utf-8")
    _denied(monkeypatch, news)
    code, _, err = run_kg(["extract", news, "-j1"], monkeypatch, capsys)
    assert code == 1
    assert one_line_errors(err) == [f"kg: {news}: cannot read the folder: Permission denied",
                                    "kg: 1 input problem skipped (see above)"]


def test_a_rule_file_kg_may_not_read_is_one_line_naming_it(tmp_path, monkeypatch, capsys):
    (tmp_path / "a.txt").write_text(SENTENCE, encoding="utf-8")
    rules = tmp_path / "r.jsonl"
    rules.write_text('{"id": "r1", "label": "PER", "regex": "李理"}\n', encoding="utf-8")
    _denied(monkeypatch, rules)
    code, out, err = run_kg(["extract", tmp_path / "a.txt", "--rules", rules, "-j1"], monkeypatch, capsys)
    assert code == 1 and out == ""
    assert one_line_errors(err) == [f"kg: {rules}: cannot read the rule file: Permission denied"]
