/* geoconflict map runtime, part 2: incident marks, counts where they crowd, stops, popups.
 *
 * The incidents arrive as packed columns (geoconflict/maps/incident_pack.py). Small
 * maps draw every incident; past opts.clusterThreshold the marks that would crowd on
 * screen (one grid cell of CELL px) are drawn as one count with its deaths, and single
 * incidents appear as the reader zooms in. Marks live in the "gcMarks" pane, above
 * every fill. Popups are built on click from text nodes.
 */
(function () {
  "use strict";
  var GC = window.GC, el = GC.el, add = GC.add;
  var CELL = 56, SINGLE_ZOOM = 14;

  function radius(best, o) {           // area proportional to best fatalities
    var b = best > 0 ? best : 0;
    return Math.max(o.minRadius, o.scale * Math.sqrt(b));
  }
  GC.radius = radius;

  // ---------------------------------------------------------------- decoding
  function decode(d, opts) {
    var S = d.S, n = d.n, x = 0, y = 0, day = 0, items = new Array(n);
    for (var k = 0; k < n; k++) {
      x += d.x[k]; y += d.y[k]; day += d.d0[k];
      var lat = y / 1e5, lon = x / 1e5, et = S[d.et[k]];
      var sin = Math.sin(lat * Math.PI / 180);
      items[k] = { k: k, id: null, x: x, y: y, lat: lat, lon: lon, d0: day, d1: day + d.dd[k],
        et: et, color: opts.colors[et] || opts.otherColor, best: d.fb[k] || 0,
        sg: d.sg[k] >= 0 ? S[d.sg[k]] : null, differ: d.dk[k] !== 0, shown: true,
        // Web Mercator in [0, 1] (cheap screen positions at any zoom)
        mx: (lon + 180) / 360, my: 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI) };
    }
    return items;
  }
  GC.row = function (k) {             // one incident's popup fields, from the columns
    var d = GC.cols, S = d.S, s = function (i) { return i >= 0 ? S[i] : ""; };
    var it = GC.items[k], a = GC.isoDay(it.d0), b = GC.isoDay(it.d1);
    return { id: d.id[k], title: d.t[k], dates: d.dl[k] >= 0 ? S[d.dl[k]] : a === b ? a : a + " \u2013 " + b,
      et: S[d.et[k]], st: s(d.st[k]),
      actors: d.a[k].map(s), fatalities: s(d.fl[k]), injured: s(d.il[k]), sg: s(d.sg[k]),
      ss: s(d.ss[k]), differ: d.dk[k] ? d.dk[k].map(s) : [], verification: s(d.v[k]),
      notes: d.nt ? d.nt[k] : "", stops: GC.stops(k),
      reports: d.r[k].map(function (r) {
        return { outlet: s(r[0]), title: r[1], date: r[2], url: r[3],
          claims: r[4].map(function (c) { return [s(c[0]), s(c[1])]; }) };
      }) };
  };
  GC.stops = function (k) {
    var d = GC.cols, st = d.s[k], it = GC.items[k];
    if (!st) return null;
    var pts = GC.run(st[1], it.x, it.y), S = d.S;
    return { route: st[0] === 1, points: pts, labels: pts.map(function (p, n) {
      return [st[2][n], st[3][n], st[4][n]].filter(function (i) { return i >= 0; })
        .map(function (i) { return S[i]; }).join(" \u00b7 ");
    }) };
  };

  // ---------------------------------------------------------------- marks of one incident
  function arrowIcon(angle, color) {
    var d = el("div", "gc-arrow", "\u27a4");
    d.style.transform = "rotate(" + angle.toFixed(1) + "deg)";
    d.style.color = color;
    return L.divIcon({ html: d, className: "gc-arrow-icon", iconSize: [14, 14] });
  }
  function stopIcon(n, color) {
    var d = el("div", "gc-stop", n);
    d.style.borderColor = color;
    // beside the stop (up and right), so the incident's own circle stays in sight
    return L.divIcon({ html: d, className: "gc-stop-icon", iconSize: [18, 18], iconAnchor: [-3, 21] });
  }
  function stopLayers(it, renderer) {
    var st = GC.stops(it.k), out = [], crs = GC.map.options.crs;
    if (!st) return out;
    var pts = st.points, color = it.color;
    if (st.route) {
      out.push(L.polyline(pts, { color: color, weight: 3, opacity: 0.9, lineCap: "round",
        className: "gc-path", interactive: false, renderer: renderer }));
    }
    pts.forEach(function (p, k) {
      if (st.route && k + 1 < pts.length) {
        var a = crs.latLngToPoint(L.latLng(p), 0), b = crs.latLngToPoint(L.latLng(pts[k + 1]), 0);
        var mid = [(p[0] + pts[k + 1][0]) / 2, (p[1] + pts[k + 1][1]) / 2];
        out.push(L.marker(mid, { icon: arrowIcon(Math.atan2(b.y - a.y, b.x - a.x) * 180 / Math.PI,
          color), interactive: false, keyboard: false }));
      }
      var tip = el("span", null, (st.route ? (k + 1) + ". " : "") + st.labels[k]);
      var m;
      if (st.route) {
        out.push(L.circleMarker(p, { radius: 3, color: "#333", weight: 1, fillColor: color,
          fillOpacity: 1, className: "gc-route-stop", renderer: renderer, interactive: false }));
        m = L.marker(p, { icon: stopIcon(k + 1, color), keyboard: false });
      } else {                        // several sites of one event: linked to its mark
        out.push(L.polyline([[it.lat, it.lon], p], { color: color, weight: 1.5, opacity: 0.8,
          dashArray: "2 3", interactive: false, className: "gc-stop-link", renderer: renderer }));
        m = L.circleMarker(p, { radius: 5, color: "#333", weight: 1, fillColor: color,
          fillOpacity: 0.9, className: "gc-site", renderer: renderer });
      }
      m.bindTooltip(tip, { direction: "top" });
      m.gcItem = it;
      out.push(m);
    });
    return out;
  }
  function itemLayers(it) {
    if (it.layers) return it.layers;
    var o = GC.opts, r = radius(it.best, o);
    var marker = L.circleMarker([it.lat, it.lon], {
      radius: r, color: it.differ ? "#111" : "#333", weight: it.differ ? 2 : 1,
      dashArray: it.differ ? "3 2" : null, fillColor: it.color, fillOpacity: 0.85,
      className: "gc-incident", renderer: GC.renderer });
    marker.gcItem = it;
    it.marker = marker;
    it.layers = stopLayers(it, GC.renderer).concat([marker]);
    return it.layers;
  }

  // ---------------------------------------------------------------- the layer
  GC.incidentLayer = function (map, id, opts) {
    GC.timings.incidentsStart = performance.now();
    GC.panes(map);
    var group = L.featureGroup();
    GC.map = map; GC.opts = opts; GC.layers.incidents = group;
    GC.load(id).then(function (d) {
      GC.timings.decoded = performance.now();
      GC.cols = d;
      // what only popups need is read once the map is drawn
      GC.detail = new Promise(function (done) { setTimeout(done, 0); }).then(function () {
        return GC.load(id.replace(/_data$/, "_detail"), true);
      }).then(function (more) {
        Object.keys(more).forEach(function (k) { d[k] = more[k]; });
        GC.items.forEach(function (it) { it.id = d.id[it.k]; });   // ids come with the texts
      });
      GC.items = decode(d, opts);
      var n = GC.items.length;
      GC.clustered = n > opts.clusterThreshold;
      GC.renderer = n > opts.canvasThreshold || GC.clustered
        ? L.canvas({ padding: 0.3, pane: "gcMarks" }) : L.svg({ padding: 0.3, pane: "gcMarks" });
      GC.drawn = [];
      group.on("click", function (e) {
        if (e.layer.gcItem) GC.openIncident(e.layer.gcItem.k);
        else if (e.layer.gcCluster) GC.zoomToCluster(e.layer.gcCluster);
      });
      map.on("moveend", function () { if (GC.clustered) GC.redraw(); });
      map.on("zoomend", function () { if (!GC.clustered) GC.spread(); });   // clustered: redraw spreads
      GC.groups = null;                 // made on the first spread (zoomed in, when clustered)
      group.on("add", function () { GC.redraw(); });
      GC.redraw();
      GC.timings.incidentsBuilt = performance.now();
    });
    return group;
  };

  // Incidents at one spot (the same region centre, say) would hide each other: the
  // largest stays on the spot, the others stand on a ring around it.
  function sameSpot(items) {
    var at = new Map(), groups = [];
    items.forEach(function (it) {
      var key = it.x * 4e7 + it.y, g = at.get(key);   // exact: |x| < 2e7, |y| < 1e7
      if (!g) at.set(key, g = []);
      g.push(it);
    });
    at.forEach(function (g) { if (g.length > 1) groups.push(g); });
    return groups;
  }
  GC.spread = function () {
    var map = GC.map;
    if (!GC.groups) GC.groups = sameSpot(GC.items);
    GC.groups.forEach(function (g) {
      var shown = g.filter(function (it) { return it.shown && it.marker; });
      if (shown.length < 2) { shown.forEach(function (it) { it.marker.setLatLng([it.lat, it.lon]); }); return; }
      var centre = map.latLngToLayerPoint([shown[0].lat, shown[0].lon]), rmax = 0;
      shown.slice(1).forEach(function (it) { rmax = Math.max(rmax, it.marker.getRadius()); });
      // the ring clears the centre's circle too, so every mark can be clicked
      var ring = Math.max(2 * rmax + 2, shown[0].marker.getRadius() + rmax + 2, 10), m = shown.length - 1;
      shown[0].marker.setLatLng([shown[0].lat, shown[0].lon]);
      shown.slice(1).forEach(function (it, i) {
        var a = -Math.PI / 2 + 2 * Math.PI * i / m;
        it.marker.setLatLng(map.layerPointToLatLng(centre.add([ring * Math.cos(a), ring * Math.sin(a)])));
      });
    });
  };

  // Draw what the filter and the view call for: every shown incident, or, when
  // clustered, counts for crowded cells and single incidents elsewhere.
  GC.redraw = function () {
    var group = GC.layers.incidents, map = GC.map;
    if (!group || !GC.items.length && !GC.cols) return;
    var want = [];
    GC.clusters = [];
    if (!GC.clustered) {
      GC.items.forEach(function (it) { if (it.shown) want.push.apply(want, itemLayers(it)); });
    } else {
      want = clusterLayers(map);
    }
    var keep = new Set(want);
    GC.drawn.forEach(function (l) { if (!keep.has(l)) group.removeLayer(l); });
    want.forEach(function (l) { if (!group.hasLayer(l)) group.addLayer(l); });
    GC.drawn = want;
    // incidents at one spot stand on a ring: always on a small map, on a clustered one
    // once single incidents are drawn (a district centre may hold hundreds)
    if (!GC.clustered || map.getZoom() >= SINGLE_ZOOM) GC.spread();
    if (GC.onRedraw) GC.onRedraw();
  };

  function clusterLayers(map) {
    var z = map.getZoom(), scale = 256 * Math.pow(2, z), size = map.getSize();
    var origin = map.getPixelBounds().min, pad = CELL * 2;
    var cells = new Map(), out = [];
    GC.items.forEach(function (it) {
      if (!it.shown) return;
      var px = it.mx * scale - origin.x, py = it.my * scale - origin.y;
      if (px < -pad || py < -pad || px > size.x + pad || py > size.y + pad) return;
      if (z >= SINGLE_ZOOM) { out.push.apply(out, itemLayers(it)); return; }
      var cx = Math.floor((it.mx * scale) / CELL), cy = Math.floor((it.my * scale) / CELL);
      var key = cx * 4e7 + cy, c = cells.get(key);      // exact: < 2^29 cells a side
      if (!c) cells.set(key, c = { items: [], deaths: 0, byType: {},
        centre: map.unproject([(cx + 0.5) * CELL, (cy + 0.5) * CELL], z) });
      c.items.push(it);
      c.deaths += it.best;
      c.byType[it.et] = (c.byType[it.et] || 0) + 1;
    });
    cells.forEach(function (c) {
      if (c.items.length === 1) { out.push.apply(out, itemLayers(c.items[0])); return; }
      out.push(clusterMark(c));
    });
    return out;
  }
  // A count sits at the centre of its grid cell (and is smaller than the cell), so two
  // counts never cover each other.
  function clusterMark(c) {
    var top = null;
    Object.keys(c.byType).sort().forEach(function (t) {
      if (top === null || c.byType[t] > c.byType[top]) top = t;
    });
    var n = c.items.length, d = Math.round(Math.min(CELL - 8, 26 + 9 * Math.log10(n)));
    var color = GC.opts.colors[top] || GC.opts.otherColor;
    var box = el("div", "gc-cluster");
    box.style.width = box.style.height = d + "px";
    box.style.background = color;
    add(box, el("span", "gc-cluster-n", n >= 10000 ? Math.round(n / 1000) + "k" : n));
    if (c.deaths > 0) add(box, el("span", "gc-cluster-d", "\u2020" + GC.num(c.deaths)));
    var m = L.marker(c.centre, { icon: L.divIcon({ html: box, className: "gc-cluster-icon",
      iconSize: [d, d] }), keyboard: false, pane: "gcMarks", title: "" });
    m.bindTooltip(el("span", null, GC.num(n) + " incidents, " + GC.num(c.deaths) + " deaths (best estimates); " +
      "most: " + top + ". Zoom in for each."), { direction: "top" });
    c.color = color; c.size = d; c.top = top;
    m.gcCluster = c;
    GC.clusters.push({ marker: m, cell: c });
    return m;
  }
  GC.zoomToCluster = function (c) {
    var b = L.latLngBounds(c.items.map(function (it) { return [it.lat, it.lon]; }));
    GC.map.fitBounds(b.pad(0.2), { maxZoom: SINGLE_ZOOM });
  };

  // Where each drawn mark is on screen and what colour it should show (for tests):
  // marks in the view and not under a control.
  GC.drawnMarks = function () {
    var map = GC.map, out = [], rect = map.getContainer().getBoundingClientRect();
    var size = map.getSize();
    function inView(p) {
      if (!(p.x >= 0 && p.y >= 0 && p.x < size.x && p.y < size.y)) return false;
      var top = document.elementFromPoint(p.x + rect.left, p.y + rect.top);
      return !(top && top.closest(".leaflet-control, .gc-panel"));
    }
    GC.drawn.forEach(function (l) {
      var p;
      if (l.gcCluster) {
        p = map.latLngToContainerPoint(l.getLatLng());
        if (inView(p)) out.push({ kind: "count", color: l.gcCluster.color, n: l.gcCluster.items.length,
          x: p.x + rect.left, y: p.y + rect.top + l.gcCluster.size * 0.34 });
      } else if (l.gcItem && l === l.gcItem.marker) {
        p = map.latLngToContainerPoint(l.getLatLng());
        if (inView(p)) out.push({ kind: "incident", color: l.gcItem.color, n: 1, id: l.gcItem.id,
          x: p.x + rect.left, y: p.y + rect.top, r: l.getRadius() });
      }
    });
    return out;
  };

  // ---------------------------------------------------------------- popups
  function rowTable(tbody, label, value) {
    if (value === undefined || value === null || value === "") return;
    var tr = add(tbody, el("tr"));
    add(tr, el("th", null, label));
    add(tr, el("td", null, value));
  }
  GC.popup = function (k) {
    var r = GC.row(k), root = el("div", "gc-popup");
    add(root, el("h3", "gc-title", r.title));
    if (r.differ.length) {
      var w = add(root, el("div", "gc-differ", "\u26a0 accounts differ: " + r.differ.join(", ")));
      w.title = "The reports below give different numbers; each keeps its own.";
    }
    add(root, el("div", "gc-dates", r.dates));
    var tb = add(add(root, el("table", "gc-facts")), el("tbody"));
    rowTable(tb, "Type", r.et + (r.st ? " / " + r.st : ""));
    rowTable(tb, "Actors", r.actors.join("; "));
    rowTable(tb, "Fatalities", r.fatalities);
    rowTable(tb, "Injured", r.injured);
    if (r.sg) rowTable(tb, "Border segment", (GC.segmentName(r.sg)) +
      (r.ss ? " (" + r.ss + " at the time)" : ""));
    if (r.verification && r.verification !== "reported") rowTable(tb, "Verification", r.verification);
    if (r.notes) add(root, el("p", "gc-notes", r.notes));
    if (r.stops) {
      add(root, el("h4", null, r.stops.route ? "Route" : "Sites (" + r.stops.points.length + ")"));
      var ol = add(root, el(r.stops.route ? "ol" : "ul", "gc-stops"));
      r.stops.labels.forEach(function (s) { add(ol, el("li", null, s)); });
    }
    add(root, el("h4", null, "Reports (" + r.reports.length + ")"));
    var ul = add(root, el("ul", "gc-reports"));
    r.reports.forEach(function (rep) {
      var li = add(ul, el("li"));
      add(li, el("span", "gc-outlet", rep.outlet || "unknown outlet"));
      if (rep.date) add(li, el("span", "gc-rdate", " " + rep.date));
      li.appendChild(document.createTextNode(" \u2014 "));
      var url = GC.safeUrl(rep.url);
      if (url) {
        var a = add(li, el("a", null, rep.title || url));
        a.href = url; a.target = "_blank"; a.rel = "noopener noreferrer";
      } else {
        add(li, el("span", null, rep.title || ""));
      }
      if (rep.claims.length) {
        var cl = add(li, el("div", "gc-claims"));
        rep.claims.forEach(function (c, n) {
          if (n) cl.appendChild(document.createTextNode("; "));
          var differs = r.differ.indexOf(c[0]) >= 0;
          add(cl, el("span", differs ? "gc-claim gc-claim-differs" : "gc-claim",
            c[0] + ": " + c[1] + (differs ? " \u26a0" : "")));
        });
      }
    });
    return root;
  };
  GC.segmentName = function (id) {
    var s = GC.segments.filter(function (x) { return x.id === id; })[0];
    return s ? s.name : id;
  };

  // Open the popup of an incident (by index or id); returns its element (null before the
  // popup texts are read: GC.detail is then still pending and the popup opens when it is).
  GC.openIncident = function (k) {
    if (!GC.cols.t) { GC.detail.then(function () { GC.openIncident(k); }); return null; }
    if (typeof k === "string") {
      var it = GC.items.filter(function (i) { return i.id === k; })[0];
      if (!it) return null;
      k = it.k;
    }
    var item = GC.items[k], w = GC.map.getSize().x;
    // Leaflet adds ~45 px of padding around the content: the popup fits a phone's width
    GC.popupLayer = L.popup({ maxWidth: Math.min(380, w - 64), minWidth: Math.min(220, w - 64),
      className: "gc-popup-wrap", autoPanPadding: [10, 10] })
      .setLatLng([item.lat, item.lon])
      .setContent(GC.popup(k))
      .openOn(GC.map);
    return GC.popupLayer.getElement();
  };

  // ---------------------------------------------------------------- filter
  // Show only incidents that overlap [from, to] (day numbers, inclusive).
  GC.filterDays = function (from, to) {
    var lo = Infinity, hi = -Infinity;
    GC.items.forEach(function (it) {
      it.shown = it.d0 <= to && it.d1 >= from;
      if (it.d0 < lo) lo = it.d0;
      if (it.d1 > hi) hi = it.d1;
    });
    GC.filter = { from: from, to: to, narrowed: from > lo || to < hi };
    GC.redraw();
    if (GC.styleSegments) GC.styleSegments();
    if (GC.onFilter) GC.onFilter.forEach(function (fn) { fn(); });
    return GC.visibleCount();
  };
  GC.visibleCount = function () {
    var n = 0;
    if (!GC.map || !GC.map.hasLayer(GC.layers.incidents)) return 0;
    GC.items.forEach(function (it) { if (it.shown) n++; });
    return n;
  };
  GC.segmentCount = function (sid) {
    var n = 0;
    GC.items.forEach(function (it) { if (it.shown && it.sg === sid) n++; });
    return n;
  };
})();
