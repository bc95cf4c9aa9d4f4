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

import networkx as nx
from rdflib import Graph

__all__ = ["to_networkx"]


def to_networkx(graph: Graph) -> nx.MultiDiGraph:
    """A ``MultiDiGraph`` of the graph's entities, events, posts and articles.

    Nodes carry ``kind`` (人物 Person, 机构 Organization ...), ``label`` and
    ``type`` (the class IRI); edges carry ``predicate`` (IRI) and ``label``
    (e.g. ``主持 chair``). Insertion order is sorted, so the same graph gives the
    same network.
    """
    from kg.export.html import EDGES, _edges, _nodes

    net = nx.MultiDiGraph()
    nodes = _nodes(graph)
    for node in sorted(nodes, key=str):
        kind, label, _tip = nodes[node]
        net.add_node(str(node), kind=kind.label, type=str(kind.cls), label=label.replace("\n", " "))
    for s, p, o in _edges(graph, nodes):
        net.add_edge(str(s), str(o), key=str(p), predicate=str(p), label=EDGES[p][0])
    return net
