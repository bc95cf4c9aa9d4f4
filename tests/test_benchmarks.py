"""The benchmarks' default input: PD dev of the shared data folder beside the repository, found from a
worktree placed anywhere too, and a one-line exit when there is none."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import bench  # noqa: E402


def _layout(tmp_path: Path, shared_beside: str | None, worktree: str | None) -> Path:
    """A main checkout ``main`` (with a git folder), maybe a worktree of it at ``worktree``, and a shared
    folder with PD dev beside ``shared_beside``; the checkout the benchmark runs from."""
    main = tmp_path / "main"
    (main / ".git" / "worktrees" / "w").mkdir(parents=True)
    (main / ".git" / "worktrees" / "w" / "commondir").write_text("../..\n")
    root = main
    if worktree is not None:
        root = tmp_path / worktree
        root.mkdir(parents=True)
        (root / ".git").write_text(f"gitdir: {main / '.git' / 'worktrees' / 'w'}\n")
    if shared_beside is not None:
        pd = (tmp_path / shared_beside).parent / "shared" / bench.DEFAULT_INPUT
        pd.parent.mkdir(parents=True)
        pd.write_text("{}\n")
    return root


@pytest.mark.parametrize(("shared_beside", "worktree", "found"), [
    ("main", None, "shared"),  # the main checkout, its shared folder beside it
    ("main", "wt/speed", "shared"),  # a worktree elsewhere: the main checkout's
    ("wt/speed", "wt/speed", "wt/shared"),  # a worktree with a shared folder beside it: that one
    ("deep/a/b/w", "deep/a/b/w", "deep/a/b/shared"),
])
def test_the_default_input_is_found_beside_the_checkout_or_its_main_checkout(tmp_path, shared_beside,
                                                                               worktree, found):
    root = _layout(tmp_path, shared_beside, worktree)
    assert bench.input_file(None, root) == tmp_path / found / bench.DEFAULT_INPUT


@pytest.mark.parametrize("worktree", [None, "wt/speed"])
def test_no_shared_folder_is_one_line_naming_where_it_was_looked_for(tmp_path, worktree):
    root = _layout(tmp_path, None, worktree)
    with pytest.raises(SystemExit) as e:
        bench.input_file(None, root)
    message = str(e.value.code)
    assert "\n" not in message and str(tmp_path / "shared" / bench.DEFAULT_INPUT) in message


def test_a_given_input_is_read_as_it_is_and_a_missing_one_is_one_line(tmp_path):
    given = tmp_path / "news.jsonl"
    given.write_text("{}\n")
    assert bench.input_file(given, tmp_path) == given
    with pytest.raises(SystemExit) as e:
        bench.input_file(tmp_path / "none.jsonl", tmp_path)
    assert str(e.value.code).endswith("none.jsonl: no such file")
