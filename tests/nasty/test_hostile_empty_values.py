"""Empty values a new user types or a script passes (``--out ""``, ``$UNSET``), rule files with nothing in
them, a file's name ending with a slash: one line naming what is wrong, nothing written."""
from __future__ import annotations

import pytest
from conftest import ROOT, one_line_errors, run_kg

SENTENCE = "市委书记李理主持召开会议，研究部署全市安全生产工作。"


@pytest.mark.parametrize("args, option", [
    (["build", "a.txt", "--out", ""], "--out"),
    (["build", "a.txt", "--store", ""], "--store"),
    (["extract", "a.txt", "--rules", ""], "--rules"),
    (["query", "people-posts", "--graph", ""], "--graph"),
    (["query", "people-posts", "--store", ""], "--store"),
    (["page", "--out", ""], "--out"),
    (["page", "--graph", ""], "--graph"),
    (["export", "--format", "nt", "--out", ""], "--out"),
    (["export", "--format", "nt", "--graph", ""], "--graph"),
    (["serve", "--graph", ""], "--graph"),
    (["stats", "--store", ""], "--store"),
    (["load", "a.nq", "--store", ""], "--store"),
])
def test_an_empty_path_option_is_a_command_line_error(args, option, tmp_path, monkeypatch, capsys):
    """``Path("")`` is the current folder: an empty --out would write graph.ttl there, an empty --graph
    would query output/graph.ttl as if the option were not given."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(SENTENCE, encoding="utf-8")
    (tmp_path / "a.nq").write_text("<http://example.org/a> <http://example.org/b> <http://example.org/c> .\n")
    code, out, err = run_kg(args, monkeypatch, capsys)
    assert code == 2 and out == ""
    [line] = one_line_errors(err)
    assert line.startswith(f"kg: Invalid value for '{option}': an empty path names no file or folder")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.nq", "a.txt"]


@pytest.mark.parametrize("command", ["build", "extract"])
def test_an_empty_input_name_is_a_problem_not_the_current_folder(command, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "here.txt").write_text(SENTENCE, encoding="utf-8")
    code, out, err = run_kg([command, "", "--out" if command == "build" else "-j", "out" if command == "build"
                             else "1"], monkeypatch, capsys)
    assert code == 1
    assert one_line_errors(err)[0] == "kg: '': an empty path names no file or folder"
    assert '"here"' not in out  # the folder's page was not read


@pytest.mark.parametrize("name, content", [
    ("empty.jsonl", ""),
    ("blank.jsonl", "\n  \n\n"),
    ("comments.jsonl", "# source: our newsroom\n# patterns to come\n"),
    ("titles.txt", "# source: our newsroom\n# lexicon: titles/titles\n"),
    ("places.tsv", "# source: the county's list\n# table: places/cn-divisions\n\n"),
    ("triggers.jsonl", "# source: made up\n# table: events/triggers\n"),
])
def test_a_rule_file_with_no_rules_is_one_line_naming_it(name, content, tmp_path, monkeypatch, capsys):
    """An empty rule file is the wrong file, or one not yet written: kg says so rather than run without it."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(SENTENCE, encoding="utf-8")
    (tmp_path / name).write_text(content, encoding="utf-8")
    for command in (["extract", "a.txt"], ["build", "a.txt", "--out", "out"]):
        code, out, err = run_kg([*command, "--rules", name], monkeypatch, capsys)
        assert code == 1 and out == ""
        assert one_line_errors(err) == [f"kg: {name}: no rules in the file: only comments and blank lines"]
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("command", ["build", "extract"])
def test_an_empty_place_is_a_command_line_error(command, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(SENTENCE, encoding="utf-8")
    code, out, err = run_kg([command, "a.txt", "--place", ""], monkeypatch, capsys)
    assert code == 2 and out == ""
    [line] = one_line_errors(err)
    assert line.startswith("kg: Invalid value for '--place': an empty value names no place")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


@pytest.mark.parametrize("args", [
    ["page", "--out", "pages/"],
    ["export", "--format", "nt", "--out", "graphs/"],
    ["export", "--format", "html", "--out", "pages/"],
])
def test_a_file_output_named_with_a_trailing_slash_is_not_written(args, tmp_path, monkeypatch, capsys):
    """``Path("pages/")`` drops the slash: kg wrote a file named ``pages`` where a folder was meant."""
    monkeypatch.chdir(tmp_path)
    graph = ROOT / "output" / "graph.ttl"
    code, out, err = run_kg([*args, "--graph", graph], monkeypatch, capsys)
    assert code == 1 and out == ""
    assert one_line_errors(err) == [f"kg: {args[-1]}: not a file name: it ends with a slash"]
    assert list(tmp_path.iterdir()) == []


def test_csv_goes_into_a_folder_named_with_a_slash(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    graph = ROOT / "output" / "graph.ttl"
    code, _, _ = run_kg(["export", "--format", "csv", "--graph", graph, "--out", "net/"], monkeypatch, capsys)
    assert code == 0
    assert sorted(p.name for p in (tmp_path / "net").iterdir()) == ["edges.csv", "nodes.csv"]
