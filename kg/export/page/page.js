// The explorer page: overview, search, neighbourhoods, side panel, filters.
// Every text of the input reaches the page through textContent or a canvas label, never as HTML.
(function () {
  "use strict";
  var D = JSON.parse(document.getElementById("kg-data").textContent);
  var E = D.entities, N = E.length, A = D.articles, T = D.types, R = D.relations;
  var NAME = 0, TYPE = 1, ALIASES = 2, NART = 3, NMENT = 4;
  var POST = 0, COMENTION_COLOR = "#b9b9b9", MAX_HOP1 = 40, MAX_NODES = 260;
  var $ = function (id) { return document.getElementById(id); };
  var FONT = window.getComputedStyle(document.body).fontFamily;

  // ---- indexes over the embedded data -------------------------------------------------
  var adj = [], articlesOf = [], mentionsOf = [], postsOf = [], keys = [], i, k;
  for (i = 0; i < N; i++) { adj.push([]); articlesOf.push([]); mentionsOf.push([]); postsOf.push([]); }
  for (k = 0; k < D.edges.length; k += 3) {
    var a = D.edges[k], rel = D.edges[k + 1], b = D.edges[k + 2];
    adj[a].push([b, rel, true, ""]);
    adj[b].push([a, rel, false, ""]);
  }
  D.posts.forEach(function (p) {
    postsOf[p[0]].push(p);
    if (p[2] >= 0) { adj[p[0]].push([p[2], POST, true, p[1]]); adj[p[2]].push([p[0], POST, false, p[1]]); }
  });
  var eventInfo = {};
  D.events.forEach(function (ev) { eventInfo[ev[0]] = ev; });
  D.mentioned.forEach(function (ents, art) { ents.forEach(function (e) { articlesOf[e].push(art); }); });
  for (k = 0; k < D.mentions.length; k += 5) { mentionsOf[D.mentions[k]].push(k); }
  for (i = 0; i < N; i++) {
    keys.push(("\u0001" + E[i][NAME] + "\u0001" + E[i][ALIASES].join("\u0001") + "\u0001").toLowerCase());
  }

  // ---- filters ------------------------------------------------------------------------
  var typeOn = T.map(function () { return true; });
  var F = { from: "", to: "", publisher: "", article: -1 };
  function dateSpan(d) {  // "1998" -> whole year, "1998-03" -> whole month
    if (d.length === 4) { return [d + "-01-01", d + "-12-31"]; }
    if (d.length === 7) { return [d + "-01", d + "-31"]; }
    return [d.slice(0, 10), d.slice(0, 10)];
  }
  function articleFilterOn() { return F.from || F.to || F.publisher !== "" || F.article >= 0; }
  function articleOk(art) {
    if (F.article >= 0) { return art === F.article; }
    var row = A[art];
    if (F.publisher !== "" && String(row[3]) !== F.publisher) { return false; }
    if (F.from || F.to) {
      if (!row[1]) { return false; }
      var s = dateSpan(row[1]);
      if (F.from && s[1] < F.from) { return false; }
      if (F.to && s[0] > F.to) { return false; }
    }
    return true;
  }
  function inDates(d) {
    var s = dateSpan(d);
    return !(F.from && s[1] < F.from) && !(F.to && s[0] > F.to);
  }
  function entityOk(e) {
    if (!typeOn[E[e][TYPE]]) { return false; }
    if (!articleFilterOn()) { return true; }
    var ev = eventInfo[e];  // an event with a date of its own is kept or dropped by that date
    if (ev && ev[2] && (F.from || F.to) && !inDates(ev[2])) { return false; }
    return articlesOf[e].some(articleOk);
  }

  // ---- drawing --------------------------------------------------------------------------
  var nodes = new vis.DataSet(), edges = new vis.DataSet();
  var network = new vis.Network($("kg-graph"), { nodes: nodes, edges: edges }, {
    physics: { enabled: false },
    layout: { improvedLayout: false },
    interaction: { hover: true, tooltipDelay: 200, hideEdgesOnDrag: true },
    nodes: { font: { face: FONT, size: 15, strokeWidth: 4, strokeColor: "#ffffff" }, borderWidth: 1 },
    edges: { smooth: false, width: 1.2, arrows: { to: { enabled: true, scaleFactor: 0.45 } },
             font: { face: FONT, size: 11, color: "#555", strokeWidth: 3, align: "middle" } }
  });
  var view = { kind: "overview", center: -1, hops: 1 };

  function short(text, n) { return text.length <= n ? text : text.slice(0, n - 1) + "…"; }
  function nodeLabel(e, center) { return short(E[e][NAME], center ? 20 : 11); }
  function tooltip(e) {  // an element, not a string: vis-network shows it as is, so the text stays text
    var box = document.createElement("div");
    box.textContent = E[e][NAME] + " · " + T[E[e][TYPE]][1] + " · " + E[e][NART] + " 篇文章" +
      (E[e][ALIASES].length ? "\n又称 " + E[e][ALIASES].join("、") : "");
    box.style.whiteSpace = "pre-line";
    return box;
  }
  function nodeFor(e, x, y, center) {
    var t = T[E[e][TYPE]];
    return { id: e, label: nodeLabel(e, center), title: tooltip(e), x: x, y: y, shape: t[3], color: t[2],
             size: center ? 26 : Math.min(18, 9 + 2 * Math.log(1 + E[e][NART])),
             font: { size: center ? 24 : 17, bold: center } };
  }
  function relEdge(from, to, rel, label, withLabel) {
    var r = R[rel];
    return { id: "r" + from + ">" + to + ":" + rel + ":" + label, from: from, to: to, color: r[1],
             label: withLabel ? (label ? r[0] + " " + short(label, 10) : r[0]) : undefined, relation: rel };
  }
  function comentionEdge(from, to, n, withLabel) {
    return { id: "c" + Math.min(from, to) + "-" + Math.max(from, to), from: from, to: to,
             color: COMENTION_COLOR, dashes: true, arrows: { to: { enabled: false } },
             width: Math.min(1 + Math.log(n), 4), label: withLabel ? "同文×" + n : undefined, relation: -1 };
  }
  function draw(nodeList, edgeList, status) {
    var seen = {};
    edgeList = edgeList.filter(function (ed) { if (seen[ed.id]) { return false; } seen[ed.id] = 1; return true; });
    nodes.clear(); edges.clear();
    nodes.add(nodeList); edges.add(edgeList);
    network.fit({ animation: false });
    if (network.getScale() > 1.3) { network.moveTo({ scale: 1.3 }); }
    $("kg-status").textContent = status + " · 画出 " + nodeList.length + " 个节点";
    legend(edgeList);
  }
  function legend(edgeList) {
    var box = $("kg-legend"), used = {};
    box.textContent = "";
    edgeList.forEach(function (ed) { used[ed.relation] = 1; });
    T.forEach(function (t, ti) {
      var span = document.createElement("span"), dot = document.createElement("i");
      dot.style.background = t[2];
      span.appendChild(dot);
      span.appendChild(document.createTextNode(t[1] + " " + typeCount[ti]));
      box.appendChild(span);
    });
    R.forEach(function (r, ri) {
      if (!used[ri]) { return; }
      var span = document.createElement("span"), line = document.createElement("s");
      line.style.borderColor = r[1];
      span.appendChild(line);
      span.appendChild(document.createTextNode(r[0]));
      box.appendChild(span);
    });
    if (used[-1]) {
      var span = document.createElement("span"), line = document.createElement("s");
      line.style.borderColor = COMENTION_COLOR;
      line.style.borderTopStyle = "dashed";
      span.appendChild(line);
      span.appendChild(document.createTextNode("同文 (出现在同一篇文章)"));
      box.appendChild(span);
    }
  }
  var typeCount = T.map(function () { return 0; });
  E.forEach(function (e) { typeCount[e[TYPE]]++; });

  function overview() {
    var keep = view.kind === "overview" && view.panel;
    view = { kind: "overview", center: -1, hops: 1, panel: keep };
    $("kg-hops").disabled = true;
    var shown = {}, list = [];
    D.overview.forEach(function (o) {
      if (entityOk(o[0])) { shown[o[0]] = 1; list.push(nodeFor(o[0], o[1], o[2], false)); }
    });
    var eds = [];
    D.overviewEdges.forEach(function (w) {
      if (shown[w[0]] && shown[w[1]]) { eds.push(comentionEdge(w[0], w[1], w[2], false)); }
    });
    Object.keys(shown).forEach(function (s) {
      adj[+s].forEach(function (x) {
        if (x[2] && shown[x[0]]) { eds.push(relEdge(+s, x[0], x[1], x[3], false)); }
      });
    });
    draw(list, eds, "总览: 文章中出现最多的人物、机构、地点");
    if (!view.panel) { welcome(); }
  }

  // Entities in the same articles as e, most shared first: [[entity, count]].
  function comentions(e) {
    var count = {};
    articlesOf[e].forEach(function (art) {
      if (!articleOk(art)) { return; }
      D.mentioned[art].forEach(function (o) { if (o !== e) { count[o] = (count[o] || 0) + 1; } });
    });
    return Object.keys(count).map(function (o) { return [+o, count[o]]; })
      .filter(function (p) { return entityOk(p[0]); })
      .sort(function (x, y) { return y[1] - x[1] || E[y[0]][NART] - E[x[0]][NART] || x[0] - y[0]; });
  }
  function relNeighbours(e) {
    var out = {}, list = [];
    adj[e].forEach(function (x) {
      if (!entityOk(x[0]) || out[x[0]]) { return; }
      out[x[0]] = 1;
      list.push(x[0]);
    });
    // things before events: a person's posts and places stay in view when they attended a hundred meetings
    return list.sort(function (x, y) {
      return (eventInfo[x] ? 1 : 0) - (eventInfo[y] ? 1 : 0) || E[y][NART] - E[x][NART] || x - y;
    });
  }
  // Nodes go on a grid of CELL_W x CELL_H px cells, each in the free cells nearest the spot asked for and
  // as many cells wide as its label: no two labels overlap, so all can be read at zoom 1.
  var CELL_W = 60, CELL_H = 58;
  function Grid() { this.taken = {}; }
  Grid.prototype.place = function (e, x, y, center) {
    var label = nodeLabel(e, center), wide = Math.ceil((label.length * (center ? 25 : 18) + 12) / CELL_W);
    var cx = Math.round(x / CELL_W - wide / 2), cy = Math.round(y / CELL_H), best = null, k;
    for (var r = 0; r < 80 && (!best || r <= best[0] + 1); r++) {
      for (var dy = -r; dy <= r; dy++) {
        for (var dx = -r; dx <= r; dx++) {
          if (Math.max(Math.abs(dx), Math.abs(dy)) !== r) { continue; }
          var gx = cx + dx, gy = cy + dy, free = true;
          for (k = 0; k < wide && free; k++) { free = !this.taken[(gx + k) + "," + gy]; }
          if (!free) { continue; }
          var d = Math.pow((gx + wide / 2) * CELL_W - x, 2) + Math.pow(gy * CELL_H - y, 2);
          if (!best || d < best[1]) { best = [r, d, gx, gy]; }
        }
      }
    }
    for (k = 0; k < wide; k++) {
      this.taken[(best[2] + k) + "," + best[3]] = 1;
      if (center) { this.taken[(best[2] + k) + "," + (best[3] - 1)] = 1; this.taken[(best[2] + k) + "," + (best[3] + 1)] = 1; }
    }
    return nodeFor(e, (best[2] + wide / 2) * CELL_W, best[3] * CELL_H, center);
  };
  function around(j, count, radius, start) {  // the j-th of count spots on an ellipse as wide as a screen
    var ang = (start === undefined ? -Math.PI / 2 : start) + 2 * Math.PI * j / Math.max(count, 1);
    return [1.6 * radius * Math.cos(ang), radius * Math.sin(ang), ang];
  }

  function focus(e, hops) {
    if (hops === undefined) { hops = view.kind === "focus" && view.center === e ? view.hops : 1; }
    view = { kind: "focus", center: e, hops: hops, panel: true };
    var hopsButton = $("kg-hops");
    hopsButton.disabled = false;
    hopsButton.textContent = hops === 2 ? "收起为一跳" : "展开两跳";
    var inView = {}, order = [], eds = [];
    inView[e] = 1;
    var allRels = relNeighbours(e), rels = allRels.slice(0, MAX_HOP1);
    rels.forEach(function (o) { inView[o] = 1; order.push(o); });
    var co = comentions(e).filter(function (p) { return !inView[p[0]]; }).slice(0, rels.length > 20 ? 8 : 14);
    co.forEach(function (p) { inView[p[0]] = 1; order.push(p[0]); eds.push(comentionEdge(e, p[0], p[1], true)); });
    var grid = new Grid(), list = [grid.place(e, 0, 0, true)], angle = {};
    order.forEach(function (o, j) {
      var at = around(j, order.length, 150);
      list.push(grid.place(o, at[0], at[1], false));
      angle[o] = at[2];
    });
    if (hops === 2) {
      var second = [];
      order.forEach(function (h) {
        if (list.length + second.length >= MAX_NODES) { return; }
        relNeighbours(h).slice(0, 6).forEach(function (o) {
          if (!inView[o]) { inView[o] = 1; second.push([o, h]); }
        });
        comentions(h).slice(0, 2).forEach(function (p) {
          if (!inView[p[0]]) { inView[p[0]] = 1; second.push([p[0], h]); eds.push(comentionEdge(h, p[0], p[1], false)); }
        });
      });
      second = second.slice(0, MAX_NODES - list.length);
      second.sort(function (x, y) { return angle[x[1]] - angle[y[1]] || x[0] - y[0]; });
      second.forEach(function (s, j) {
        var at = around(j, second.length, 380, angle[second[0][1]]);
        list.push(grid.place(s[0], at[0], at[1], false));
      });
    }
    var labelled = list.length <= 70;
    list.forEach(function (n) {
      adj[n.id].forEach(function (x) {
        if (x[2] && inView[x[0]]) {
          eds.push(relEdge(n.id, x[0], x[1], x[3], labelled || n.id === e || x[0] === e));
        }
      });
    });
    draw(list, eds, E[e][NAME] + " 的" + (hops === 2 ? "两跳" : "一跳") + "邻域" +
         (allRels.length > rels.length ? " (另有 " + (allRels.length - rels.length) + " 个关联见右侧)" : ""));
    network.selectNodes([e]);
    panel(e);
  }

  function showArticle(art) {
    view = { kind: "article", center: -1, hops: 1, panel: true };
    $("kg-hops").disabled = true;
    var ents = D.mentioned[art].filter(function (e) { return typeOn[E[e][TYPE]]; });
    ents.sort(function (x, y) { return E[x][TYPE] - E[y][TYPE] || E[y][NART] - E[x][NART] || x - y; });
    var grid = new Grid(), inView = {};
    var list = ents.map(function (e, j) {
      var at = around(j, ents.length, 60 + 8 * ents.length);
      inView[e] = 1;
      return grid.place(e, at[0], at[1], false);
    });
    var eds = [];
    ents.forEach(function (e) {
      adj[e].forEach(function (x) { if (x[2] && inView[x[0]]) { eds.push(relEdge(e, x[0], x[1], x[3], true)); } });
    });
    draw(list, eds, "文章: " + short(A[art][0] || A[art][2], 30));
    articlePanel(art);
  }

  // ---- the side panel -----------------------------------------------------------------
  var P = $("kg-panel");
  function el(tag, text, cls) {
    var x = document.createElement(tag);
    if (text !== undefined && text !== null) { x.textContent = text; }
    if (cls) { x.className = cls; }
    return x;
  }
  function link(e) {
    var x = el("a", E[e][NAME]);
    x.title = T[E[e][TYPE]][1] + (E[e][ALIASES].length ? " · 又称 " + E[e][ALIASES].join("、") : "");
    x.addEventListener("click", function () { focus(e, 1); });
    return x;
  }
  function articleLink(art) {
    var x = el("a", A[art][0] || A[art][2]);
    x.addEventListener("click", function () { showArticle(art); });
    return x;
  }
  function section(title) { P.appendChild(el("h3", title)); var ul = el("ul"); P.appendChild(ul); return ul; }
  function item(ul, parts) {
    var li = el("li");
    parts.forEach(function (p) { li.appendChild(typeof p === "string" ? document.createTextNode(p) : p); });
    ul.appendChild(li);
    return li;
  }
  function badge(e) {
    var t = T[E[e][TYPE]], x = el("span", t[1], "kg-badge");
    x.style.background = t[2];
    return x;
  }
  function dateOf(art) { return A[art][1] || ""; }
  function welcome() {
    P.textContent = "";
    P.appendChild(el("h2", "这张图里有什么"));
    var ul = section("按类型");
    T.forEach(function (t, ti) { item(ul, [t[1] + ": " + typeCount[ti]]); });
    item(ul, ["文章: " + A.length]);
    P.appendChild(el("p", "在上方搜索框输入名称或别名, 选中结果即可查看它的邻域、职务、事件、文章和原文句子。" +
      "单击节点查看详情, 双击节点以它为中心。", "kg-muted"));
  }

  function panel(e) {
    P.textContent = "";
    P.scrollTop = 0;
    var h = el("h2");
    h.appendChild(badge(e));
    h.appendChild(document.createTextNode(E[e][NAME]));
    P.appendChild(h);
    if (E[e][ALIASES].length) { P.appendChild(el("div", "又称: " + E[e][ALIASES].join("、"), "kg-sub")); }
    P.appendChild(el("div", E[e][NART] + " 篇文章 · " + E[e][NMENT] + " 处提及", "kg-sub"));
    if (view.center !== e) {
      var go = el("a", "以此为中心 →");
      go.addEventListener("click", function () { focus(e, 1); });
      P.appendChild(go);
    }
    var byRel = {};
    adj[e].forEach(function (x) {
      var key = x[1] + (x[2] ? ">" : "<");
      (byRel[key] = byRel[key] || []).push(x);
    });
    if (eventInfo[e]) {
      var ev = eventInfo[e], ul = section("事件");
      if (ev[1]) { item(ul, ["类型: " + ev[1]]); }
      if (ev[2]) { item(ul, ["日期: " + ev[2] + (ev[3] && ev[3] !== ev[2] ? " 至 " + ev[3] : "")]); }
      [["位于", ">", "地点"], ["主办", "<", "主办"], ["主持", "<", "主持"], ["出席", "<", "出席"]].forEach(function (w) {
        var rel = R.findIndex(function (r) { return r[0] === w[0]; }), got = byRel[rel + w[1]];
        if (!got) { return; }
        var li = item(ul, [w[2] + ": "]);
        got.forEach(function (x, j) { if (j) { li.appendChild(document.createTextNode("、")); } li.appendChild(link(x[0])); });
        delete byRel[rel + w[1]];
      });
    }
    if (postsOf[e].length) {
      var pl = section("职务");
      postsOf[e].forEach(function (p) { item(pl, p[2] >= 0 ? [p[1] + " · ", link(p[2])] : [p[1]]); });
      delete byRel[POST + ">"];
    }
    var evs = [];
    Object.keys(byRel).forEach(function (key) {
      byRel[key].forEach(function (x) { if (eventInfo[x[0]]) { evs.push(x); } });
    });
    if (evs.length) {
      var el2 = section("参与的事件");
      evs.sort(function (x, y) { return (eventInfo[x[0]][2] || "").localeCompare(eventInfo[y[0]][2] || "") || x[0] - y[0]; });
      evs.forEach(function (x) {
        var info = eventInfo[x[0]], place = adj[x[0]].filter(function (y) { return y[2] && R[y[1]][0] === "位于"; });
        var parts = [R[x[1]][0] + " ", link(x[0])];
        var sub = [info[1], info[2]].filter(Boolean).join(" · ");
        if (place.length) { sub += (sub ? " · " : "") + E[place[0][0]][NAME]; }
        if (sub) { parts.push(el("span", " " + sub, "kg-sub")); }
        item(el2, parts);
      });
    }
    var other = [];
    Object.keys(byRel).forEach(function (key) {
      byRel[key].forEach(function (x) { if (!eventInfo[x[0]]) { other.push(x); } });
    });
    if (other.length) {
      var rl = section("关系");
      other.slice(0, 60).forEach(function (x) {
        var r = R[x[1]][0] + (x[3] ? " " + x[3] : "");
        item(rl, x[2] ? [r + " → ", link(x[0])] : [link(x[0]), " " + r + " → 本项"]);
      });
      if (other.length > 60) { item(rl, ["… 共 " + other.length + " 条"]); }
    }
    var co = comentions(e).slice(0, 10);
    if (co.length) {
      var cl = section("常一起出现");
      co.forEach(function (p) { item(cl, [link(p[0]), el("span", " 同文 " + p[1] + " 篇", "kg-sub")]); });
    }
    var arts = articlesOf[e].filter(articleOk);
    if (arts.length) {
      var al = section("文章 (" + arts.length + ")");
      arts.slice().sort(function (x, y) { return dateOf(x).localeCompare(dateOf(y)) || x - y; }).slice(0, 50)
        .forEach(function (art) {
          var sub = [dateOf(art), A[art][3] >= 0 ? D.publishers[A[art][3]] : ""].filter(Boolean).join(" · ");
          item(al, [articleLink(art), el("span", sub ? " " + sub : "", "kg-sub")]);
        });
      if (arts.length > 50) { item(al, ["… 另有 " + (arts.length - 50) + " 篇"]); }
    }
    var ms = mentionsOf[e].filter(function (m) { return articleOk(D.mentions[m + 1]); });
    if (ms.length) {
      P.appendChild(el("h3", "原文句子 (" + ms.length + (E[e][NMENT] > ms.length ? ", 共 " + E[e][NMENT] + " 处提及" : "") + ")"));
      ms.forEach(function (m) { P.appendChild(sentence(m)); });
    }
  }
  function sentence(m) {
    var M = D.mentions, art = M[m + 1], text = D.snippets[M[m + 2]];
    var q = el("blockquote");
    var s = el("div");
    s.appendChild(document.createTextNode(text.slice(0, M[m + 3]).replace(/\s+/g, " ")));
    s.appendChild(el("mark", text.slice(M[m + 3], M[m + 4])));
    s.appendChild(document.createTextNode(text.slice(M[m + 4]).replace(/\s+/g, " ")));
    q.appendChild(s);
    var cap = el("div", "", "kg-sub");
    cap.appendChild(articleLink(art));
    if (dateOf(art)) { cap.appendChild(document.createTextNode(" · " + dateOf(art))); }
    q.appendChild(cap);
    return q;
  }
  function articlePanel(art) {
    P.textContent = "";
    P.scrollTop = 0;
    P.appendChild(el("h2", A[art][0] || A[art][2]));
    var sub = [A[art][1], A[art][3] >= 0 ? D.publishers[A[art][3]] : "", A[art][2]].filter(Boolean).join(" · ");
    P.appendChild(el("div", sub, "kg-sub"));
    var only = el("a", F.article === art ? "" : "只看这篇文章 (筛选)");
    only.addEventListener("click", function () { setArticleFilter(art); });
    P.appendChild(only);
    T.forEach(function (t, ti) {
      var ents = D.mentioned[art].filter(function (e) { return E[e][TYPE] === ti; });
      if (!ents.length) { return; }
      var h = el("h3", t[1] + " (" + ents.length + ")");
      P.appendChild(h);
      var p = el("div");
      ents.forEach(function (e, j) { if (j) { p.appendChild(document.createTextNode("、")); } p.appendChild(link(e)); });
      P.appendChild(p);
    });
  }

  // ---- search -------------------------------------------------------------------------
  var box = $("kg-search"), results = $("kg-results"), hits = [], at = 0;
  function search(query) {
    var q = query.trim().toLowerCase();
    if (!q) { return []; }
    var found = [], needle = "\u0001" + q + "\u0001";
    for (var e = 0; e < N; e++) {
      if (!typeOn[E[e][TYPE]]) { continue; }
      var key = keys[e], p = key.indexOf(q);
      if (p < 0) { continue; }
      var name = E[e][NAME].toLowerCase();
      var score = name === q ? 0 : key.indexOf(needle) >= 0 ? 1 : name.indexOf(q) === 0 ? 2 : 3;
      found.push([score, -E[e][NART], e]);
    }
    found.sort(function (x, y) { return x[0] - y[0] || x[1] - y[1] || x[2] - y[2]; });
    return found.slice(0, 30).map(function (f) { return f[2]; });
  }
  // Articles whose headline holds the query, after the entities: as -1 - index, to keep one list of hits.
  function searchArticles(query) {
    var q = query.trim().toLowerCase(), found = [];
    if (q.length < 2) { return found; }
    for (var art = 0; art < A.length && found.length < 10; art++) {
      if (A[art][0].toLowerCase().indexOf(q) >= 0 && articleOk(art)) { found.push(-1 - art); }
    }
    return found;
  }
  function allHits(query) { return search(query).concat(searchArticles(query)); }
  function showResults() {
    results.textContent = "";
    hits.forEach(function (e, j) {
      var li = el("li");
      if (j === at) { li.className = "kg-on"; }
      if (e < 0) {
        var art = -1 - e, tag = el("span", "文章", "kg-badge");
        tag.style.background = "#8c8c8c";
        li.appendChild(tag);
        li.appendChild(el("span", A[art][0]));
        li.appendChild(el("span", [A[art][1], A[art][2]].filter(Boolean).join(" · "), "kg-sub"));
        li.addEventListener("mousedown", function (ev) { ev.preventDefault(); choose(e); });
        results.appendChild(li);
        return;
      }
      li.appendChild(badge(e));
      li.appendChild(el("span", E[e][NAME]));
      var sub = (E[e][ALIASES].length ? "又称 " + E[e][ALIASES].join("、") + " · " : "") + E[e][NART] + " 篇";
      li.appendChild(el("span", sub, "kg-sub"));
      li.addEventListener("mousedown", function (ev) { ev.preventDefault(); choose(e); });
      results.appendChild(li);
    });
    if (!hits.length && box.value.trim()) { results.appendChild(el("li", "没有找到 " + box.value.trim(), "kg-sub")); }
    results.hidden = !box.value.trim();
  }
  function choose(e) {
    results.hidden = true;
    box.blur();
    if (e < 0) { showArticle(-1 - e); } else { focus(e, 1); }
  }
  box.addEventListener("input", function () { hits = allHits(box.value); at = 0; showResults(); });
  box.addEventListener("focus", function () { if (box.value.trim()) { showResults(); } });
  box.addEventListener("blur", function () { results.hidden = true; });
  box.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") {
      hits = hits.length ? hits : allHits(box.value);
      if (hits.length) { choose(hits[Math.min(at, hits.length - 1)]); }
      ev.preventDefault();
    } else if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
      at = Math.max(0, Math.min(hits.length - 1, at + (ev.key === "ArrowDown" ? 1 : -1)));
      showResults();
      ev.preventDefault();
    } else if (ev.key === "Escape") {
      results.hidden = true;
    }
  });

  // ---- filters and buttons --------------------------------------------------------------
  function redraw() {
    if (view.kind === "focus") { focus(view.center, view.hops); } else if (view.kind === "overview") { overview(); }
  }
  T.forEach(function (t, ti) {
    var label = el("label"), check = el("input");
    check.type = "checkbox";
    check.checked = true;
    check.addEventListener("change", function () { typeOn[ti] = check.checked; redraw(); });
    label.appendChild(check);
    var dot = el("span", "■ ");
    dot.style.color = t[2];
    label.appendChild(dot);
    label.appendChild(document.createTextNode(t[1]));
    $("kg-types").appendChild(label);
  });
  var dates = A.map(function (r) { return r[1]; }).filter(function (d) { return d; }).sort();
  if (dates.length) {
    [$("kg-from"), $("kg-to")].forEach(function (inp) {
      inp.min = dateSpan(dates[0])[0];
      inp.max = dateSpan(dates[dates.length - 1])[1];
    });
  }
  $("kg-from").addEventListener("change", function () { F.from = this.value; redraw(); });
  $("kg-to").addEventListener("change", function () { F.to = this.value; redraw(); });
  D.publishers.forEach(function (p, j) { var o = el("option", p); o.value = String(j); $("kg-publisher").appendChild(o); });
  $("kg-publisher").addEventListener("change", function () { F.publisher = this.value; redraw(); });
  function setArticleFilter(art) {
    F.article = art;
    $("kg-article-filter").hidden = art < 0;
    $("kg-article-name").textContent = art >= 0 ? short(A[art][0] || A[art][2], 24) : "";
    if (art >= 0) { showArticle(art); } else { redraw(); }
  }
  $("kg-article-clear").addEventListener("click", function () { setArticleFilter(-1); });
  $("kg-overview").addEventListener("click", function () { view.panel = false; overview(); });
  $("kg-hops").addEventListener("click", function () {
    if (view.kind === "focus") { focus(view.center, view.hops === 2 ? 1 : 2); }
  });
  network.on("click", function (p) {
    if (p.nodes.length) {
      if (view.kind === "focus" && p.nodes[0] === view.center) { return; }
      view.panel = true;
      panel(p.nodes[0]);
    }
  });
  network.on("doubleClick", function (p) { if (p.nodes.length) { focus(p.nodes[0], 1); } });

  // ---- start: the overview, or the entity the page was made for --------------------------
  var start = -1;
  if (typeof D.focus === "string") {
    var want = search(D.focus);
    if (want.length && keys[want[0]].indexOf("\u0001" + D.focus.toLowerCase() + "\u0001") >= 0) { start = want[0]; }
  }
  if (start >= 0) { focus(start, 1); } else { overview(); }
  // when the page became usable, in ms from the start of navigation (read by tests and users' scripts)
  document.documentElement.setAttribute("data-kg-ready", String(Math.round(performance.now())));
}());
