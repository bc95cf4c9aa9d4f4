"""A new store's exports (made-up articles): where the page asks the store nothing, the store dumps its
Turtle in a thread of its own while the page is made (kg.api._files_together); the files are those the
exports one after the other give, byte for byte, and nothing is left beside them, nor after a failure."""
from __future__ import annotations

import pytest

from kg import api
from kg.api import build_outputs
from kg.model import Document

_TEXTS = [
    "市委书记李理主持召开市委常委会会议。副市长王强出席会议。",
    "2024年5月3日，市长张华在鄂尔多斯市调研，区长赵明陪同。",
    "县委副书记、县长孙立平会见了来访的客人。",
]


def _documents() -> list[Document]:
    return [Document(id=f"d{i}", text=t, date="2024-05-0" + str(i + 1), place="鄂尔多斯市")
            for i, t in enumerate(_TEXTS)]


def _build(folder, monkeypatch, together: int) -> tuple[bytes, bytes]:
    monkeypatch.setattr(api, "EXPORTS_TOGETHER", together)
    build_outputs(_documents(), out=folder / "out", store=folder / "out" / "store")
    return (folder / "out" / "graph.ttl").read_bytes(), (folder / "out" / "graph.html").read_bytes()


def test_the_exports_made_together_are_those_made_in_turn(tmp_path, monkeypatch):
    called = []
    together = api._files_together
    monkeypatch.setattr(api, "_files_together", lambda *a, **k: called.append(1) or together(*a, **k))
    (tmp_path / "a").mkdir(), (tmp_path / "b").mkdir()
    assert _build(tmp_path / "a", monkeypatch, 5_000) == _build(tmp_path / "b", monkeypatch, 0)
    assert called == [1]  # the first build only
    assert sorted(p.name for p in (tmp_path / "a" / "out").iterdir()) == ["graph.html", "graph.ttl", "store"]
    assert b'nif:beginIndex "' in (tmp_path / "a" / "out" / "graph.ttl").read_bytes()  # offsets typed


def test_a_page_that_fails_leaves_no_turtle_behind(tmp_path, monkeypatch):
    import kg.export.html as html

    def failing(*_a, **_k):
        raise RuntimeError("the page failed")

    monkeypatch.setattr(html, "page_writer", failing)
    with pytest.raises(RuntimeError):
        _build(tmp_path, monkeypatch, 5_000)
    assert not list(tmp_path.rglob("*.ttl*")) and not list(tmp_path.rglob(".kg-turtle-*"))


def test_a_store_loaded_in_several_loads_dumps_the_same_turtle_once_compacted(tmp_path):
    """The dump compacts the store first (kg.store.dump_turtle): the bytes are those of the store as
    loaded, read without compacting it (kg.store.write_turtle), and the store holds the same quads."""
    import io

    import pyoxigraph as ox

    from kg.store import dump_turtle, typed_turtle, write_turtle

    begin = "<http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#beginIndex>"
    store = ox.Store(str(tmp_path / "store"))
    for load in range(6):  # each bulk load adds files of its own to every index
        lines = [f'<urn:x:s{load}-{i}> <urn:x:p{i % 3}> "名{load}{i}" <urn:x:g{load}> .\n'
                 f'<urn:x:s{load}-{i}> <urn:x:p{i % 3}> "名{load}{i}" .\n'
                 f'<urn:x:s{load}-{i}> {begin} "{i}"^^<http://www.w3.org/2001/XMLSchema#integer> .\n'
                 for i in range(50)]
        store.bulk_load("".join(lines).encode(), ox.RdfFormat.N_QUADS)
    quads = set(store)
    loaded = io.BytesIO()
    write_turtle(store, loaded)
    dump_turtle(store, tmp_path / "raw.ttl")
    compacted = io.BytesIO()
    typed_turtle(tmp_path / "raw.ttl", compacted)
    assert compacted.getvalue() == loaded.getvalue()
    assert b'nif:beginIndex "0"^^xsd:nonNegativeInteger' in loaded.getvalue()
    assert set(store) == quads
