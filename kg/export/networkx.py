"""The graph as a network for analysis (networkx): the things a reader sees, linked.

``to_networkx(graph)`` keeps what the HTML page draws (people, organisations,
places, events, posts, articles) and the links between them, without the text
machinery (NIF mentions, contexts, derivations), as a ``networkx.MultiDiGraph``
whose node ids are IRIs. Centrality, communities, shortest paths, GraphML or
GEXF export are then one networkx call away::

    import networkx as nx
    import kg
    from kg.export import to_networkx

    net = to_networkx(kg.build(["seeds/"]))
    top = sorted(nx.degree_centrality(net).items(), key=lambda kv: -kv[1])[:10]
    nx.write_graphml(net, "graph.graphml")
"""
from __future__ import annotations

from dataclasses import dataclass

import networkx as nx
from rdflib import Graph, URIRef
from rdflib.term import Literal, Node

from kg.graph.vocab import KG, ORG, RDF, RDFS, SCHEMA, SKOS

__all__ = ["EDGES", "NODE_KINDS", "entity_edges", "entity_nodes", "to_networkx"]


@dataclass(frozen=True)
class Kind:
    cls: URIRef
    label: str
    color: str
    shape: str
    size: int


#: The kinds of node, by class.
NODE_KINDS = (
    Kind(SCHEMA.Person, "人物 Person", "#e15759", "dot", 14),
    Kind(SCHEMA.Organization, "机构 Organization", "#4e79a7", "square", 13),
    Kind(SCHEMA.Place, "地点 Place", "#59a14f", "triangle", 13),
    Kind(SCHEMA.Event, "事件 Event", "#f28e2b", "star", 16),
    Kind(ORG.Membership, "职务 Post", "#b07aa1", "diamond", 9),
    Kind(SCHEMA.NewsArticle, "文章 Article", "#8c8c8c", "box", 10),
)

#: The edges kept: property -> (label, colour).
EDGES = {
    ORG.member: ("任职者 member", "#b07aa1"),
    ORG.organization: ("所在机构 organization", "#b07aa1"),
    KG.chair: ("主持 chair", "#d62728"),
    SCHEMA.attendee: ("参加 attendee", "#f28e2b"),
    SCHEMA.organizer: ("主办 organizer", "#f28e2b"),
    SCHEMA.location: ("地点 location", "#59a14f"),
    SCHEMA.containedInPlace: ("属于 contained in", "#59a14f"),
    SCHEMA.parentOrganization: ("上级 parent organization", "#4e79a7"),
    SCHEMA.author: ("记者 author", "#8c8c8c"),
    KG.photographer: ("摄影 photographer", "#8c8c8c"),
    SCHEMA.locationCreated: ("电头 dateline", "#8c8c8c"),
    SCHEMA.publisher: ("出版 publisher", "#8c8c8c"),
    SCHEMA.sourceOrganization: ("媒体 media", "#8c8c8c"),
    KG.delegatedBy: ("受委托 delegated by", "#d62728"),
    SCHEMA.mentions: ("提及 mentions", "#d0d0d0"),
}

def _label(graph: Graph, node: Node, *preds: URIRef) -> str:
    for p in preds:
        values = sorted(str(o) for o in graph.objects(node, p) if isinstance(o, Literal))
        if values:
            return values[0]
    return str(node).rsplit("/", 1)[-1]


def _short(text: str, n: int = 14) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def entity_nodes(graph: Graph) -> dict[URIRef, tuple[Kind, str, str]]:
    """The nodes of the network: IRI -> (kind, label, description)."""
    out: dict[URIRef, tuple[Kind, str, str]] = {}
    for kind in NODE_KINDS:
        for node in sorted({n for n in graph.subjects(RDF.type, kind.cls) if isinstance(n, URIRef)}):
            if node in out:
                continue
            if kind.cls == SCHEMA.NewsArticle:
                name = _label(graph, node, SCHEMA.headline, SCHEMA.identifier)
                dates = sorted(str(d) for d in graph.objects(node, SCHEMA.datePublished))
                tip = "\n".join([name, *dates])
                label = _short(name)
            elif kind.cls == ORG.Membership:
                title = _label(graph, node, RDFS.label)
                people = sorted(_label(graph, p, SCHEMA.name) for p in graph.objects(node, ORG.member))
                orgs = sorted(_label(graph, o, SCHEMA.name) for o in graph.objects(node, ORG.organization))
                roles = sorted(_label(graph, r, SKOS.prefLabel) for r in graph.objects(node, ORG.role))
                tip = "\n".join([f"{'、'.join(people)}: {title}", *(f"机构: {o}" for o in orgs),
                                 *(f"职务: {r}" for r in roles)])
                label = title
            elif kind.cls == SCHEMA.Event:
                name = _label(graph, node, SCHEMA.name)
                dates = sorted(str(d) for d in graph.objects(node, SCHEMA.startDate))
                tip = "\n".join([name, *dates])
                label = _short(name) + (f"\n{dates[0]}" if dates else "")
            else:
                name = _label(graph, node, SCHEMA.name)
                alt = sorted(str(a) for a in graph.objects(node, SCHEMA.alternateName))
                extra = sorted(str(i) for i in graph.objects(node, SCHEMA.identifier))
                jobs = sorted(str(j) for j in graph.objects(node, SCHEMA.jobTitle))
                tip = "\n".join([name, *([f"又称: {'、'.join(alt)}"] if alt else []),
                                 *(f"代码: {c}" for c in extra), *(f"职务: {j}" for j in jobs)])
                label = _short(name)
            out[node] = (kind, label, f"{kind.label}\n{tip}")
    return out


def entity_edges(graph: Graph, nodes: dict) -> list[tuple[URIRef, URIRef, URIRef]]:
    """The edges between ``nodes``: (subject, property, object), sorted."""
    edges: set[tuple[URIRef, URIRef, URIRef]] = set()
    for p in EDGES:
        for s, o in graph.subject_objects(p):
            if isinstance(s, URIRef) and isinstance(o, URIRef) and s in nodes and o in nodes and s != o:
                edges.add((s, p, o))
    # a chair is also an attendee: draw the chair edge only
    edges -= {(s, SCHEMA.attendee, o) for s, p, o in edges if p == KG.chair}
    return sorted(edges)




def to_networkx(graph) -> nx.MultiDiGraph:
    """A ``MultiDiGraph`` of the graph's entities, events, posts and articles.

    ``graph``: an rdflib ``Graph`` or a pyoxigraph ``Store`` (read through its union).

    Nodes carry ``kind`` (人物 Person, 机构 Organization ...), ``label`` and
    ``type`` (the class IRI); edges carry ``predicate`` (IRI) and ``label``
    (e.g. ``主持 chair``). Insertion order is sorted, so the same graph gives the
    same network.
    """
    if not isinstance(graph, Graph):
        from kg.store import as_graph

        graph = as_graph(graph)
    net = nx.MultiDiGraph()
    nodes = entity_nodes(graph)
    for node in sorted(nodes, key=str):
        kind, label, _tip = nodes[node]
        net.add_node(str(node), kind=kind.label, type=str(kind.cls), label=label.replace("\n", " "))
    for s, p, o in entity_edges(graph, nodes):
        net.add_edge(str(s), str(o), key=str(p), predicate=str(p), label=EDGES[p][0])
    return net
