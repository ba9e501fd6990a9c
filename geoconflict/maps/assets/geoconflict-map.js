/* geoconflict map runtime, part 1: helpers, compact data, panes, basemap, segments, towns.
 *
 * Every string that came from data reaches the page through textContent or an
 * attribute setter, never through innerHTML, so an emailed map cannot run script
 * that came from an article. Links are kept only for http(s) URLs.
 * Nothing here touches the network: the data blocks are inflated in the page with
 * the browser's own DecompressionStream.
 */
(function () {
  "use strict";
  var GC = (window.GC = window.GC || {});
  GC.items = [];          // one entry per incident (gc-marks.js)
  GC.layers = {};         // named layers, for tests and notebook users
  GC.ready = false;
  GC.pending = [];        // data blocks being read
  GC.timings = {};

  // ---------------------------------------------------------------- helpers
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function add(parent, child) { parent.appendChild(child); return child; }
  function dayNumber(iso) {           // "YYYY-MM-DD" -> days since 1970-01-01 (UTC)
    var p = iso.split("-");
    return Math.round(Date.UTC(+p[0], +p[1] - 1, +p[2]) / 86400000);
  }
  function isoDay(n) { return new Date(n * 86400000).toISOString().slice(0, 10); }
  GC.el = el; GC.add = add; GC.dayNumber = dayNumber; GC.isoDay = isoDay;
  GC.safeUrl = function (u) { return typeof u === "string" && /^https?:\/\//i.test(u) ? u : null; };

  // ---------------------------------------------------------------- compact data
  // A block is JSON, deflated, in base64 (geoconflict/maps/compact.py).
  function inflate(b64) {
    if (typeof DecompressionStream === "undefined") {
      return Promise.reject(new Error("this browser cannot read the map's data " +
        "(it needs DecompressionStream: Chrome or Edge 80+, Firefox 113+, Safari 16.4+)"));
    }
    var bin = atob(b64), bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate"));
    return new Response(stream).text();
  }
  GC.load = function (id, later) {       // later: not awaited before the first frame
    var node = document.getElementById(id);
    var p = inflate(node.textContent.trim()).then(JSON.parse);
    p.catch(function (err) { GC.fail(err); });
    if (!later) GC.pending.push(p);
    return p;
  };
  GC.fail = function (err) {
    GC.error = String(err && err.message || err);
    if (!GC.map || document.querySelector(".gc-error")) return;
    var box = add(GC.map.getContainer(), el("div", "gc-error", "The map could not draw its data: " +
      GC.error));
    box.setAttribute("role", "alert");
  };
  // Positions of a packed run ([dx, dy, ...] in 1e-5 degree) as Leaflet [lat, lng] pairs.
  function run(d, x, y) {
    var out = [];
    x = x || 0; y = y || 0;
    for (var i = 0; i < d.length; i += 2) {
      x += d[i]; y += d[i + 1];
      out.push([y / 1e5, x / 1e5]);
    }
    return out;
  }
  GC.run = run;

  // ---------------------------------------------------------------- panes
  // Fills at the bottom, then lines, labels, marks: an incident is never under a fill,
  // whatever renderer (SVG or canvas) draws either.
  GC.panes = function (map) {
    if (map.getPane("gcMarks")) return;
    [["gcFills", 350], ["gcLines", 420], ["gcLabels", 430], ["gcMarks", 450]].forEach(function (p) {
      map.createPane(p[0]).style.zIndex = p[1];
    });
    map.getPane("gcLabels").style.pointerEvents = "none";
  };
  // The border layers' shared lines (geoconflict/maps/topology.py): each arc kept once,
  // a ring or line given as its arcs, ~i for arc i walked backwards.
  GC.borderArcs = function (id) {
    GC.arcsRead = GC.load(id).then(function (t) { GC.topo = t; GC.arcCache = []; });
  };
  function arc(i) {
    return GC.arcCache[i] || (GC.arcCache[i] = run(GC.topo.a[i]));
  }
  function arcLine(refs) {             // arcs joined at their shared end points
    var out = [];
    refs.forEach(function (r) {
      var a = r >= 0 ? arc(r) : arc(~r).slice().reverse();
      out = out.length ? out.concat(a.slice(1)) : a.slice();
    });
    return out;
  }
  function unpackArcs(g) {             // [depth, refs] -> nested Leaflet latlngs
    function walk(c, depth) { return depth <= 1 ? arcLine(c) : c.map(function (s) { return walk(s, depth - 1); }); }
    return walk(g[1], g[0]);
  }
  GC.arc = arc; GC.unpackArcs = unpackArcs;
  function dataLayer(map, id, build) {
    GC.panes(map);
    GC.map = map;
    var group = L.featureGroup();
    GC.pending.push(Promise.all([GC.load(id), GC.arcsRead]).then(function (r) {
      build(group, r[0]);
    }));
    return group;
  }

  // ---------------------------------------------------------------- status on a date
  // The rule of geoconflict.maps.records.status_at: an entry holds from its "from" day
  // (open when empty) up to, not including, its "to" day; the latest start wins.
  GC.statusAt = function (hist, day) {
    var best = null, start = -Infinity;
    hist.forEach(function (h) {
      var a = h.from ? dayNumber(h.from) : -Infinity, b = h.to ? dayNumber(h.to) : Infinity;
      if (a <= day && day < b && (best === null || a >= start)) { best = h.status; start = a; }
    });
    return best || "unknown";
  };

  // ---------------------------------------------------------------- border segments
  GC.segments = [];
  GC.segmentLayer = function (map, id, opts) {
    var layer = dataLayer(map, id, function (group, d) {
      var S = d.S;
      d.p.forEach(function (p, k) {
        var seg = { id: p[0], name: S[p[1]], countries: p[2].map(function (c) { return S[c]; }),
          history: p[3].map(function (h) {
            return { status: S[h[0]], from: h[1], to: h[2], source: h[3] >= 0 ? S[h[3]] : "" };
          }), statusAt: S[p[4]] };
        var line = L.polyline(unpackArcs(d.g[k]), { pane: "gcLines", className: "gc-segment" });
        seg.line = line;
        line.gcSegment = seg;
        line.bindTooltip(function () { return GC.segmentTip(seg); },
          { sticky: true, className: "gc-tooltip" });
        GC.segments.push(seg);
        group.addLayer(line);
      });
      GC.styleSegments();
    });
    GC.segOpts = opts;
    GC.layers.segments = layer;
    return layer;
  };
  // Colours by the status on the last day of the selected period (the map date when
  // nothing is selected); counts of the selected incidents.
  GC.segmentDay = function () {
    var f = GC.filter;
    return f && f.narrowed ? f.to : dayNumber(GC.segOpts.at);
  };
  GC.styleSegments = function () {
    if (!GC.segOpts) return;
    var day = GC.segmentDay(), o = GC.segOpts;
    GC.segments.forEach(function (seg) {
      var st = GC.statusAt(seg.history, day);
      seg.status = st;
      seg.line.setStyle({ color: o.colors[st] || o.otherColor, weight: st === "disputed" ? 5 : 4,
        opacity: 0.9, dashArray: st === "disputed" ? "8 5" : null });
    });
  };
  GC.segmentTip = function (seg) {
    var box = el("div", "gc-seg-tip"), day = GC.segmentDay();
    add(box, el("b", null, seg.name || seg.id));
    if (seg.countries.length) add(box, el("div", null, "Between " + seg.countries.join(" and ")));
    add(box, el("div", "gc-seg-now", "Status on " + isoDay(day) + ": " + GC.statusAt(seg.history, day)));
    var hist = add(box, el("ul", "gc-seg-hist"));
    seg.history.forEach(function (h) {
      add(hist, el("li", null, (h.from || "\u2026") + " \u2013 " + (h.to || "today") + ": " +
        h.status + (h.source ? " (" + h.source + ")" : "")));
    });
    var f = GC.filter, n = GC.segmentCount ? GC.segmentCount(seg.id) : 0;
    add(box, el("div", "gc-seg-count", "Incidents on this segment" +
      (f && f.narrowed ? " (" + isoDay(f.from) + " \u2013 " + isoDay(f.to) + ")" : "") + ": " + n));
    return box;
  };

  // ---------------------------------------------------------------- basemap
  GC.outlineLayer = function (map, id, opts) {
    var layer = dataLayer(map, id, function (group, d) {
      d.p.forEach(function (p, k) {
        var c = opts.fill[d.S[p[0]]] || opts.otherFill;
        group.addLayer(L.polygon(unpackArcs(d.g[k]), { pane: "gcFills", interactive: false,
          stroke: false, fillColor: c, fillOpacity: 1, className: "gc-outline" }));
      });
      edgesOnce();
    });
    GC.layers.outlines = layer;
    return layer;
  };
  GC.enclaveLayer = function (map, id, opts) {
    var layer = dataLayer(map, id, function (group, d) {
      var S = d.S;
      d.p.forEach(function (p, k) {
        var name = S[p[0]], owner = p[1] >= 0 ? S[p[1]] : "", around = p[2] >= 0 ? S[p[2]] : "";
        var c = opts.tint[owner] || opts.otherFill;
        var poly = L.polygon(unpackArcs(d.g[k]), { pane: "gcFills", stroke: false,
          fillColor: c, fillOpacity: 0.5, className: "gc-enclave" });
        poly.gcArcs = arcsOf(d.g[k]); poly.gcTint = c;
        poly.bindTooltip(el("span", null, (name || "enclave") + " \u2014 enclave of " + (owner || "?") +
          (around ? ", surrounded by " + around : "")), { sticky: true, className: "gc-tooltip" });
        group.addLayer(poly);
      });
      edgesOnce();
    });
    GC.layers.enclaves = layer;
    return layer;
  };

  // Each shared line drawn once, by the first of its owners that is shown (the block's
  // owner bits: 1 segments, 2 enclaves, 4 outlines): the segment in its status colour,
  // else the enclave in its tint, else the outlines in grey.
  function arcsOf(g) {
    var out = [];
    (function walk(x) { if (typeof x === "number") out.push(x >= 0 ? x : ~x); else x.forEach(walk); })(g[1]);
    return out;
  }
  // The outlines and the enclaves each need the edges drawn: once, when all the data
  // is read (then again whenever a border layer is switched on or off).
  function edgesOnce() {
    if (GC.edgesQueued) return;
    GC.edgesQueued = true;
    GC.whenData(function () { GC.drawEdges(); });
  }
  GC.edgeCounts = { outlines: 0, enclaves: 0 };
  GC.drawEdges = function () {
    var t = GC.topo, map = GC.map;
    if (!t || !map) return;
    if (!GC.edgeWatch) {
      GC.edgeWatch = true;
      map.on("layeradd layerremove", function (e) {
        var L_ = GC.layers;
        if (e.layer === L_.segments || e.layer === L_.enclaves || e.layer === L_.outlines) GC.drawEdges();
      });
    }
    function shown(name) { var l = GC.layers[name]; return l && map.hasLayer(l) ? 1 : 0; }
    var vis = shown("segments") | shown("enclaves") << 1 | shown("outlines") << 2;
    function drawer(i) { var m = t.o[i] & vis; return m & 1 ? 1 : m & 2 ? 2 : m & 4 ? 4 : 0; }
    (GC.edgeLayers || []).forEach(function (x) { x[0].removeLayer(x[1]); });
    GC.edgeLayers = [];
    GC.edgeCounts = { outlines: 0, enclaves: 0 };
    function put(group, arcs, style, name) {
      if (!group || !arcs.length) return;
      var line = L.polyline(arcs.map(arc), style);
      group.addLayer(line);
      GC.edgeLayers.push([group, line]);
      GC.edgeCounts[name] += arcs.length;
    }
    var enc = GC.layers.enclaves;
    if (enc) enc.getLayers().forEach(function (poly) {
      if (!poly.gcArcs) return;
      put(enc, poly.gcArcs.filter(function (i) { return drawer(i) === 2; }), { pane: "gcFills",
        interactive: false, color: poly.gcTint, weight: 1.5, className: "gc-enclave-edge" },
        "enclaves");
    });
    var grey = [];
    for (var i = 0; i < t.o.length; i++) if (drawer(i) === 4) grey.push(i);
    put(GC.layers.outlines, grey, { pane: "gcFills", interactive: false, color: "#8a8a8a",
      weight: 1, className: "gc-outline-edge" }, "outlines");
  };

  // Town labels: [[name, lon, lat, kind, rank], ...]. A label that would overlap one of
  // better rank (capitals, then regional centres, then by population) is hidden.
  GC.townLayer = function (map, id) {
    GC.panes(map);
    var group = L.layerGroup();
    GC.load(id).then(function (towns) {
      towns.slice().sort(function (a, b) { return a[4] - b[4]; }).forEach(function (t) {
        var d = el("div", "gc-town gc-town-" + t[3]);
        add(d, el("span", "gc-town-dot"));
        add(d, el("span", "gc-town-name", t[0]));
        var m = L.marker([t[2], t[1]], { icon: L.divIcon({ html: d, className: "gc-town-icon",
          iconSize: null, iconAnchor: [4, 8] }), interactive: false, keyboard: false,
          pane: "gcLabels" });
        m.gcRank = t[4];
        group.addLayer(m);
      });
      GC.declutterTowns();
    });
    map.on("zoomend viewreset resize", function () { GC.declutterTowns(); });
    group.on("add", function () { setTimeout(GC.declutterTowns, 0); });
    GC.layers.towns = group;
    return group;
  };
  GC.declutterTowns = function () {
    var group = GC.layers.towns;
    if (!group || !GC.map || !GC.map.hasLayer(group)) return 0;
    var placed = [], hidden = 0;
    var marks = group.getLayers().sort(function (a, b) { return a.gcRank - b.gcRank; });
    marks.forEach(function (m) {
      var e = m.getElement();
      if (!e) return;
      e.style.visibility = "";
      var r = e.firstChild.getBoundingClientRect(), pad = 2;
      var box = [r.left - pad, r.top - pad, r.right + pad, r.bottom + pad];
      var clash = placed.some(function (p) {
        return box[0] < p[2] && p[0] < box[2] && box[1] < p[3] && p[1] < box[3];
      });
      if (clash) { e.style.visibility = "hidden"; hidden++; } else placed.push(box);
    });
    return hidden;
  };

  // A count with thousands separators, as the title box prints it ("100,000").
  var numbers = new Intl.NumberFormat("en-US");   // made once: toLocaleString makes one a call
  GC.num = function (n) { return numbers.format(Number(n)); };

  // ---------------------------------------------------------------- ready
  GC.fitBounds = function (map, bounds) {
    GC.bounds = bounds;
    map.fitBounds(bounds, { animate: false });
  };
  GC.whenData = function (fn) {      // before the first frame; at once if that is past
    if (GC.dataRead) { fn(); return; }
    GC.afterData = GC.afterData || [];
    GC.afterData.push(fn);
  };
  GC.markReady = function () {
    Promise.all(GC.pending).then(function () {
      GC.dataRead = true;
      (GC.afterData || []).forEach(function (fn) { fn(); });
      requestAnimationFrame(function () {    // the first frame with every mark
        GC.readyAt = GC.timings.ready = performance.now();
        Promise.resolve(GC.detail).then(function () {   // and the popup texts, read after it
          GC.timings.detail = performance.now();
          GC.ready = true;
        });
      });
    }, function (err) { GC.fail(err); GC.ready = true; GC.readyAt = performance.now(); });
  };
})();
