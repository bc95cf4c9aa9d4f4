"""``kg export``: the graph of a store in RDF formats, as a network (GraphML, GEXF) or as tables (CSV).

Turtle is kg's own deterministic writer; N-Triples, N-Quads and TriG are
Oxigraph's; JSON-LD is rdflib's, compacted with a ``@context`` of the
contract's prefixes. N-Quads and TriG keep one graph per article (plus the
vocabulary and confidence graphs); the other RDF formats hold the union.
GraphML, GEXF and CSV hold the network of :func:`kg.export.networkx.to_networkx`:
entities, events, posts and articles as nodes with names and types, the links
between them as edges with their relation labels; literals are attributes,
never nodes. Everything is sorted: the same store gives the same bytes.
"""
from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import networkx as nx
import pyoxigraph as ox

from kg.errors import OutputError
from kg.graph.vocab import PREFIXES
from kg.io import atomic_write, write_together

__all__ = ["FORMATS", "export"]

#: Format name -> file name written when ``--out`` is a folder.
FORMATS = {
    "turtle": "graph.ttl", "nt": "graph.nt", "nquads": "graph.nq", "trig": "graph.trig",
    "jsonld": "graph.jsonld", "graphml": "graph.graphml", "gexf": "graph.gexf", "csv": "",
}
_PREFIXES = {p: str(ns) for p, ns in PREFIXES.items()}


def _retyped(store: ox.Store, graph) -> list[ox.Quad]:
    """The quads of ``graph`` (a graph name; None: the named graphs, or the default one if there are none),
    offsets typed again, sorted."""
    from kg.store import content_graphs, typed

    if graph is None and next(iter(store.named_graphs()), None) is None:
        graph = ox.DefaultGraph()  # a graph read from a file
    # the default graph of a store is the union of the named ones; the build's records are no content
    graphs = [graph] if graph is not None else content_graphs(store)
    out = [ox.Quad(q.subject, q.predicate, typed(q.predicate, q.object), q.graph_name)
           for g in graphs for q in store.quads_for_pattern(None, None, None, g)]
    return sorted(out, key=lambda q: (str(q.graph_name), str(q.subject), str(q.predicate), str(q.object)))


def _rdf(store: ox.Store, fmt: str) -> bytes:
    from kg.store import union_triples

    if fmt == "turtle":
        from kg.export.turtle import turtle_bytes

        return turtle_bytes(union_triples(store))
    if fmt in ("nquads", "trig"):
        quads = _retyped(store, None)
        rdf_format = ox.RdfFormat.N_QUADS if fmt == "nquads" else ox.RdfFormat.TRIG
        return ox.serialize(quads, format=rdf_format, prefixes=_PREFIXES if fmt == "trig" else None) or b""
    triples = [ox.Triple(q.subject, q.predicate, q.object) for q in _retyped(store, ox.DefaultGraph())]
    if fmt == "nt":
        return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""
    from rdflib import Graph

    graph = Graph(bind_namespaces="none")
    for t in union_triples(store):
        graph.add(t)
    text = graph.serialize(format="json-ld", context=_PREFIXES, sort_keys=True, ensure_ascii=False, indent=1)
    return text.encode("utf-8")


# What XML 1.0 has no character for, not even as a reference: C0 controls but tab and line ends, lone
# surrogates, U+FFFE and U+FFFF (a headline or publisher of a scraped record may hold them; RDF keeps them)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml_safe(net: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """``net`` with each character XML cannot hold replaced by U+FFFD (in ids, labels and every string
    attribute): GraphML and GEXF wrote them as they were, and no XML parser read the file."""
    def clean(value):
        return _NOT_XML.sub("\ufffd", value) if isinstance(value, str) else value

    out = nx.MultiDiGraph(**{k: clean(v) for k, v in net.graph.items()})
    out.add_nodes_from((clean(n), {k: clean(v) for k, v in d.items()}) for n, d in net.nodes(data=True))
    out.add_edges_from((clean(s), clean(o), key, {k: clean(v) for k, v in d.items()})
                       for s, o, key, d in net.edges(keys=True, data=True))
    return out


def _tables(net: nx.MultiDiGraph) -> tuple[str, str]:
    nodes, edges = io.StringIO(), io.StringIO()
    w = csv.writer(nodes, lineterminator="\n")
    w.writerow(["id", "label", "kind", "type"])
    for n, d in net.nodes(data=True):
        w.writerow([n, d["label"], d["kind"], d["type"]])
    w = csv.writer(edges, lineterminator="\n")
    w.writerow(["source", "target", "predicate", "label"])
    for s, o, d in net.edges(data=True):
        w.writerow([s, o, d["predicate"], d["label"]])
    return nodes.getvalue(), edges.getvalue()


def export(store: ox.Store, fmt: str, out: str | Path) -> list[Path]:
    """Write the graph of ``store`` as ``fmt`` to file ``out`` (a folder for ``csv``); the paths written."""
    out = Path(out)
    if fmt not in FORMATS:
        raise OutputError(f"unknown format {fmt!r}: {', '.join(FORMATS)}")
    if fmt in ("graphml", "gexf", "csv"):
        from kg.export.networkx import to_networkx

        net = to_networkx(store)
        if fmt == "csv":
            nodes, edges = _tables(net)
            write_together({out / "nodes.csv": nodes, out / "edges.csv": edges})  # both or neither
            return [out / "nodes.csv", out / "edges.csv"]
        buf = io.BytesIO()
        (nx.write_graphml if fmt == "graphml" else nx.write_gexf)(_xml_safe(net), buf)
        atomic_write(out, buf.getvalue())
        return [out]
    atomic_write(out, _rdf(store, fmt))
    return [out]

