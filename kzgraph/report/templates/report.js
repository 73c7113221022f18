"use strict";
// kzgraph report: renders the fact tables, the event list, the claims and the person panel
// from the JSON data block. Data only ever becomes text nodes (textContent), never markup.
(function () {
  var D = JSON.parse(document.getElementById("kz-data").textContent);
  var S = D.strings;
  var KINDS = {};
  D.kinds.forEach(function (k) { KINDS[k.name] = k; });

  function el(tag, attrs) {
    var node = document.createElement(tag);
    if (attrs) Object.keys(attrs).forEach(function (key) {
      if (key === "text") node.textContent = attrs[key];
      else if (key === "cls") node.className = attrs[key];
      else node.setAttribute(key, attrs[key]);
    });
    for (var i = 2; i < arguments.length; i++) {
      var child = arguments[i];
      if (child === null || child === undefined) continue;
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    }
    return node;
  }
  function value(kind, row, column) {
    var i = kind.columns.indexOf(column);
    return i < 0 ? "" : S[row[0][i]];
  }
  // The evidence sentence with the participants in <mark>: offsets come from the report builder.
  function sentence(kind, row) {
    var text = value(kind, row, "sentence"), marks = row[6], span = el("span", {cls: "sentence"}), at = 0;
    for (var i = 0; i + 1 < marks.length; i += 2) {
      if (marks[i] > at) span.appendChild(document.createTextNode(text.slice(at, marks[i])));
      span.appendChild(el("mark", {text: text.slice(marks[i], marks[i + 1])}));
      at = marks[i + 1];
    }
    if (at < text.length) span.appendChild(document.createTextNode(text.slice(at)));
    return span;
  }
  function pager(box, page, pages, total, go) {
    box.textContent = "";
    if (pages <= 1) { box.appendChild(el("span", {text: total + (total === 1 ? " entry" : " entries")})); return; }
    var prev = el("button", {type: "button", text: "‹ Previous"}), next = el("button", {type: "button", text: "Next ›"});
    prev.disabled = page === 0; next.disabled = page >= pages - 1;
    prev.onclick = function () { go(page - 1); }; next.onclick = function () { go(page + 1); };
    box.appendChild(prev);
    box.appendChild(el("span", {text: "page " + (page + 1) + " of " + pages + " (" + total + " entries)"}));
    box.appendChild(next);
  }
  function confidence(row) {
    if (!row[5]) return el("span", {text: "–"});
    var c = parseFloat(row[5]);
    return el("span", {}, row[5], el("span", {cls: "meter", "aria-hidden": "true"},
      el("span", {style: "width:" + Math.round(c * 100) + "%"})));
  }

  // The row as one line from the type's summary pattern (as FactKind.describe in kinds.py):
  // {column} is the row's value, [...] is left out when a column inside it is empty.
  function describe(kind, row) {
    if (!kind.summary) {
      var names = kind.participants.map(function (c) { return value(kind, row, c); }).filter(Boolean);
      return names.length ? kind.label + ": " + names.join(", ") : kind.label;
    }
    var fill = function (text) { return text.replace(/\{(\w+)\}/g, function (_, c) { return value(kind, row, c); }); };
    return fill(kind.summary.replace(/\[([^\[\]]*)\]/g, function (_, inner) {
      var cols = (inner.match(/\{\w+\}/g) || []).map(function (m) { return m.slice(1, -1); });
      return cols.every(function (c) { return value(kind, row, c); }) ? inner : "";
    }));
  }

  // -- timeline list ----------------------------------------------------------------------
  var events = [];
  D.kinds.forEach(function (k) {
    if (!k.timeline) return;
    D.rows[k.name].forEach(function (row) { events.push({kind: k, row: row}); });
  });
  events.sort(function (a, b) { return a.row[1] - b.row[1]; });
  var shownKinds = {};
  function renderTimeline(page) {
    var list = document.getElementById("timeline-list"), size = 40;
    var items = events.filter(function (e) { return shownKinds[e.kind.name]; });
    var pages = Math.max(1, Math.ceil(items.length / size));
    page = Math.min(Math.max(page, 0), pages - 1);
    list.textContent = "";
    items.slice(page * size, page * size + size).forEach(function (e) {
      var r = e.row;
      list.appendChild(el("li", {"data-kind": e.kind.name},
        el("span", {cls: "when", text: S[r[2]]}), el("span", {cls: "badge", text: S[r[3]]}),
        el("span", {cls: "badge kind", text: e.kind.label}),
        el("span", {cls: "what", text: describe(e.kind, r)}),
        el("span", {cls: "src", text: "article " + value(e.kind, r, "article")})));
    });
    if (!items.length) list.appendChild(el("li", {cls: "empty", text: "No events of the chosen types."}));
    pager(document.getElementById("timeline-pager"), page, pages, items.length, renderTimeline);
  }
  var controls = document.getElementById("timeline-controls");
  D.kinds.forEach(function (k) {
    if (!k.timeline || !D.rows[k.name].length) return;
    shownKinds[k.name] = true;
    var box = el("input", {type: "checkbox", checked: "checked", "data-kind": k.name});
    box.onchange = function () { shownKinds[k.name] = box.checked; renderTimeline(0); };
    controls.appendChild(el("label", {}, box, k.label + " (" + D.rows[k.name].length + ")"));
  });
  renderTimeline(0);

  // -- conflicting figures ------------------------------------------------------------------
  var figures = KINDS["arrest-figures"];
  function renderClaims(page) {
    var box = document.getElementById("claims"), size = 12, groups = [], byLabel = {};
    if (!figures) return;
    D.rows[figures.name].forEach(function (r) {
      var key = S[r[2]] + "\u0000" + S[r[3]];
      if (!byLabel[key]) { byLabel[key] = {label: S[r[2]], precision: S[r[3]], rows: []}; groups.push(byLabel[key]); }
      byLabel[key].rows.push(r);
    });
    groups.sort(function (a, b) { return a.rows[0][1] - b.rows[0][1]; });
    var pages = Math.max(1, Math.ceil(groups.length / size));
    page = Math.min(Math.max(page, 0), pages - 1);
    box.textContent = "";
    groups.slice(page * size, page * size + size).forEach(function (g) {
      var side = el("div", {cls: "side"}), most = 24;
      g.rows.slice(0, most).forEach(function (r) {
        var by = value(figures, r, "reported_by");
        side.appendChild(el("div", {cls: "claim-card claim", "data-count": value(figures, r, "count")},
          el("div", {}, el("span", {cls: "qual", text: value(figures, r, "qualifier")}),
             el("span", {cls: "value", text: Number(value(figures, r, "count")).toLocaleString("en")}),
             " arrests"),
          el("div", {}, el("span", {cls: "by", text: by || "source not named"}),
             el("span", {cls: "src", text: " · article " + value(figures, r, "article")})),
          el("div", {cls: "sentence"}, sentence(figures, r))));
      });
      if (g.rows.length > most) {
        side.appendChild(el("p", {cls: "note", text: "… and " + (g.rows.length - most) +
          " more claims dated " + g.label + ": see the table Arrest figures below."}));
      }
      box.appendChild(el("div", {cls: "period"},
        el("div", {cls: "period-label", text: g.label}, el("small", {text: g.precision + " · " + g.rows.length + " claim(s)"})),
        side));
    });
    pager(document.getElementById("claims-pager"), page, pages, groups.length, renderClaims);
  }
  renderClaims(0);

  // -- fact tables --------------------------------------------------------------------------
  function factTable(k) {
    var rows = D.rows[k.name], size = 15, state = {page: 0, search: "", article: "", min: 0};
    var shown = k.columns.filter(function (c) { return c !== "sentence" && c !== "article"; });
    var section = el("div", {cls: "fact-table", id: "table-" + k.name});
    var note = k.shown < k.total ? " — showing " + k.shown + " of " + k.total +
      " rows (" + (k.total - k.kept) + " left out by the report's filters" +
      (k.shown < k.kept ? ", " + (k.kept - k.shown) + " past the row limit" : "") + "; all: kzgraph query " + k.query + ")" : "";
    section.appendChild(el("h3", {text: k.label + " (" + k.total + ")" + note}));
    if (!rows.length) { section.appendChild(el("p", {cls: "empty", text: "No rows."})); return section; }
    var search = el("input", {type: "search", placeholder: "Search names, offices, sentences…", "aria-label": "Search " + k.label});
    var article = el("select", {"aria-label": "Article"}, el("option", {value: "", text: "all articles"}));
    var arts = {};
    rows.forEach(function (r) { arts[value(k, r, "article")] = true; });
    Object.keys(arts).sort().forEach(function (a) { article.appendChild(el("option", {value: a, text: a})); });
    var min = el("select", {"aria-label": "Minimum confidence"});
    [0, 0.5, 0.7, 0.8, 0.9].forEach(function (v) { min.appendChild(el("option", {value: v, text: v ? "confidence ≥ " + v : "any confidence"})); });
    section.appendChild(el("div", {cls: "controls"}, search, article, min));
    var head = el("tr", {});
    shown.concat(["evidence", "article", "rule", "confidence"]).forEach(function (c) { head.appendChild(el("th", {scope: "col", text: c.replace("_", " ")})); });
    var body = el("tbody", {}), pagerBox = el("div", {cls: "pager"});
    section.appendChild(el("div", {cls: "scroll"}, el("table", {}, el("thead", {}, head), body)));
    section.appendChild(pagerBox);
    function matches(r) {
      if (state.article && value(k, r, "article") !== state.article) return false;
      if (state.min && !(parseFloat(r[5]) >= state.min)) return false;
      if (!state.search) return true;
      var hay = r[0].map(function (i) { return S[i]; }).join(" ") + " " + S[r[4]];
      return hay.toLowerCase().indexOf(state.search) >= 0;
    }
    function render(page) {
      var items = rows.filter(matches), pages = Math.max(1, Math.ceil(items.length / size));
      state.page = Math.min(Math.max(page, 0), pages - 1);
      body.textContent = "";
      items.slice(state.page * size, state.page * size + size).forEach(function (r) {
        var tr = el("tr", {});
        shown.forEach(function (c) { tr.appendChild(el("td", {cls: c === "count" ? "num" : "", text: value(k, r, c)})); });
        tr.appendChild(el("td", {cls: "evidence"}, sentence(k, r)));
        tr.appendChild(el("td", {cls: "article", text: value(k, r, "article")}));
        tr.appendChild(el("td", {cls: "rulecell"}, el("span", {cls: "rule", text: S[r[4]] || "–"})));
        tr.appendChild(el("td", {cls: "num conf"}, confidence(r)));
        body.appendChild(tr);
      });
      pager(pagerBox, state.page, pages, items.length, render);
    }
    search.oninput = function () { state.search = search.value.trim().toLowerCase(); render(0); };
    article.onchange = function () { state.article = article.value; render(0); };
    min.onchange = function () { state.min = parseFloat(min.value); render(0); };
    render(0);
    return section;
  }
  var tables = document.getElementById("fact-tables");
  D.kinds.forEach(function (k) { tables.appendChild(factTable(k)); });

  // -- person panel -------------------------------------------------------------------------
  function showPerson(name) {
    var panel = document.getElementById("person-panel");
    panel.textContent = "";
    document.querySelectorAll("svg .node").forEach(function (n) {
      n.classList.toggle("selected", n.getAttribute("data-name") === name);
    });
    panel.appendChild(el("h3", {text: name}));
    var offices = D.offices.filter(function (o) { return S[o[0]] === name; });
    if (offices.length) {
      var seen = {}, list = el("ul", {cls: "offices"});
      offices.forEach(function (o) {
        if (seen[S[o[1]]]) return; seen[S[o[1]]] = true;
        list.appendChild(el("li", {text: S[o[1]]}));
      });
      panel.appendChild(el("h4", {text: "Offices"})); panel.appendChild(list);
    }
    var count = 0;
    D.kinds.forEach(function (k) {
      var mine = D.rows[k.name].filter(function (r) {
        return k.participants.some(function (c) { return value(k, r, c) === name; });
      });
      if (!mine.length) return;
      count += mine.length;
      var list = el("ul", {});
      mine.forEach(function (r) {
        list.appendChild(el("li", {cls: "person-fact"}, el("strong", {text: describe(k, r)}), " ",
          el("span", {cls: "badge", text: S[r[2]]}), el("br"), sentence(k, r),
          el("span", {cls: "src", text: " (article " + value(k, r, "article") + ")"})));
      });
      panel.appendChild(el("h4", {text: k.label + " (" + mine.length + ")"}));
      panel.appendChild(list);
    });
    if (!count && !offices.length) panel.appendChild(el("p", {cls: "empty", text: "No facts name " + name + "."}));
  }
  document.querySelectorAll("svg .node").forEach(function (node) {
    function pick() { var name = node.getAttribute("data-name"); showPerson(name);
      try { history.replaceState(null, "", "#person=" + encodeURIComponent(name)); } catch (e) { /* file: URL policies */ }
    }
    node.addEventListener("click", pick);
    node.addEventListener("keydown", function (e) { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); pick(); } });
  });
  var hash = /^#person=(.*)$/.exec(location.hash);
  if (hash) showPerson(decodeURIComponent(hash[1]));
  document.documentElement.setAttribute("data-rendered", "yes");
})();
