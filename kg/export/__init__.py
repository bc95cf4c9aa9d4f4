"""Writing the graph out: Turtle (``kg.export.turtle``) and an HTML page (``kg.export.html``)."""
from __future__ import annotations

from kg.export.html import html_page, write_html
from kg.export.turtle import turtle_bytes, write_turtle

__all__ = ["html_page", "turtle_bytes", "write_html", "write_turtle"]
