/* geoconflict map runtime, part 4: title, legend, full screen, place search, phone layout.
 *
 * Below PHONE px wide (or SHORT px high: a small window) the controls fold into one
 * panel that a button opens (at most half the screen), the title shrinks to one line,
 * and the map is fitted to the incidents in the space the controls leave.
 */
(function () {
  "use strict";
  var GC = window.GC, el = GC.el, add = GC.add;
  var PHONE = 760, SHORT = 560;

  function control(position, build) {
    var C = L.Control.extend({ onAdd: function (map) {
      var box = build(map);
      L.DomEvent.disableClickPropagation(box);
      L.DomEvent.disableScrollPropagation(box);
      return box;
    } });
    return new C({ position: position });
  }

  GC.titleControl = function (map, title, subtitle, attributionHtml) {
    // attributionHtml is escaped by the builder (Leaflet shows attributions as HTML)
    if (attributionHtml && map.attributionControl) map.attributionControl.addAttribution(attributionHtml);
    return control("topright", function () {
      var box = el("div", "gc-title-box leaflet-bar");
      add(box, el("div", "gc-map-title", title));
      if (subtitle) add(box, el("div", "gc-map-sub", subtitle));
      return box;
    }).addTo(map);
  };

  GC.legendControl = function (map, spec) {
    return control("bottomright", function () {
      var box = el("div", "gc-legend leaflet-bar");
      add(box, el("div", "gc-legend-h", "Incidents by event type"));
      var counts = {};
      spec.eventTypes.forEach(function (e) {
        var row = add(box, el("div", "gc-legend-row"));
        add(row, el("span", "gc-swatch")).style.background = e[1];
        add(row, el("span", null, e[0]));
        counts[e[0]] = add(row, el("span", "gc-legend-n"));
      });
      function recount() {
        var n = {};
        GC.items.forEach(function (it) { if (it.shown) n[it.et] = (n[it.et] || 0) + 1; });
        Object.keys(counts).forEach(function (t) { counts[t].textContent = String(n[t] || 0); });
      }
      GC.onFilter = GC.onFilter || [];
      GC.onFilter.push(recount);
      GC.whenData(recount);
      add(box, el("div", "gc-legend-h", "Fatalities (best estimate; area)"));
      var sizes = add(box, el("div", "gc-legend-sizes"));
      spec.sizes.forEach(function (s) {
        var c = add(sizes, el("span", "gc-size"));
        var dot = add(c, el("span", "gc-size-dot"));
        dot.style.width = dot.style.height = (2 * s[1]) + "px";
        add(c, el("span", null, s[0]));
      });
      var dd = add(box, el("div", "gc-legend-row"));
      add(dd, el("span", "gc-swatch gc-swatch-differ"));
      add(dd, el("span", null, "dashed ring: accounts differ"));
      if (spec.counts) {
        var cl = add(box, el("div", "gc-legend-row"));
        add(cl, el("span", "gc-swatch gc-swatch-count", "n"));
        add(cl, el("span", null, "n incidents close together (\u2020 deaths); zoom in"));
      }
      if (spec.statuses.length) {
        var sh = add(box, el("div", "gc-legend-h", "Border segments on " + spec.at));
        GC.onFilter.push(function () { sh.textContent = "Border segments on " + GC.isoDay(GC.segmentDay()); });
      }
      spec.statuses.forEach(function (s) {
        var row = add(box, el("div", "gc-legend-row"));
        var line = add(row, el("span", "gc-line"));
        line.style.borderTopColor = s[1];
        if (s[0] === "disputed") line.style.borderTopStyle = "dashed";
        add(row, el("span", null, s[0]));
      });
      if (spec.owners.length) {
        add(box, el("div", "gc-legend-h", "Enclaves by owner"));
        spec.owners.forEach(function (o) {
          var row = add(box, el("div", "gc-legend-row"));
          add(row, el("span", "gc-swatch")).style.background = o[1];
          add(row, el("span", null, o[0]));
        });
      }
      return box;
    }).addTo(map);
  };

  GC.fullscreenControl = function (map) {
    return control("topleft", function () {
      var box = el("div", "leaflet-bar gc-fs");
      var a = add(box, el("a"));
      var NS = "http://www.w3.org/2000/svg";
      var svg = document.createElementNS(NS, "svg");
      svg.setAttribute("viewBox", "0 0 16 16"); svg.setAttribute("width", "16");
      svg.setAttribute("height", "16");
      var path = document.createElementNS(NS, "path");
      path.setAttribute("d", "M1 6V1h5M10 1h5v5M15 10v5h-5M6 15H1v-5");
      path.setAttribute("fill", "none"); path.setAttribute("stroke", "#333");
      path.setAttribute("stroke-width", "2");
      svg.appendChild(path); a.appendChild(svg);
      a.href = "#"; a.title = "Full screen"; a.setAttribute("role", "button");
      L.DomEvent.on(a, "click", function (ev) {
        L.DomEvent.preventDefault(ev);
        var c = map.getContainer();
        if (document.fullscreenElement) { document.exitFullscreen(); return; }
        if (c.requestFullscreen) {
          c.requestFullscreen().catch(function () { c.classList.toggle("gc-fullscreen"); });
        } else {
          c.classList.toggle("gc-fullscreen");
        }
        setTimeout(function () { map.invalidateSize(); }, 200);
      });
      return box;
    }).addTo(map);
  };

  // ---------------------------------------------------------------- place search
  // Names compare without case, accents, spaces, hyphens or apostrophes:
  // "Ak-Sai", "Ak Sai" and "aksai" are one key.
  function key(s) {
    return String(s).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/\u0451/g, "\u0435").replace(/[^\p{L}\p{N}]+/gu, "");
  }
  GC.searchKey = key;
  GC.searchControl = function (map, spec) {
    var S = spec.S, entries = spec.p.map(function (p) {
      return { name: S[p[0]], lon: p[1], lat: p[2], kind: p[3],
        keys: [key(S[p[0]])].concat(p[4].map(function (a) { return key(S[a]); })),
        aliases: p[4].map(function (a) { return S[a]; }) };
    });
    function find(q) {
      var k = key(q);
      if (!k) return null;
      var tests = [function (x) { return x === k; }, function (x) { return x.indexOf(k) === 0; },
        function (x) { return x.indexOf(k) >= 0; }];
      for (var t = 0; t < tests.length; t++) {
        for (var i = 0; i < entries.length; i++) if (entries[i].keys.some(tests[t])) return entries[i];
      }
      return null;
    }
    GC.findPlace = function (q) { var e = find(q); return e && { name: e.name, kind: e.kind, lat: e.lat, lon: e.lon }; };
    return control("topleft", function () {
      var box = el("div", "leaflet-bar gc-search");
      var input = add(box, el("input"));
      input.type = "search"; input.placeholder = "Find a place\u2026";
      input.setAttribute("list", "gc-search-list"); input.setAttribute("aria-label", "Find a place");
      var dl = add(box, el("datalist"));
      dl.id = "gc-search-list";
      var listed = {};
      entries.forEach(function (e) {
        [e.name].concat(e.aliases).forEach(function (n) {
          if (listed[n]) return;
          listed[n] = true;
          var o = add(dl, el("option"));
          o.value = n;
          o.label = n === e.name ? e.kind : e.name + " (" + e.kind + ")";
        });
      });
      var msg = add(box, el("div", "gc-search-msg"));
      var marker = null;
      function go() {
        var q = input.value.trim();
        if (!q) return;
        var hit = find(q);
        if (!hit) { msg.textContent = "No place named \u201c" + q + "\u201d"; return; }
        msg.textContent = hit.name !== q ? hit.name + " (" + hit.kind + ")" : "";
        map.setView([hit.lat, hit.lon], Math.max(map.getZoom(), 12));
        if (marker) map.removeLayer(marker);
        marker = L.circleMarker([hit.lat, hit.lon], { radius: 14, color: "#000", weight: 2,
          fill: false, interactive: false, className: "gc-search-hit", pane: "gcMarks" }).addTo(map);
        GC.searchHit = hit;
        if (GC.closePanel) GC.closePanel();
      }
      L.DomEvent.on(input, "change", go);
      L.DomEvent.on(input, "keydown", function (ev) { if (ev.key === "Enter") go(); });
      GC.search = function (q) { input.value = q; go(); return msg.textContent; };
      return box;
    }).addTo(map);
  };

  // ---------------------------------------------------------------- phone layout
  GC.phoneLayout = function (map) {
    var container = map.getContainer();
    var panel = add(container, el("div", "gc-panel"));
    panel.id = "gc-panel";
    panel.setAttribute("aria-label", "Legend, search and dates");
    L.DomEvent.disableClickPropagation(panel);
    L.DomEvent.disableScrollPropagation(panel);
    var bar = add(panel, el("div", "gc-panel-bar"));
    add(bar, el("span", "gc-panel-h", "Legend, search and dates"));
    var close = add(bar, el("button", "gc-panel-close", "\u00d7"));
    close.type = "button"; close.setAttribute("aria-label", "Close");
    var body = add(panel, el("div", "gc-panel-body"));
    var toggle = control("topright", function () {
      var b = el("button", "gc-panel-toggle leaflet-bar", "\u2630 Legend & dates");
      b.type = "button"; b.setAttribute("aria-controls", "gc-panel"); b.setAttribute("aria-expanded", "false");
      L.DomEvent.on(b, "click", function () { GC.openPanel(!panel.classList.contains("gc-open")); });
      return b;
    });
    var moved = [];
    var sel = [".gc-map-sub", ".gc-search", ".gc-timeline", ".gc-legend"];
    function fold(on) {
      if (on === GC.phone) return;
      GC.phone = on;
      container.classList.toggle("gc-phone", on);
      if (on) {
        sel.forEach(function (s) {
          var node = container.querySelector(s);
          if (!node) return;
          moved.push([node, node.parentNode, node.nextSibling]);
          body.appendChild(node);
        });
        toggle.addTo(map);
      } else {
        moved.reverse().forEach(function (m) { m[1].insertBefore(m[0], m[2]); });
        moved = [];
        toggle.remove();
        GC.openPanel(false);
      }
    }
    GC.openPanel = function (open) {
      panel.classList.toggle("gc-open", open);
      var b = toggle.getContainer();
      if (b) b.setAttribute("aria-expanded", open ? "true" : "false");
    };
    GC.closePanel = function () { if (GC.phone) GC.openPanel(false); };
    L.DomEvent.on(close, "click", function () { GC.openPanel(false); });
    var mq = window.matchMedia("(max-width: " + (PHONE - 1) + "px), (max-height: " + (SHORT - 1) + "px)");
    function apply() {
      fold(mq.matches);
      if (GC.phone) GC.fitIncidents();
    }
    if (mq.addEventListener) mq.addEventListener("change", apply);
    apply();
    GC.whenData(function () { if (GC.phone) GC.fitIncidents(); });
  };

  // Fit the map to the incidents in the part of the screen the controls leave free.
  GC.fitIncidents = function () {
    var map = GC.map || null;
    if (!map) return;
    var pts = GC.items.filter(function (it) { return it.shown; }).map(function (it) { return [it.lat, it.lon]; });
    var b = pts.length ? L.latLngBounds(pts) : L.latLngBounds(GC.bounds);
    var r = map.getContainer().getBoundingClientRect(), top = 0, bottom = 0;
    // controls folded away (display: none) have an empty box at 0, 0: they take no room
    map.getContainer().querySelectorAll(".leaflet-top .leaflet-control").forEach(function (c) {
      var q = c.getBoundingClientRect();
      if (q.height > 0) top = Math.max(top, q.bottom - r.top);
    });
    map.getContainer().querySelectorAll(".leaflet-bottom .leaflet-control").forEach(function (c) {
      var q = c.getBoundingClientRect();
      if (q.height > 0) bottom = Math.max(bottom, r.bottom - q.top);
    });
    map.fitBounds(b, { animate: false, maxZoom: 13, paddingTopLeft: [16, Math.min(top + 12, r.height / 3)],
      paddingBottomRight: [16, Math.min(bottom + 12, r.height / 3)] });
  };

  // Share of the map covered by controls (panel closed), from the element rectangles.
  GC.controlCover = function () {
    var c = GC.map.getContainer(), r = c.getBoundingClientRect(), area = 0;
    var rects = [];
    c.querySelectorAll(".leaflet-control, .gc-panel.gc-open").forEach(function (e) {
      var q = e.getBoundingClientRect();
      if (q.width && q.height && getComputedStyle(e).visibility !== "hidden") rects.push(q);
    });
    // union area on a 2 px grid (rectangles may touch or overlap)
    var step = 2, cols = Math.ceil(r.width / step), rows = Math.ceil(r.height / step);
    var grid = new Uint8Array(cols * rows);
    rects.forEach(function (q) {
      var x0 = Math.max(0, Math.floor((q.left - r.left) / step)), x1 = Math.min(cols, Math.ceil((q.right - r.left) / step));
      var y0 = Math.max(0, Math.floor((q.top - r.top) / step)), y1 = Math.min(rows, Math.ceil((q.bottom - r.top) / step));
      for (var y = y0; y < y1; y++) for (var x = x0; x < x1; x++) grid[y * cols + x] = 1;
    });
    for (var i = 0; i < grid.length; i++) area += grid[i];
    return area / grid.length;
  };
})();
