"""output/ holds the graph of seeds/, fresh: rebuilding it gives the same bytes."""
from __future__ import annotations

import difflib
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("rebuilt")
    r = CliRunner().invoke(cli, ["build", str(ROOT / "seeds"), "--out", str(out)])
    assert r.exit_code == 0, r.output
    return out


@pytest.mark.parametrize("name", ["graph.ttl", "graph.html"])
def test_committed_output_is_what_seeds_build_to(rebuilt: Path, name: str):
    committed = ROOT / "output" / name
    assert committed.exists(), f"output/{name} missing: run `kg build seeds/`"
    new, old = (rebuilt / name).read_bytes(), committed.read_bytes()
    if new != old:
        diff = difflib.unified_diff(
            old.decode("utf-8", "replace").splitlines(), new.decode("utf-8", "replace").splitlines(),
            f"output/{name}", "rebuilt", lineterm="", n=1,
        )
        pytest.fail("output/ is stale; run `kg build seeds/`:\n" + "\n".join(list(diff)[:40]))


def test_output_is_deterministic_across_builds(rebuilt: Path, tmp_path: Path):
    r = CliRunner().invoke(cli, ["build", str(ROOT / "seeds"), "--out", str(tmp_path)])
    assert r.exit_code == 0
    for name in ("graph.ttl", "graph.html"):
        assert (tmp_path / name).read_bytes() == (rebuilt / name).read_bytes(), name
