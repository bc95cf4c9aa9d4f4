"""kg: a rule-based knowledge-graph builder for Chinese news.

``kg.build(inputs)`` returns the graph, ``kg.open(store_dir)`` the graph of a store built by
``kg build``, ``kg.extract(text)`` the mentions.
"""
from __future__ import annotations

__version__ = "0.1.0"

from kg.api import build, extract, open  # noqa: E402, A004

__all__ = ["__version__", "build", "extract", "open"]
