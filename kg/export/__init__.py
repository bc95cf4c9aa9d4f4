"""Writing the graph out: Turtle (``kg.export.turtle``), an HTML page (``kg.export.html``)
and a networkx network for analysis (``kg.export.networkx``)."""
from __future__ import annotations

from kg.export.html import html_page, write_html
from kg.export.networkx import to_networkx
from kg.export.turtle import turtle_bytes, write_turtle

__all__ = ["html_page", "to_networkx", "turtle_bytes", "write_html", "write_turtle"]
