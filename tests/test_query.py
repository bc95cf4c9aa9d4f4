"""kg query: finding the query, one-line errors, and the four output formats."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_graph import sample_results

from kg.errors import KgError, QueryError
from kg.export import write_turtle
from kg.graph import build_graph
from kg.query import display_width, format_result, resolve_query, run_query

ROOT = Path(__file__).resolve().parent.parent
PEOPLE = "SELECT ?name WHERE { ?p a schema:Person ; schema:name ?name } ORDER BY ?name"


@pytest.fixture(scope="module")
def ttl(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("graph") / "graph.ttl"
    write_turtle(build_graph(sample_results()), path)
    return path


@pytest.mark.parametrize(
    "query, source",
    [
        ("people-posts", "queries/people-posts.rq"),
        (str(ROOT / "queries" / "people-posts.rq"), "queries/people-posts.rq"),
        ("SELECT * WHERE { ?s ?p ?o }", "<query>"),
        ("# a comment\nPREFIX x: <http://x/>\nASK { ?s ?p ?o }", "<query>"),
    ],
)
def test_resolve_query(query: str, source: str):
    text, where = resolve_query(query)
    assert where.endswith(source) and ("SELECT" in text or "ASK" in text)


@pytest.mark.parametrize(
    "query, message",
    [
        ("no-such-query", "known: "),
        ("missing.rq", "no such query file"),
        ("SELECT ?x WHERE { ?x ?p }", "SPARQL syntax error"),
        ("SELECT ?x WHERE {\n  ?x a schema:Person .\n  FILTER(\n}", "<query>:3: column 3"),
        ("SELECT ?x WHERE { ?x nope:name ?y }", "nope"),
    ],
)
def test_bad_queries_give_one_line_errors(ttl: Path, query: str, message: str):
    with pytest.raises(QueryError) as err:
        run_query(query, ttl)
    assert message in str(err.value) and "\n" not in str(err.value)


def test_syntax_error_in_a_file_names_file_line_and_column(ttl: Path, tmp_path: Path):
    rq = tmp_path / "bad.rq"
    rq.write_text("# broken\nSELECT ?x\nWHERE { ?x ?y }\n", encoding="utf-8")
    with pytest.raises(QueryError) as err:
        run_query(str(rq), ttl)
    assert str(err.value).startswith(f"{rq}:3: column")


@pytest.mark.parametrize(
    "content, message", [(None, "no such graph file"), ("<a> <b> .\n", "not valid Turtle")]
)
def test_bad_graph_files(tmp_path: Path, content: str | None, message: str):
    path = tmp_path / "g.ttl"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(KgError) as err:  # (an InputError: the graph file, as kg page and kg export say it)
        run_query(PEOPLE, path)
    assert message in str(err.value) and str(path) in str(err.value)


@pytest.mark.parametrize(
    "text, width", [("李理", 4), ("abc", 3), ("于海宇 ab", 9), ("ＡＢ", 4), ("2025-06-13", 10)]
)
def test_display_width(text: str, width: int):
    assert display_width(text) == width


def _columns(line: str) -> list[str]:
    """``line`` with every wide character followed by an empty cell: one item per display column."""
    out: list[str] = []
    for c in line:
        out += [c] if display_width(c) == 1 else [c, ""]
    return out


def test_table_columns_align_with_chinese(ttl: Path):
    out = format_result(run_query("people-posts", ttl), "table").splitlines()
    header, rule, rows = out[0], out[1], out[2:-1]
    assert len(rows) == 4 and out[-1] == "(4 rows)"
    starts = [0] + [i + 1 for i, c in enumerate(rule) if c == " " and rule[i + 1 : i + 2] == "-"]
    assert len(starts) == len(header.split())
    for row in rows:
        cols = _columns(row)
        assert any(display_width(c) == 2 for c in row)
        for s in starts[1:]:  # every cell starts at its column, after a gap
            assert cols[s - 1] == " " and cols[s] not in (" ", "")


def test_csv_tsv_json(ttl: Path):
    res = run_query(PEOPLE, ttl)
    rows = list(csv.reader(io.StringIO(format_result(res, "csv"))))
    assert rows[0] == ["name"] and ["李理"] in rows
    tsv = format_result(run_query(PEOPLE, ttl), "tsv").splitlines()
    assert tsv[0] == "?name" and '"李理"@zh' in tsv
    doc = json.loads(format_result(run_query(PEOPLE, ttl), "json"))
    assert doc["head"]["vars"] == ["name"]
    names = [b["name"] for b in doc["results"]["bindings"]]
    assert {"type": "literal", "value": "李理", "xml:lang": "zh"} in names


def test_ask_and_construct(ttl: Path):
    assert format_result(run_query('ASK { ?p schema:name "李理"@zh }', ttl), "table") == "true\n"
    no = format_result(run_query("ASK { ?p schema:name 'nobody' }", ttl), "json")
    assert json.loads(no)["boolean"] is False
    construct = "CONSTRUCT { ?p schema:name ?n } WHERE { ?p a schema:Person ; schema:name ?n }"
    out = format_result(run_query(construct, ttl), "table")
    assert "schema:name" in out and "李理" in out


def test_cli_query(ttl: Path):
    from kg.cli import cli

    r = CliRunner().invoke(cli, ["query", "people-posts", "--graph", str(ttl), "--format", "csv"])
    assert r.exit_code == 0, r.output
    assert "于海宇,市长,市长,鄂尔多斯市人民政府,1" in r.output


def test_the_plain_prefixes_are_the_vocabularies_namespaces():
    from kg.graph.vocab import ITSRDF, KG, NIF, ORG, OWL, PROV, RDF, RDFS, SCHEMA, SKOS, TIME, XSD
    from kg.namespaces import PREFIXES

    assert PREFIXES == {
        "schema": str(SCHEMA), "org": str(ORG), "prov": str(PROV), "nif": str(NIF._NS),
        "itsrdf": str(ITSRDF._NS), "skos": str(SKOS), "time": str(TIME), "rdf": str(RDF), "rdfs": str(RDFS),
        "xsd": str(XSD), "owl": str(OWL), "kg": str(KG._NS)}


def test_bundled_queries_are_found_by_name_from_any_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no queries/ here: the names come from the package
    text, where = resolve_query("people-posts")
    assert Path(where) == ROOT / "kg" / "queries" / "people-posts.rq" and "SELECT" in text
    (tmp_path / "queries").mkdir()
    (tmp_path / "queries" / "people-posts.rq").write_text("ASK { ?s ?p ?o }", encoding="utf-8")
    assert resolve_query("people-posts") == ("ASK { ?s ?p ?o }", "queries/people-posts.rq")  # yours first


def test_the_wheel_carries_every_query(tmp_path):
    """queries/ is a link to kg/queries/, which ships in the wheel (pip builds it as an installer would)."""
    import subprocess
    import sys
    import zipfile

    assert (ROOT / "queries").resolve() == ROOT / "kg" / "queries"
    pip = [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q", "-w", str(tmp_path)]
    r = subprocess.run(pip, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr[-2000:]
    (wheel,) = tmp_path.glob("kg-*.whl")
    shipped = {Path(n).name for n in zipfile.ZipFile(wheel).namelist() if n.startswith("kg/queries/")}
    assert shipped == {p.name for p in (ROOT / "kg" / "queries").glob("*.rq")} and len(shipped) >= 14
