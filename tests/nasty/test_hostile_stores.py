"""Stores under faults: a full disk while a build makes or loads its store, and ``kg load`` stopped or failing
part way: one line naming the store, and the store as it was (none left behind where there was none)."""
from __future__ import annotations

import gzip
import os
from pathlib import Path

import pytest
from conftest import SEED, one_line_errors, run_kg

import kg.store
from kg.api import build_outputs, load_shards
from kg.db import StoreError, open_store
from kg.errors import KgError
from kg.model import Document

SENTENCE = "市委书记李理主持召开会议，研究部署全市安全生产工作。"
# what RocksDB raises when the disk is full: an OSError with no file name, naming a temporary file
FULL = OSError("IO error: No space left on device: While appending to file: x/.store.ab12.tmp/000010.sst: "
               "No space left on device")


def _full(*_args, **_kw):
    raise FULL


def _left(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if not p.name.endswith(".kg.lock"))


def _shard(tmp_path: Path) -> Path:
    """N-Quads of the seed page's store."""
    build_outputs([SEED], out=None, store=tmp_path / "seed-store")
    shard = tmp_path / "seed.nq"
    with open(shard, "wb") as fh:
        open_store(tmp_path / "seed-store").dump(fh, kg.store.ox.RdfFormat.N_QUADS)
    return shard


def _graphs(store: Path) -> set[str]:
    return {str(g) for g in open_store(store).named_graphs()}


def test_a_full_disk_when_the_store_is_made(tmp_path, monkeypatch):
    monkeypatch.setattr(kg.store.ox, "Store", _full)
    with pytest.raises(StoreError) as e:
        build_outputs([Document(id="a", text=SENTENCE)], out=tmp_path / "out",
                      store=tmp_path / "out" / "store")
    assert str(e.value) == f"{tmp_path / 'out' / 'store'}: cannot write: No space left on device"
    assert not (tmp_path / "out").exists()  # no temporary store folder left, nor the folder made for it


def test_a_full_disk_while_the_store_is_loaded(tmp_path, monkeypatch):
    out = tmp_path / "out"
    build_outputs([Document(id="a", text=SENTENCE)], out=out, store=out / "store")
    old = {p.name: p.read_bytes() for p in out.glob("graph.*")}
    monkeypatch.setattr(kg.store, "load_articles", _full)
    with pytest.raises(StoreError) as e:  # a new store (loaded as the articles are extracted)
        build_outputs([Document(id="b", text="副市长王强出席会议。")], out=out, store=out / "new")
    assert str(e.value) == f"{out / 'new'}: cannot write: No space left on device"
    assert {p.name: p.read_bytes() for p in out.glob("graph.*")} == old
    assert _left(out) == ["graph.html", "graph.ttl", "store"]


@pytest.mark.parametrize("there", [False, True])
def test_a_full_disk_when_load_opens_a_new_store_leaves_no_half_store(tmp_path, monkeypatch, there):
    store = tmp_path / "store"
    if there:
        store.mkdir()  # an empty folder stays one
    monkeypatch.setattr(kg.store.ox, "Store", _full)
    monkeypatch.setattr("kg.db.ox.Store", _full)
    with pytest.raises(StoreError) as e:
        open_store(store, create=True)
    assert str(e.value) == f"{store}: cannot open the store: No space left on device"
    assert store.is_dir() == there and (not there or not any(store.iterdir()))


@pytest.mark.parametrize("stop", [KeyboardInterrupt(), FULL])
def test_kg_load_stopped_part_way_leaves_no_new_store(tmp_path, monkeypatch, stop):
    shard = _shard(tmp_path)
    real = kg.store._bulk_load_file

    def loads_then_stops(store, path):
        real(store, path)
        raise stop

    monkeypatch.setattr(kg.store, "_bulk_load_file", loads_then_stops)
    with pytest.raises(type(stop)) if isinstance(stop, KeyboardInterrupt) else pytest.raises(StoreError) as e:
        load_shards([shard], tmp_path / "new")
    if not isinstance(stop, KeyboardInterrupt):
        assert str(e.value) == f"{tmp_path / 'new'}: cannot write: No space left on device"
    assert not any(name == "new" or name.startswith(".new.") for name in _left(tmp_path))


def test_kg_load_stopped_part_way_keeps_the_old_store(tmp_path, monkeypatch):
    shard = _shard(tmp_path)
    build_outputs([Document(id="a", text=SENTENCE)], out=None, store=tmp_path / "store")
    old = _graphs(tmp_path / "store")
    real = kg.store._bulk_extend

    def loads_then_stops(*args, **kw):
        real(*args, **kw)
        raise KeyboardInterrupt

    monkeypatch.setattr(kg.store, "_bulk_extend", loads_then_stops)
    with pytest.raises(KeyboardInterrupt):
        load_shards([shard], tmp_path / "store")
    assert _graphs(tmp_path / "store") == old
    assert not any(name.startswith(".store.") and not name.endswith(".kg.lock") for name in _left(tmp_path))
    monkeypatch.undo()
    load_shards([shard], tmp_path / "store")  # the lock and the store free for the next load
    assert len(_graphs(tmp_path / "store")) > len(old)


def _made_up_shard(tmp_path: Path, lines: list[str]) -> Path:
    shard = tmp_path / "made-up.nq"
    shard.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
    return shard


QUADS = [f'<http://example.org/s{i}> <http://example.org/name> "名{i}" <http://example.org/g{i % 3}> .'
         for i in range(60)]


def test_kg_load_goes_in_pieces_that_ctrl_c_falls_between(tmp_path, monkeypatch):
    """Oxigraph's loader does not see Ctrl-C: a shard goes in in pieces, and the interrupt lands after one."""
    shard = _made_up_shard(tmp_path, QUADS)
    monkeypatch.setattr(kg.store, "BULK_QUADS", 5)  # pieces of about 1,000 bytes
    pieces = list(kg.store._pieces(shard))
    assert len(pieces) > 3 and b"".join(p for _, p in pieces) == shard.read_bytes()
    assert all(p.endswith(b"\n") for _, p in pieces)
    load_shards([shard], tmp_path / "whole")
    assert {f"<http://example.org/g{i}>" for i in range(3)} <= _graphs(tmp_path / "whole")
    assert len(list(open_store(tmp_path / "whole").quads_for_pattern(None, kg.store.ox.NamedNode(
        "http://example.org/name"), None))) == 2 * 60  # each quad, and its triple in the union
    real = kg.store._pieces

    def ctrl_c_after_the_first(path):
        for i, piece in enumerate(real(path)):
            if i == 1:
                raise KeyboardInterrupt
            yield piece

    monkeypatch.setattr(kg.store, "_pieces", ctrl_c_after_the_first)
    with pytest.raises(KeyboardInterrupt):
        load_shards([shard], tmp_path / "new")
    assert not any(name == "new" or name.startswith(".new.") for name in _left(tmp_path))


def test_a_syntax_error_in_a_later_piece_names_its_line(tmp_path, monkeypatch):
    cut = "<http://example.org/a> <http://example.org/b> ."  # no object
    shard = _made_up_shard(tmp_path, [*QUADS[:40], cut, *QUADS[40:]])
    monkeypatch.setattr(kg.store, "BULK_QUADS", 5)
    with pytest.raises(KgError) as e:
        load_shards([shard], tmp_path / "new")
    assert str(e.value).startswith(f"{shard}:41: column "), str(e.value)
    assert "not valid N-Quads" in str(e.value)


def test_blank_nodes_of_a_shard_keep_their_labels_across_pieces(tmp_path, monkeypatch):
    shard = _made_up_shard(tmp_path, ['_:x <http://example.org/name> "甲" <http://example.org/g> .', *QUADS,
                                      '_:x <http://example.org/post> "乙" <http://example.org/g> .'])
    monkeypatch.setattr(kg.store, "BULK_QUADS", 5)
    load_shards([shard], tmp_path / "new")
    graph = kg.store.ox.NamedNode("http://example.org/g")
    quads = open_store(tmp_path / "new").quads_for_pattern(None, None, None, graph)
    assert len({q.subject for q in quads}) == 1


@pytest.mark.parametrize("path", ["/dev/zero", "fifo.nq"])
def test_kg_load_of_a_device_or_a_pipe_is_one_line(path, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    os.mkfifo("fifo.nq")
    with pytest.raises(KgError) as e:
        load_shards([path], tmp_path / "new")
    assert str(e.value).startswith(f"{path}: not a regular file: a ")
    assert not (tmp_path / "new").exists()


@pytest.mark.parametrize("content", [b"", b"\n\r\n  \n", b"# part 7 of 9\n\n", b"   # written by hand\n"])
def test_kg_load_of_an_empty_shard_is_refused_and_loads_nothing(content, tmp_path, monkeypatch, capsys):
    empty = tmp_path / "part-00007.nq"
    empty.write_bytes(content)
    code, _, err = run_kg(["load", empty, "--store", tmp_path / "new"], monkeypatch, capsys)
    assert code == 1
    assert one_line_errors(err) == [f"kg: {empty}: empty file: no quads to load (nothing was loaded)"]
    assert not (tmp_path / "new").exists()
    # beside a good shard, into a store that exists: the store as it was
    good = _shard(tmp_path)
    build_outputs([Document(id="a", text=SENTENCE)], out=None, store=tmp_path / "old")
    before = _graphs(tmp_path / "old")
    code, _, err = run_kg(["load", good, empty, "--store", tmp_path / "old"], monkeypatch, capsys)
    assert code == 1 and "empty file" in one_line_errors(err)[0] and _graphs(tmp_path / "old") == before


def test_kg_load_of_a_gzipped_shard_says_so_and_loads_nothing(tmp_path, monkeypatch, capsys):
    # before: 'part-00003.nq.gz:1: column 1: not valid N-Quads: ' ' is not allowed at the beginning of a
    # prefix name' (its compressed bytes read as N-Quads)
    good = _shard(tmp_path)
    packed = tmp_path / "part-00003.nq.gz"
    packed.write_bytes(gzip.compress(good.read_bytes()))
    named_nq = tmp_path / "part-00004.nq"  # gzipped, though not named so
    named_nq.write_bytes(gzip.compress(b"<http://e.org/a> <http://e.org/b> \"x\" <http://e.org/g> .\n"))
    for shard in (packed, named_nq):
        code, _, err = run_kg(["load", good, shard, "--store", tmp_path / "new"], monkeypatch, capsys)
        assert code == 1
        assert one_line_errors(err) == [
            f"kg: {shard}: a gzip file: kg loads N-Quads as text: gunzip it (nothing was loaded)"]
        assert not (tmp_path / "new").exists()


def test_a_store_whose_manifest_is_gone_is_broken_not_missing(tmp_path):
    build_outputs([Document(id="a", text=SENTENCE)], out=None, store=tmp_path / "store")
    (tmp_path / "store" / "CURRENT").write_text("MANIFEST-999999\n")  # names a file that is not there
    with pytest.raises(StoreError) as e:
        open_store(tmp_path / "store", read_only=True)
    assert str(e.value).startswith(f"{tmp_path / 'store'}: the store is broken (")
    assert str(e.value).endswith("remove the folder and build it again")
