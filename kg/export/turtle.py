"""Turtle output: UTF-8 without BOM, plain ``@zh`` tags, the same bytes for the same graph."""
from __future__ import annotations

from pathlib import Path

from rdflib import Graph

from kg.io import atomic_write

__all__ = ["turtle_bytes", "write_turtle"]


def turtle_bytes(graph: Graph) -> bytes:
    """``graph`` as Turtle.

    rdflib's serializer sorts subjects, predicates and objects, and the graph has
    no blank nodes, so equal graphs give equal bytes.
    """
    data = graph.serialize(format="turtle", encoding="utf-8")
    return data if data.endswith(b"\n") else data + b"\n"


def write_turtle(graph: Graph, path: str | Path) -> None:
    """Write ``graph`` to ``path`` as Turtle, atomically."""
    atomic_write(path, turtle_bytes(graph))
