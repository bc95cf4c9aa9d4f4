"""An HTML page of the graph (pyvis), self-contained: it draws with no network at all.

The page shows the things a reader looks for (people, organisations, places,
events, posts, articles) and leaves out the text machinery (NIF mentions,
contexts, sentences, derivations). The layout is computed in the browser with a
fixed random seed, then physics is switched off so that large graphs stay
responsive. pyvis 0.3.2 with ``cdn_resources="in_line"`` inlines vis-network,
but its template still links Bootstrap from a CDN: those links are removed, and
the page is checked to hold no remote script or style.
"""
from __future__ import annotations

import html
import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.term import Literal, Node

from kg.graph.vocab import KG, ORG, RDF, RDFS, SCHEMA, SKOS
from kg.io import atomic_write

__all__ = ["NODE_KINDS", "html_page", "write_html", "MAX_NODES"]

#: Above this many nodes, only the best-connected ones are drawn (the page says so).
MAX_NODES = 3000


@dataclass(frozen=True)
class Kind:
    cls: URIRef
    label: str  # legend text
    color: str
    shape: str
    size: int


#: What is drawn, by class, in legend order.
NODE_KINDS = (
    Kind(SCHEMA.Person, "人物 Person", "#e15759", "dot", 14),
    Kind(SCHEMA.Organization, "机构 Organization", "#4e79a7", "square", 13),
    Kind(SCHEMA.Place, "地点 Place", "#59a14f", "triangle", 13),
    Kind(SCHEMA.Event, "事件 Event", "#f28e2b", "star", 16),
    Kind(ORG.Membership, "职务 Post", "#b07aa1", "diamond", 9),
    Kind(SCHEMA.NewsArticle, "文章 Article", "#8c8c8c", "box", 10),
)

#: Edges drawn: property -> (label shown on hover, colour).
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

#: vis-network options: fixed seed, physics until stable then off (see _STOP_PHYSICS).
OPTIONS = {
    "layout": {"randomSeed": 20250613, "improvedLayout": False},
    "physics": {
        "enabled": True,
        "solver": "forceAtlas2Based",
        "forceAtlas2Based": {"gravitationalConstant": -60, "centralGravity": 0.01, "springLength": 90,
                             "springConstant": 0.06, "damping": 0.5, "avoidOverlap": 0.2},
        "stabilization": {"enabled": True, "iterations": 600, "updateInterval": 25, "fit": True},
        "minVelocity": 1,
    },
    "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": True, "navigationButtons": False},
    "nodes": {"font": {"size": 14, "face": "Noto Sans CJK SC, Source Han Sans SC, Microsoft YaHei, "
                                          "PingFang SC, WenQuanYi Micro Hei, sans-serif"}},
    "edges": {"smooth": False, "width": 1, "arrows": {"to": {"enabled": True, "scaleFactor": 0.4}},
              "color": {"inherit": False}},
}

_STOP_PHYSICS = """
<script type="text/javascript">
  // Layout once, then freeze: a still page stays usable with thousands of nodes.
  network.once("stabilizationIterationsDone", function () { network.setOptions({physics: false}); });
  // Find a node by (part of) its label: Enter jumps to the next match.
  var kgHits = [], kgAt = 0;
  document.getElementById("kg-find").addEventListener("keydown", function (e) {
    if (e.key !== "Enter") { kgHits = []; return; }
    var q = this.value.trim();
    if (!q) { return; }
    if (!kgHits.length) {
      kgHits = nodes.get({filter: function (n) { return String(n.label).indexOf(q) >= 0; }})
                    .map(function (n) { return n.id; });
      kgAt = 0;
    }
    if (!kgHits.length) { this.style.background = "#fdd"; return; }
    this.style.background = "";
    var id = kgHits[kgAt++ % kgHits.length];
    network.selectNodes([id]);
    network.focus(id, {scale: 1.5, animation: {duration: 400}});
  });
</script>
"""

_STYLE = """
<style>
  html, body { margin: 0; padding: 0;
               font-family: "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif; }
  #mynetwork { width: 100% !important; height: calc(100vh - 46px) !important;
               border: 0 !important; float: none !important; }
  .kg-bar { display: flex; flex-wrap: wrap; align-items: center; gap: 14px; padding: 0 12px; height: 46px;
            box-sizing: border-box; overflow: hidden;
            border-bottom: 1px solid #ddd; font-size: 14px; background: #fafafa; }
  .kg-bar b { font-size: 15px; margin-right: 8px; }
  .kg-key { display: inline-flex; align-items: center; gap: 5px; }
  .kg-key i { display: inline-block; width: 12px; height: 12px; border-radius: 2px; }
  .kg-note { color: #666; margin-left: auto; }
  #kg-find { width: 160px; padding: 3px 6px; font-size: 13px; border: 1px solid #ccc; border-radius: 4px; }
  .vis-tooltip { white-space: pre-line !important; max-width: 520px; font-size: 13px; }
</style>
"""

_REMOTE = re.compile(r"""<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)\s*=\s*["']?(?:https?:)?//""", re.I)


def _label(graph: Graph, node: Node, *preds: URIRef) -> str:
    for p in preds:
        values = sorted(str(o) for o in graph.objects(node, p) if isinstance(o, Literal))
        if values:
            return values[0]
    return str(node).rsplit("/", 1)[-1]


def _short(text: str, n: int = 14) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _nodes(graph: Graph) -> dict[URIRef, tuple[Kind, str, str]]:
    """Drawn nodes: IRI -> (kind, label, tooltip)."""
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


def _edges(graph: Graph, nodes: dict) -> list[tuple[URIRef, URIRef, URIRef]]:
    edges: set[tuple[URIRef, URIRef, URIRef]] = set()
    for p in EDGES:
        for s, o in graph.subject_objects(p):
            if isinstance(s, URIRef) and isinstance(o, URIRef) and s in nodes and o in nodes and s != o:
                edges.add((s, p, o))
    # a chair is also an attendee: draw the chair edge only
    edges -= {(s, SCHEMA.attendee, o) for s, p, o in edges if p == KG.chair}
    return sorted(edges)


def _best_connected(nodes: dict, edges: list, n: int) -> set[URIRef]:
    """The ``n`` nodes with most edges; articles fill at most a fifth, so that things, not pages, dominate."""
    degree: Counter = Counter()
    for s, _, o in edges:
        degree[s] += 1
        degree[o] += 1
    keep: set[URIRef] = set()
    articles, cap = 0, n // 5
    for node in sorted(nodes, key=lambda x: (-degree[x], str(x))):
        if len(keep) == n:
            break
        if nodes[node][0].cls == SCHEMA.NewsArticle:
            if articles == cap:
                continue
            articles += 1
        keep.add(node)
    return keep


def html_page(graph: Graph, *, max_nodes: int = MAX_NODES, title: str = "kg 知识图谱") -> str:
    """The page of ``graph`` as a string: same graph, same page."""
    from pyvis.network import Network

    nodes = _nodes(graph)
    edges = _edges(graph, nodes)
    total = len(nodes)
    if total > max_nodes:
        keep = _best_connected(nodes, edges, max_nodes)
        nodes = {n: v for n, v in nodes.items() if n in keep}
        edges = [e for e in edges if e[0] in keep and e[2] in keep]

    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line", heading="")
    # Chinese as UTF-8, not \\uXXXX escapes: half the size, and greppable (jinja still escapes < > & ')
    net.templateEnv.policies["json.dumps_kwargs"] = {"sort_keys": True, "ensure_ascii": False}
    for node in sorted(nodes, key=str):
        kind, label, tip = nodes[node]
        net.add_node(str(node), label=label, title=tip, color=kind.color, shape=kind.shape, size=kind.size)
    for s, p, o in edges:
        name, color = EDGES[p]
        net.add_edge(str(s), str(o), title=name, color=color, width=0.6 if p == SCHEMA.mentions else 1.2)
    options = json.loads(json.dumps(OPTIONS))
    # fewer layout steps on big graphs: the page must open in seconds, not minutes
    options["physics"]["stabilization"]["iterations"] = max(120, min(600, 240_000 // max(len(nodes), 1)))
    net.set_options(json.dumps(options))
    page = net.generate_html()

    # Drop every remote asset pyvis's template links (Bootstrap); the page needs none.
    page = re.sub(r"""<link\b[^>]*\bhref\s*=\s*["'](?:https?:)?//[^>]*>""", "", page, flags=re.I)
    page = re.sub(r"""<script\b[^>]*\bsrc\s*=\s*["'](?:https?:)?//[^>]*>\s*</script>""", "", page, flags=re.I)
    page = re.sub(r"<center>\s*<h1>\s*</h1>\s*</center>", "", page)
    counts = Counter(kind.label for kind, _, _ in nodes.values())
    legend = "".join(
        f'<span class="kg-key"><i style="background:{k.color}"></i>'
        f"{html.escape(k.label)} {counts.get(k.label, 0)}</span>"
        for k in NODE_KINDS
    )
    note = f"{len(nodes)} 个节点, {len(edges)} 条边"
    if total > len(nodes):
        note += f" (共 {total} 个, 只画连接最多的 {len(nodes)} 个)"
    find = '<input id="kg-find" type="search" placeholder="查找 find…" title="Enter: next match">'
    bar = (f'<div class="kg-bar"><b>{html.escape(title)}</b>{legend}{find}'
           f'<span class="kg-note">{note}</span></div>')
    page = page.replace("<head>", f"<head>\n<title>{html.escape(title)}</title>", 1)
    page = page.replace("</head>", _STYLE + "</head>", 1)
    page = re.sub(r"<body>", lambda m: "<body>\n" + bar, page, count=1)
    page = page.replace("</body>", _STOP_PHYSICS + "</body>", 1)
    if not page.lstrip().lower().startswith("<!doctype"):
        page = "<!DOCTYPE html>\n" + page
    if _REMOTE.search(page):  # a pyvis upgrade that links something new must not slip through
        raise RuntimeError("graph.html would load a remote asset")
    return page


def write_html(graph: Graph, path: str | Path, *, max_nodes: int = MAX_NODES) -> None:
    """Write the page of ``graph`` to ``path``, atomically."""
    atomic_write(path, html_page(graph, max_nodes=max_nodes))
