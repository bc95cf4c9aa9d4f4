"""The RDF graph: vocabulary (``kg.graph.vocab``) and building from records (``kg.graph.build``)."""
from __future__ import annotations

from kg.graph.build import GraphBuilder, build_graph, date_literal, new_graph
from kg.graph.vocab import KG, PREFIXES

__all__ = ["GraphBuilder", "build_graph", "date_literal", "new_graph", "KG", "PREFIXES"]
