"""Outputs under faults and races: graph.ttl and graph.html change together or not at all, one writer
per output folder, Ctrl-C and dying workers with --jobs. Real processes where the promise is about them."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import SEED, kg_process, one_line_errors, run_kg

from kg import io as kg_io
from kg.errors import OutputError
from kg.io import write_together
from kg.store import discard

SENTENCE = "市委书记李理主持召开会议，研究部署全市安全生产工作。"


def _snapshot(out: Path) -> dict[str, object]:
    """The outputs of a build into ``out``: the two files and the quads of its store."""
    import pyoxigraph as ox

    snap: dict[str, object] = {p.name: p.read_bytes() for p in sorted(out.glob("graph.*"))}
    if (out / "store").is_dir():
        snap["store"] = {str(q) for q in ox.Store.read_only(str(out / "store"))}
    return snap


def _old_set(tmp_path: Path) -> tuple[Path, dict[str, object]]:
    page = tmp_path / "old.txt"
    page.write_text("副市长王强出席会议。", encoding="utf-8")
    out = tmp_path / "out"
    r = kg_process(["build", page, "--out", out])
    assert r.returncode == 0, r.stderr
    return out, _snapshot(out)


LIMITED = """
import io, resource, sys
from pathlib import Path
import kg.io

temporary = kg.io._temporary


def limited(path, payload):
    # the file-size limit of the machine, met by the page alone: graph.ttl (written first) fits
    if Path(path).name == "graph.html":  # the page is written piece by piece: its size, written once aside
        page = io.BytesIO()
        payload(page)
        resource.setrlimit(resource.RLIMIT_FSIZE, (page.tell() - 1, resource.RLIM_INFINITY))
    return temporary(path, payload)


kg.io._temporary = limited
from kg.cli import main
main()
"""


@pytest.mark.parametrize("store_exists", [True, False])
def test_a_page_too_big_to_write_leaves_the_old_set(tmp_path, store_exists):
    """RLIMIT_FSIZE lets graph.ttl be written but not graph.html: neither file nor the store may change."""
    out, old = _old_set(tmp_path)
    if not store_exists:  # a first build with a store: the old files stay, no store is left behind
        discard(out / "store")
        old.pop("store")
    r = subprocess.run([sys.executable, "-c", LIMITED, "build", str(SEED), "--out", str(out)],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 1
    (line,) = one_line_errors(r.stderr)
    assert line == f"kg: {out}/graph.html: cannot write: File too large"
    assert _snapshot(out) == old
    left = sorted(p.name for p in [*out.iterdir(), *out.parent.iterdir()] if not p.name.endswith(".kg.lock"))
    assert left == sorted(["graph.html", "graph.ttl", "old.txt", "out", *(["store"] if store_exists else [])])


def test_a_failed_rename_puts_the_old_set_back(tmp_path, monkeypatch):
    a, b = tmp_path / "graph.ttl", tmp_path / "graph.html"
    a.write_text("old ttl")
    b.write_text("old html")
    real_replace = os.replace
    calls = []

    def second_fails(src, dst):
        calls.append(dst)
        if len(calls) == 2 and str(dst) == str(b):
            raise OSError(28, "No space left on device", str(dst))
        return real_replace(src, dst)

    monkeypatch.setattr(kg_io.os, "replace", second_fails)
    with pytest.raises(OutputError) as e:
        write_together({a: "new ttl", b: "new html"})
    assert str(e.value) == f"{b}: cannot write: No space left on device"
    assert (a.read_text(), b.read_text()) == ("old ttl", "old html")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.html", "graph.ttl"]


def test_a_failed_rename_names_the_output_not_its_temporary_file(tmp_path, monkeypatch):
    # os.replace names its source, the temporary file, in the error (a graph.html made immutable, chattr +i:
    # 'kg: out/.graph.html.mg_1n4c5.tmp: cannot write: Operation not permitted'); the user knows graph.html
    a, b = tmp_path / "graph.ttl", tmp_path / "graph.html"
    a.write_text("old ttl")
    b.write_text("old html")
    real_replace = os.replace

    def refused(src, dst):
        if str(dst) == str(b):
            raise OSError(1, "Operation not permitted", str(src), None, str(dst))
        return real_replace(src, dst)

    monkeypatch.setattr(kg_io.os, "replace", refused)
    with pytest.raises(OutputError) as e:
        write_together({a: "new ttl", b: "new html"})
    assert str(e.value) == f"{b}: cannot write: Operation not permitted"
    assert (a.read_text(), b.read_text()) == ("old ttl", "old html")


def test_ctrl_c_between_the_two_renames_waits_for_the_second(tmp_path, monkeypatch):
    a, b = tmp_path / "graph.ttl", tmp_path / "graph.html"
    a.write_text("old ttl")
    b.write_text("old html")
    real_replace = os.replace

    def interrupted(src, dst):
        result = real_replace(src, dst)
        if str(dst) == str(a):
            signal.raise_signal(signal.SIGINT)  # Ctrl-C right after graph.ttl is in place
        return result

    monkeypatch.setattr(kg_io.os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_together({a: "new ttl", b: "new html"})
    assert (a.read_text(), b.read_text()) == ("new ttl", "new html")


HOLDER = """
import sys
import time
from kg.io import output_lock
with output_lock(sys.argv[1]):
    print("held", flush=True)
    sys.stdin.readline()
"""


def test_a_second_writer_on_the_same_folder_stops_with_a_message(tmp_path):
    out, old = _old_set(tmp_path)
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(out)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline() == "held\n"
        r = kg_process(["build", SEED, "--out", out])
        assert r.returncode == 1
        (line,) = one_line_errors(r.stderr)
        assert line == (f"kg: {out.resolve()}: another kg (process {holder.pid}) is writing here: "
                        "wait for it to end, or choose another --out")
        assert _snapshot(out) == old
    finally:
        holder.communicate("\n", timeout=30)
    assert kg_process(["build", SEED, "--out", out]).returncode == 0  # free again once it has ended
    assert _snapshot(out) != old


def test_two_builds_at_once_never_mix_their_outputs(tmp_path):
    one, two = tmp_path / "one.txt", tmp_path / "two.txt"
    one.write_text("市委书记李理主持召开会议。", encoding="utf-8")
    two.write_text("副市长王强出席会议。", encoding="utf-8")
    out = tmp_path / "out"
    sets = {}
    for name, page in (("one", one), ("two", two)):
        assert kg_process(["build", page, "--out", tmp_path / name]).returncode == 0
        sets[name] = _snapshot(tmp_path / name)
    cmd = [sys.executable, "-c", "from kg.cli import main; main()", "build"]
    for _ in range(3):
        procs = [subprocess.Popen([*cmd, str(p), "--out", str(out)], stderr=subprocess.PIPE, text=True)
                 for p in (one, two)]
        codes = [(p.wait(timeout=120), p.stderr.read()) for p in procs]
        assert any(c == 0 for c, _ in codes)
        for c, err in codes:
            assert c == 0 or "is writing here" in err
        assert _snapshot(out) in (sets["one"], sets["two"])


# --- signals with workers --------------------------------------------------------------------------

def _children(pid: int) -> list[int]:
    kids = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rpartition(")")[2].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            kids.append(int(stat.parent.name))
    return kids


def _workers(pid: int) -> list[int]:
    """The pool workers of kg process ``pid``: its children forked from it, or those of its fork server."""
    found = []
    for child in _children(pid):
        try:
            cmdline = Path(f"/proc/{child}/cmdline").read_bytes()
        except OSError:
            continue
        if b"forkserver" in cmdline:
            found += _children(child)
        elif b"multiprocessing" not in cmdline:  # not the fork server's resource tracker
            found.append(child)
    return found


def _parallel_build(tmp_path: Path) -> tuple[subprocess.Popen, Path, list[int]]:
    """A ``kg build --jobs 2`` long enough to interrupt, in a session of its own, and its workers."""
    news = tmp_path / "news.jsonl"
    records = ({"id": f"r{i}", "text": f"第{i}条。" + SENTENCE * 20} for i in range(3000))
    news.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-c", "from kg.cli import main; main()", "build", str(news),
                             "--out", str(out), "--jobs", "2"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    deadline = time.monotonic() + 90
    while len(workers := _workers(proc.pid)) < 2 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
    assert len(workers) >= 2, "no workers started"
    time.sleep(1.0)  # let them take chunks
    return proc, out, workers


def _gone(pids: list[int], timeout: float = 30) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not any(Path(f"/proc/{p}").exists() and "Z" not in Path(f"/proc/{p}/stat").read_text().split()[2]
                   for p in pids if Path(f"/proc/{p}/stat").exists()):
            return True
        time.sleep(0.2)
    return False


def _stderr_of(proc: subprocess.Popen, timeout: float) -> str:
    """What a build's process group wrote on stderr once it ended (killed if it has not by ``timeout``)."""
    try:
        return proc.communicate(timeout=timeout)[1]
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)


@pytest.mark.slow
def test_ctrl_c_with_workers_is_one_line_and_ends(tmp_path):
    proc, out, workers = _parallel_build(tmp_path)
    os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C in a terminal does: the whole process group
    err = _stderr_of(proc, timeout=60)
    assert proc.returncode == 130
    assert [line for line in err.splitlines() if line] == ["kg: interrupted"], err
    assert not (out / "graph.ttl").exists()
    assert _gone(workers)


@pytest.mark.slow
def test_a_worker_that_dies_ends_the_build_with_a_message(tmp_path):
    proc, out, workers = _parallel_build(tmp_path)
    os.kill(workers[0], signal.SIGKILL)
    err = _stderr_of(proc, timeout=90)
    assert proc.returncode == 1
    assert one_line_errors(err) == [
        "kg: a worker process died (killed, or out of memory?): build stopped, outputs left as they were"]
    assert not (out / "graph.ttl").exists()
    assert _gone(workers)


# Loaded before kg runs by the builds below (and by their workers, with the task they are sent): the
# pool even for a small input; a worker's task (extraction and article graphs) changed as each test says.
_ON_WORKERS = """
import os, signal, struct
from multiprocessing import connection, parent_process
import kg.api

kg.api.PARALLEL_FROM_CHARS = 0
_work_and_write_chunk, _send_bytes = kg.api._work_and_write_chunk, connection.Connection.send_bytes


def dies(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGKILL)


def large(*args, **kwargs):
    results, part = _work_and_write_chunk(*args, **kwargs)  # and a comment line of 2 MB (N-Quads allows them)
    return results, type(part)(part.nquads + b"#" + b"n" * 2_000_000 + b"\\n", part.quads, part.readings,
                               part.graphs, part.views, part.facts)


def killed_halfway(self, buf, offset=0, size=None):
    if parent_process() is not None and len(buf) > 1_000_000:
        # the length of the whole message, half of it, and the worker is killed (out of memory)
        self._send(struct.pack("!i", len(buf)) + bytes(buf[:len(buf) // 2]))
        os.kill(os.getpid(), signal.SIGKILL)
    return _send_bytes(self, buf, offset, size)


connection.Connection.send_bytes = killed_halfway
kg.api._work_and_write_chunk = {how}
"""


def _pool_build(tmp_path: Path, how: str) -> tuple[subprocess.Popen, Path]:
    """A two-job build of a small input whose workers render the article graphs (李理 of two cities, told
    apart once all is loaded), changed by ``how``."""
    (tmp_path / "on_workers.py").write_text(_ON_WORKERS.format(how=how), encoding="utf-8")
    lines = ["包头市市长李理主持会议。"] * 12 + ["鄂尔多斯市市长李理出席会议。"] * 12
    news = tmp_path / "news.jsonl"
    news.write_text("".join(json.dumps({"id": f"d{i}", "text": t}, ensure_ascii=False) + "\n"
                            for i, t in enumerate(lines)), encoding="utf-8")
    out = tmp_path / "out"
    path = os.pathsep.join(filter(None, [str(tmp_path), os.environ.get("PYTHONPATH")]))
    proc = subprocess.Popen([sys.executable, "-c", "import on_workers; from kg.cli import main; main()",
                             "build", str(news), "--out", str(out), "--jobs", "2"],
                            env={**os.environ, "PYTHONPATH": path}, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, start_new_session=True)
    return proc, out


def test_a_worker_that_dies_rendering_article_graphs_ends_the_build_with_a_message(tmp_path):
    proc, out = _pool_build(tmp_path, "dies")
    err = _stderr_of(proc, timeout=90)
    assert proc.returncode == 1, err
    assert one_line_errors(err) == [
        "kg: a worker process died (killed, or out of memory?): build stopped, outputs left as they were"]
    assert not (out / "graph.ttl").exists()
    assert not list(out.glob("kg-parts-*"))  # the folder of the workers' results went with the build


def test_large_results_do_not_pass_through_the_pool(tmp_path):
    """A worker killed while it sends a large message to the pool leaves the pool's reader waiting for the
    rest for ever (the other workers keep the pipe open): results come back in files, only their names
    on the pipe, so the workers here, killed if they send over a megabyte, build the graph."""
    proc, out = _pool_build(tmp_path, "large")
    err = _stderr_of(proc, timeout=90)
    assert proc.returncode == 0, err
    assert (out / "graph.ttl").exists()
    assert not list(out.glob("kg-parts-*"))


def test_kill_is_answered_like_ctrl_c(tmp_path):
    out, old = _old_set(tmp_path)
    news = tmp_path / "news.jsonl"
    records = ({"id": f"r{i}", "text": f"第{i}条。" + SENTENCE * 20} for i in range(1000))
    news.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-c", "from kg.cli import main; main()", "build", str(news),
                             "--out", str(out), "--jobs", "1"], stderr=subprocess.PIPE, text=True)
    lock = out.parent / f".{out.name}.kg.lock"  # written once kg holds the output (its handlers are set)
    deadline = time.monotonic() + 60
    while not (lock.exists() and lock.read_text().strip() == str(proc.pid)) and time.monotonic() < deadline:
        time.sleep(0.1)
    time.sleep(1)  # reading and extracting
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert [line for line in err.splitlines() if line] == ["kg: interrupted"]
    assert _snapshot(out) == old
    assert sorted(p.name for p in out.iterdir() if not p.name.endswith(".kg.lock")) == [
        "graph.html", "graph.ttl", "store"]


@pytest.mark.parametrize(("hangup", "code"), [(signal.SIG_IGN, 0), (signal.SIG_DFL, 130)])
def test_a_closed_terminal_stops_kg_unless_nohup_said_to_go_on(hangup, code):
    """``nohup kg build … &`` starts kg with SIGHUP ignored, so that the build outlives the terminal: kg
    took SIGHUP as Ctrl-C all the same, and a closed terminal stopped it."""
    record = json.dumps({"id": "a", "text": SENTENCE}, ensure_ascii=False) + "\n"
    proc = subprocess.Popen([sys.executable, "-c", "from kg.cli import main; main()", "extract", "-", "-j1"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGHUP, hangup))
    proc.stdin.write(record)
    proc.stdin.flush()
    assert proc.stdout.readline().startswith('{"id": "a"')  # running, its handlers set
    proc.send_signal(signal.SIGHUP)
    if code:
        assert proc.wait(timeout=60) == code
        assert [line for line in proc.stderr.read().splitlines() if line] == ["kg: interrupted"]
    else:
        proc.stdin.write(record.replace('"a"', '"b"'))
        proc.stdin.close()
        assert proc.wait(timeout=60) == 0
        assert proc.stdout.read().startswith('{"id": "b"') and not proc.stderr.read()
    proc.stdout.close()
    proc.stderr.close()


def test_nohup_keeps_the_workers_of_a_build_through_a_hangup(tmp_path):
    """A closed terminal hangs up the whole process group: under nohup, the workers of ``-j 2`` go on too."""
    news = tmp_path / "news.jsonl"
    records = ({"id": f"r{i}", "text": f"第{i}条。" + SENTENCE * 20} for i in range(400))
    news.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    nohup = lambda: signal.signal(signal.SIGHUP, signal.SIG_IGN)  # noqa: E731
    proc = subprocess.Popen([sys.executable, "-c", "from kg.cli import main; main()", "build", str(news),
                             "--out", str(tmp_path / "out"), "--jobs", "2"], stderr=subprocess.PIPE,
                            text=True, start_new_session=True, preexec_fn=nohup)
    lock = tmp_path / ".out.kg.lock"  # written once kg holds the output (its handlers are set)
    deadline = time.monotonic() + 60
    while not (lock.exists() and lock.read_text().strip() == str(proc.pid)) and time.monotonic() < deadline:
        time.sleep(0.1)
    time.sleep(2)  # the workers started, extracting
    os.killpg(proc.pid, signal.SIGHUP)
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    assert (tmp_path / "out" / "graph.ttl").exists()


# --- what a writer killed outright (kill -9) left beside the files, and outputs that are streams -------

def test_what_a_killed_writer_left_beside_the_files_is_removed_by_the_next(tmp_path, monkeypatch, capsys):
    """kill -9 during the final writes leaves ``.graph.ttl.XXXX.tmp`` (a file being written) and
    ``.graph.html.PID.old`` (the link that undoes a swap): the next writer of that file removes them;
    another file's leftovers are not its to remove."""
    monkeypatch.chdir(tmp_path)
    Path("a.txt").write_text(SENTENCE, encoding="utf-8")
    out = Path("out")
    out.mkdir()
    left = [".graph.ttl.k2j4x8.tmp", ".graph.html.q1w2e3.tmp", ".graph.html.4242.old",
            ".page.html.a1b2c3.tmp", ".notes.txt.z9y8x7.tmp"]
    for name in left:
        (out / name).write_text("half")
    code, _, err = run_kg(["build", "a.txt", "--out", out, "-j1"], monkeypatch, capsys)
    assert code == 0, err
    assert sorted(p.name for p in out.iterdir()) == [".notes.txt.z9y8x7.tmp", ".page.html.a1b2c3.tmp",
                                                      "graph.html", "graph.ttl", "store"]
    code, _, err = run_kg(["page", "--graph", out / "graph.ttl", "--out", out / "page.html"], monkeypatch,
                          capsys)
    assert code == 0, err
    assert ".page.html.a1b2c3.tmp" not in {p.name for p in out.iterdir()}
    (out / ".g.nt.0a9b8c.tmp").write_text("half")
    code, _, err = run_kg(["export", "--store", out / "store", "--format", "nt", "--out", out / "g.nt"],
                          monkeypatch, capsys)
    assert code == 0, err
    assert sorted(p.name for p in out.iterdir()) == [".notes.txt.z9y8x7.tmp", "g.nt", "graph.html",
                                                      "graph.ttl", "page.html", "store"]


@pytest.mark.parametrize("command", [
    ["export", "--format", "nt", "--store", "out/store", "--out"],
    ["page", "--graph", "out/graph.ttl", "--out"],
], ids=lambda c: c[0])
@pytest.mark.parametrize("link", [False, True], ids=["pipe", "link-to-a-pipe"])
def test_an_output_that_is_a_stream_is_written_into_not_replaced(command, link, tmp_path):
    """``--out /dev/stdout`` (a link to a pipe or a terminal) or a named pipe: kg writes into it as ``>``
    does; renaming a file onto it (as root) put a regular file where /dev/stdout or /dev/null was. What
    kg says of it goes to stderr, out of the stream's way. (A pipe of our own: never /dev/* here.)"""
    assert kg_process(["build", SEED, "--out", "out", "-j1"], cwd=tmp_path).returncode == 0
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    target = pipe
    if link:
        target = tmp_path / "stdout"
        target.symlink_to(pipe)
    read = tmp_path / "read"
    with read.open("wb") as into:
        reader = subprocess.Popen(["cat", str(pipe)], stdout=into)
        try:
            r = kg_process([*command, target], cwd=tmp_path, timeout=60)
            reader.wait(timeout=10)
        finally:
            reader.kill()
    assert r.returncode == 0, r.stderr
    assert r.stdout == "" and r.stderr == f"-> {target}\n"
    data = read.read_bytes()
    assert data.startswith(b"<") if command[0] == "export" else b"</html>" in data
    assert pipe.is_fifo() and (not link or target.is_symlink())


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_an_interrupt_into_a_pipe_is_exactly_one_line(sig):
    """Click ended the terminal's ``^C`` with an empty line on stderr, into pipes and logs too: stderr was
    two lines, the first empty."""
    record = json.dumps({"id": "a", "text": SENTENCE}, ensure_ascii=False) + "\n"
    proc = subprocess.Popen([sys.executable, "-c", "from kg.cli import main; main()", "extract", "-", "-j1"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    proc.stdin.write(record)
    proc.stdin.flush()
    assert proc.stdout.readline().startswith('{"id": "a"')  # running, its handlers set
    proc.send_signal(sig)
    assert proc.wait(timeout=60) == 130
    assert proc.stderr.read() == "kg: interrupted\n"
