"""kg: a rule-based knowledge-graph builder for Chinese news.

``kg.build(inputs)`` returns the graph, ``kg.open(store_dir)`` the graph of a store built by
``kg build``, ``kg.extract(text)`` the mentions.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = ["__version__", "build", "extract", "open"]

if TYPE_CHECKING:
    from kg.api import build, extract, open  # noqa: A004


def __getattr__(name: str) -> Any:
    # kg.api imports the whole pipeline (jieba's dictionary, rdflib): only when it is used, so that
    # commands such as `kg query` start in a fraction of a second
    if name in ("build", "extract", "open"):
        from kg import api

        return getattr(api, name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
