"""What the README says of the explorer page holds for a new user: its outside-check command runs as written,
and the seed page's row counts what the shipped page holds (both were stale: session 49's outside check)."""
from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_page_check_command_gives_the_page_as_a_full_path():
    # page_check.py opens "file://" + its argument: a relative path opens nothing and the check fails
    # ("no #kg-search on the page within 60 s").
    lines = [line for line in README.splitlines() if line.startswith("python ") and "page_check.py" in line]
    assert lines
    for line in lines:
        page = shlex.split(line.split("#")[0])[2]
        assert page.startswith(("/", "$PWD/")), line


def test_the_seed_page_row_counts_what_the_shipped_page_holds():
    html = (ROOT / "output" / "graph.html").read_text(encoding="utf-8")
    found = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S)
    data = json.loads(found[1])
    row = re.search(r"^\| seed page \(([\d,]+) entities, ([\d,]+) articles\) \| ([\d.]+) MB \|", README, re.M)
    assert row, "README: the seed page's row"
    entities, articles, size = (int(row[1].replace(",", "")), int(row[2].replace(",", "")), float(row[3]))
    assert (entities, articles) == (len(data["entities"]), len(data["articles"])), (
        "README's seed page row: restate it from the rebuilt output/graph.html")
    assert abs(len(html.encode("utf-8")) / 1e6 - size) < 0.02, "README: the seed page's size"
