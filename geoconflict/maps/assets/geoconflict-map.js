/* geoconflict map runtime: draws the data layers of a geoconflict map from plain JSON.
 *
 * Every string that came from data reaches the page through textContent or an
 * attribute setter, never through innerHTML, so an emailed map cannot run script
 * that came from an article. Links are kept only for http(s) URLs.
 * Nothing here touches the network.
 */
(function () {
  "use strict";
  var GC = (window.GC = window.GC || {});
  GC.items = [];          // one entry per incident: {row, layers, marker}
  GC.layers = {};         // named layers, for tests and notebook users
  GC.ready = false;

  // ---------------------------------------------------------------- helpers
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function add(parent, child) { parent.appendChild(child); return child; }
  function safeUrl(u) { return typeof u === "string" && /^https?:\/\//i.test(u) ? u : null; }
  function dayNumber(iso) {           // "YYYY-MM-DD" -> days since 1970-01-01 (UTC)
    var p = iso.split("-");
    return Math.round(Date.UTC(+p[0], +p[1] - 1, +p[2]) / 86400000);
  }
  function isoDay(n) { return new Date(n * 86400000).toISOString().slice(0, 10); }
  GC.dayNumber = dayNumber;
  GC.data = function (id) { return JSON.parse(document.getElementById(id).textContent); };

  function fmtLBH(v) {                // [low, best, high] -> "low–best–high" (or one number)
    if (!v) return "unknown";
    var l = v[0], b = v[1], h = v[2];
    var show = function (x) { return x === null || x === undefined ? "?" : String(x); };
    if (l === b && b === h && b !== null) return String(b);
    return show(l) + "\u2013" + show(b) + "\u2013" + show(h) + " (low\u2013best\u2013high)";
  }
  function fmtClaim(v) {
    if (v === null || v === undefined) return "?";
    if (Array.isArray(v)) return v.map(fmtClaim).join(", ");
    if (typeof v === "object") {
      if ("best" in v || "low" in v || "high" in v) return fmtLBH([v.low, v.best, v.high]);
      return Object.keys(v).map(function (k) { return k + ": " + fmtClaim(v[k]); }).join(", ");
    }
    return String(v);
  }
  function fmtDates(r) {             // r.dl: label at the known precision, made by the builder
    if (r.dl) return r.dl;
    return r.ds === r.de ? r.ds : r.ds + " \u2013 " + r.de;
  }
  function rowTable(tbody, label, value) {
    if (value === undefined || value === null || value === "") return;
    var tr = add(tbody, el("tr"));
    add(tr, el("th", null, label));
    add(tr, el("td", null, value));
  }

  // ---------------------------------------------------------------- popups
  GC.popup = function (r, opts) {
    var root = el("div", "gc-popup");
    add(root, el("h3", "gc-title", r.t));
    if (r.dk && r.dk.length) {
      var w = add(root, el("div", "gc-differ", "\u26a0 accounts differ: " + r.dk.join(", ")));
      w.title = "The reports below give different numbers; each keeps its own.";
    }
    add(root, el("div", "gc-dates", fmtDates(r)));
    var tb = add(add(root, el("table", "gc-facts")), el("tbody"));
    rowTable(tb, "Type", r.et + (r.st ? " / " + r.st : ""));
    rowTable(tb, "Actors", (r.a || []).join("; "));
    rowTable(tb, "Fatalities", fmtLBH(r.f));
    if (r.i) rowTable(tb, "Injured", fmtLBH(r.i));
    if (r.sg) rowTable(tb, "Border segment",
      (opts.segmentNames[r.sg] || r.sg) + (r.ss ? " (" + r.ss + " at the time)" : ""));
    if (r.s && r.s.length) {
      add(root, el("h4", null, "Stops"));
      var ol = add(root, el("ol", "gc-stops"));
      r.s.forEach(function (s) {
        add(ol, el("li", null, [s[2], s[3], s[4]].filter(Boolean).join(" \u00b7 ")));
      });
    }
    var reps = r.r || [];
    add(root, el("h4", null, "Reports (" + reps.length + ")"));
    var ul = add(root, el("ul", "gc-reports"));
    reps.forEach(function (rep) {
      var li = add(ul, el("li"));
      add(li, el("span", "gc-outlet", rep.o || "unknown outlet"));
      if (rep.d) add(li, el("span", "gc-rdate", " " + rep.d));
      li.appendChild(document.createTextNode(" \u2014 "));
      var url = safeUrl(rep.u);
      if (url) {
        var a = add(li, el("a", null, rep.t || url));
        a.href = url; a.target = "_blank"; a.rel = "noopener noreferrer";
      } else {
        add(li, el("span", null, rep.t || ""));
      }
      var claims = rep.c || {};
      var keys = Object.keys(claims);
      if (keys.length) {
        var cl = add(li, el("div", "gc-claims"));
        keys.forEach(function (k, n) {
          if (n) cl.appendChild(document.createTextNode("; "));
          var differs = r.dk && r.dk.indexOf(k) >= 0;
          add(cl, el("span", differs ? "gc-claim gc-claim-differs" : "gc-claim",
            k + ": " + fmtClaim(claims[k]) + (differs ? " \u26a0" : "")));
        });
      }
    });
    return root;
  };

  // ---------------------------------------------------------------- incidents
  function radius(best, o) {           // area proportional to best fatalities
    var b = best > 0 ? best : 0;
    return Math.max(o.minRadius, o.scale * Math.sqrt(b));
  }
  GC.radius = radius;

  function arrowIcon(angle, color) {
    var d = el("div", "gc-arrow", "\u27a4");
    d.style.transform = "rotate(" + angle.toFixed(1) + "deg)";
    d.style.color = color;
    return L.divIcon({ html: d, className: "gc-arrow-icon", iconSize: [14, 14] });
  }
  function stopIcon(n, color) {
    var d = el("div", "gc-stop", n);
    d.style.borderColor = color;
    return L.divIcon({ html: d, className: "gc-stop-icon", iconSize: [18, 18] });
  }

  GC.timings = {};
  GC.incidentLayer = function (map, data, opts) {
    GC.timings.incidentsStart = performance.now();
    var group = L.featureGroup();
    var renderer = data.rows.length > opts.canvasThreshold
      ? L.canvas({ padding: 0.3 }) : L.svg({ padding: 0.3 });
    var crs = map.options.crs;
    GC.items = [];
    data.rows.forEach(function (r) {
      var color = opts.colors[r.et] || opts.otherColor;
      var layers = [];
      if (r.s && r.s.length > 1) {
        var pts = r.s.map(function (s) { return [s[1], s[0]]; });
        layers.push(L.polyline(pts, {
          color: color, weight: 3, opacity: 0.9, lineCap: "round",
          className: "gc-path", interactive: false, renderer: renderer }));
        for (var k = 0; k < pts.length; k++) {
          if (k + 1 < pts.length) {
            var a = crs.latLngToPoint(L.latLng(pts[k]), 0);
            var b = crs.latLngToPoint(L.latLng(pts[k + 1]), 0);
            var mid = [(pts[k][0] + pts[k + 1][0]) / 2, (pts[k][1] + pts[k + 1][1]) / 2];
            var ang = Math.atan2(b.y - a.y, b.x - a.x) * 180 / Math.PI;
            layers.push(L.marker(mid, { icon: arrowIcon(ang, color), interactive: false,
              keyboard: false }));
          }
          var s = r.s[k];
          var sm = L.marker(pts[k], { icon: stopIcon(k + 1, color), keyboard: false });
          sm.bindTooltip(el("span", null, (k + 1) + ". " + [s[2], s[3], s[4]]
            .filter(Boolean).join(" \u00b7 ")), { direction: "top" });
          layers.push(sm);
        }
      }
      var marker = L.circleMarker([r.y, r.x], {
        radius: radius(r.f ? r.f[1] : 0, opts), color: r.dk && r.dk.length ? "#111" : "#333",
        weight: r.dk && r.dk.length ? 2 : 1, dashArray: r.dk && r.dk.length ? "3 2" : null,
        fillColor: color, fillOpacity: 0.72, className: "gc-incident", renderer: renderer });
      marker.gcRow = r;           // one shared popup, built on click (see below)
      layers.push(marker);
      var item = { row: r, layers: layers, marker: marker, d0: dayNumber(r.ds),
        d1: dayNumber(r.de), shown: true };
      layers.forEach(function (l) { group.addLayer(l); });
      GC.items.push(item);
    });
    group.on("click", function (e) { if (e.layer.gcRow) GC.openIncident(e.layer); });
    GC.timings.incidentsBuilt = performance.now();
    map.once("layeradd", function () { GC.timings.incidentsAdded = performance.now(); });
    GC.opts = opts;
    GC.layers.incidents = group;
    GC.map = map;
    return group;
  };

  // Open the popup of an incident marker (or of the incident with this id).
  GC.openIncident = function (markerOrId) {
    var marker = markerOrId;
    if (typeof markerOrId === "string") {
      var it = GC.items.filter(function (i) { return i.row.id === markerOrId; })[0];
      if (!it) return null;
      marker = it.marker;
    }
    GC.popupLayer = L.popup({ maxWidth: 380, className: "gc-popup-wrap" })
      .setLatLng(marker.getLatLng())
      .setContent(GC.popup(marker.gcRow, GC.opts))
      .openOn(GC.map);
    return GC.popupLayer.getElement();
  };

  // Show only incidents that overlap [from, to] (day numbers, inclusive).
  GC.filterDays = function (from, to) {
    var group = GC.layers.incidents;
    GC.items.forEach(function (it) {
      var show = it.d0 <= to && it.d1 >= from;
      if (show === it.shown) return;
      it.shown = show;
      it.layers.forEach(function (l) { if (show) group.addLayer(l); else group.removeLayer(l); });
    });
    return GC.visibleCount();
  };
  GC.visibleCount = function () {
    var n = 0;
    var on = GC.map && GC.map.hasLayer(GC.layers.incidents);
    GC.items.forEach(function (it) { if (it.shown && on) n++; });
    return n;
  };

  // ---------------------------------------------------------------- border segments
  GC.segmentLayer = function (map, fc, opts) {
    var layer = L.geoJSON(fc, {
      style: function (f) {
        var st = f.properties.status_at;
        return { color: opts.colors[st] || opts.otherColor, weight: st === "disputed" ? 5 : 4,
          opacity: 0.9, dashArray: st === "disputed" ? "8 5" : null, className: "gc-segment" };
      },
      onEachFeature: function (f, l) {
        var p = f.properties, box = el("div", "gc-seg-tip");
        add(box, el("b", null, p.name || p.id));
        if (p.countries) add(box, el("div", null, "Between " + p.countries.join(" and ")));
        add(box, el("div", "gc-seg-now", "Status on " + opts.at + ": " + p.status_at));
        var hist = add(box, el("ul", "gc-seg-hist"));
        (p.status_history || []).forEach(function (h) {
          add(hist, el("li", null, (h.from || "\u2026") + " \u2013 " + (h.to || "today") + ": " +
            h.status + (h.source ? " (" + h.source + ")" : "")));
        });
        add(box, el("div", null, "Incidents on this segment: " + (p.incident_count || 0)));
        l.bindTooltip(box, { sticky: true, className: "gc-tooltip" });
      },
    });
    GC.layers.segments = layer;
    return layer;
  };

  // ---------------------------------------------------------------- basemap
  GC.outlineLayer = function (map, fc, opts) {
    var layer = L.geoJSON(fc, {
      interactive: false,
      style: function (f) {
        var c = opts.fill[f.properties.iso] || opts.otherFill;
        return { color: "#8a8a8a", weight: 1, fillColor: c, fillOpacity: 1, className: "gc-outline" };
      },
    });
    GC.layers.outlines = layer;
    return layer;
  };
  GC.enclaveLayer = function (map, fc, opts) {
    var layer = L.geoJSON(fc, {
      style: function (f) {
        var c = opts.tint[f.properties.owner] || opts.otherFill;
        return { color: c, weight: 1.5, fillColor: c, fillOpacity: 0.5, className: "gc-enclave" };
      },
      onEachFeature: function (f, l) {
        var p = f.properties;
        var txt = (p.name || "enclave") + " \u2014 enclave of " + (p.owner || "?") +
          (p.surrounded_by ? ", surrounded by " + p.surrounded_by : "");
        l.bindTooltip(el("span", null, txt), { sticky: true, className: "gc-tooltip" });
      },
    });
    GC.layers.enclaves = layer;
    return layer;
  };
  GC.townLayer = function (map, towns) {    // towns: [[name, lon, lat, kind], ...]
    var group = L.layerGroup();
    towns.forEach(function (t) {
      var d = el("div", "gc-town");
      add(d, el("span", "gc-town-dot"));
      add(d, el("span", "gc-town-name", t[0]));
      group.addLayer(L.marker([t[2], t[1]], { icon: L.divIcon({ html: d, className: "gc-town-icon",
        iconSize: null, iconAnchor: [4, 8] }), interactive: false, keyboard: false }));
    });
    GC.layers.towns = group;
    return group;
  };

  // ---------------------------------------------------------------- controls
  function control(position, build) {
    var C = L.Control.extend({ onAdd: function (map) {
      var box = build(map);
      L.DomEvent.disableClickPropagation(box);
      L.DomEvent.disableScrollPropagation(box);
      return box;
    } });
    return new C({ position: position });
  }

  GC.fitBounds = function (map, bounds) {
    map.fitBounds(bounds, { animate: false });
  };

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
      spec.eventTypes.forEach(function (e) {
        var row = add(box, el("div", "gc-legend-row"));
        add(row, el("span", "gc-swatch")).style.background = e[1];
        add(row, el("span", null, e[0]));
      });
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
      if (spec.statuses.length) add(box, el("div", "gc-legend-h", "Border segments on " + spec.at));
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
        var doc = document;
        if (doc.fullscreenElement) { doc.exitFullscreen(); return; }
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

  GC.searchControl = function (map, places) {
    return control("topleft", function () {
      var box = el("div", "leaflet-bar gc-search");
      var input = add(box, el("input"));
      input.type = "search"; input.placeholder = "Find a place\u2026";
      input.setAttribute("list", "gc-search-list"); input.setAttribute("aria-label", "Find a place");
      var dl = add(box, el("datalist"));
      dl.id = "gc-search-list";
      var byName = {};
      places.forEach(function (p) {
        var key = p[0].toLowerCase();
        if (byName[key]) return;
        byName[key] = p;
        var o = add(dl, el("option"));
        o.value = p[0];
        if (p[3]) o.label = p[3];
      });
      var msg = add(box, el("div", "gc-search-msg"));
      var marker = null;
      function go() {
        var q = input.value.trim().toLowerCase();
        if (!q) return;
        var hit = byName[q];
        if (!hit) {
          var keys = Object.keys(byName).sort();
          for (var i = 0; i < keys.length && !hit; i++) if (keys[i].indexOf(q) === 0) hit = byName[keys[i]];
          for (var j = 0; j < keys.length && !hit; j++) if (keys[j].indexOf(q) >= 0) hit = byName[keys[j]];
        }
        if (!hit) { msg.textContent = "No place named \u201c" + input.value + "\u201d"; return; }
        msg.textContent = "";
        map.setView([hit[2], hit[1]], Math.max(map.getZoom(), 12));
        if (marker) map.removeLayer(marker);
        marker = L.circleMarker([hit[2], hit[1]], { radius: 14, color: "#000", weight: 2,
          fill: false, interactive: false, className: "gc-search-hit" }).addTo(map);
      }
      L.DomEvent.on(input, "change", go);
      L.DomEvent.on(input, "keydown", function (ev) { if (ev.key === "Enter") go(); });
      GC.search = function (q) { input.value = q; go(); return msg.textContent; };
      return box;
    }).addTo(map);
  };

  GC.dateFilterControl = function (map, spec) {
    var lo = dayNumber(spec.min), hi = dayNumber(spec.max);
    return control("bottomleft", function () {
      var box = el("div", "leaflet-bar gc-dates-ctl");
      add(box, el("div", "gc-legend-h", "Incident dates"));
      var out = add(box, el("div", "gc-dates-out"));
      var a = add(box, el("input")), b = add(box, el("input"));
      [a, b].forEach(function (x, n) {
        x.type = "range"; x.min = lo; x.max = hi; x.step = 1; x.value = n ? hi : lo;
        x.className = n ? "gc-to" : "gc-from";
        x.setAttribute("aria-label", n ? "Last date" : "First date");
      });
      function update() {
        var f = Math.min(+a.value, +b.value), t = Math.max(+a.value, +b.value);
        var n = GC.filterDays(f, t);
        out.textContent = isoDay(f) + " \u2013 " + isoDay(t) + ": " + n + " of " +
          GC.items.length + " incidents";
      }
      L.DomEvent.on(a, "input", update);
      L.DomEvent.on(b, "input", update);
      GC.setDateRange = function (f, t) {
        a.value = dayNumber(f); b.value = dayNumber(t); update(); return GC.visibleCount();
      };
      map.on("overlayadd overlayremove", update);
      setTimeout(update, 0);
      return box;
    }).addTo(map);
  };

  GC.markReady = function () {
    requestAnimationFrame(function () {
      GC.ready = true;
      GC.readyAt = GC.timings.ready = performance.now();
    });
  };
})();
