/* geoconflict map runtime, part 3: the timeline.
 *
 * An SVG chart of incidents per month (per week for periods under ~18 months),
 * stacked by event type, with the deaths as a line. Dragging over it sets the date
 * filter (map, legend counts and segment colours follow), two sliders do the same from
 * the keyboard, and a play button steps the selected window through time.
 */
(function () {
  "use strict";
  var GC = window.GC, el = GC.el, add = GC.add, NS = "http://www.w3.org/2000/svg";
  var W = 440, H = 92, AXIS = 14, DEATHS_W = 2;

  function svg(tag, attrs, parent) {
    var e = document.createElementNS(NS, tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (parent) parent.appendChild(e);
    return e;
  }
  function monthStart(day) {
    var d = new Date(day * 86400000);
    return Math.round(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / 86400000);
  }
  function nextMonth(day) {
    var d = new Date(day * 86400000);
    return Math.round(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / 86400000);
  }
  // Bins [start, end) covering lo..hi: weeks (Monday) for short periods, else months.
  function makeBins(lo, hi) {
    var bins = [], weekly = hi - lo < 550, a;
    if (weekly) {
      a = lo - ((new Date(lo * 86400000).getUTCDay() + 6) % 7);
      for (; a <= hi; a += 7) bins.push([a, a + 7]);
    } else {
      for (a = monthStart(lo); a <= hi; a = nextMonth(a)) bins.push([a, nextMonth(a)]);
    }
    return { bins: bins, unit: weekly ? "week" : "month" };
  }
  GC.makeBins = makeBins;

  GC.timelineControl = function (map, spec) {
    var lo = GC.dayNumber(spec.min), hi = GC.dayNumber(spec.max);
    var C = L.Control.extend({ onAdd: function () {
      var box = el("div", "leaflet-bar gc-timeline gc-dates-ctl");
      L.DomEvent.disableClickPropagation(box);
      L.DomEvent.disableScrollPropagation(box);
      var head = add(box, el("div", "gc-tl-head"));
      var play = add(head, el("button", "gc-play", "\u25b6"));
      play.type = "button"; play.title = "Play: step the selected period through time";
      play.setAttribute("aria-label", "Play");
      add(head, el("span", "gc-legend-h", "Incidents per month"));
      var out = add(box, el("div", "gc-dates-out"));
      var chart = svg("svg", { viewBox: "0 0 " + W + " " + (H + AXIS), class: "gc-tl-chart",
        role: "img", "aria-label": "Incidents and deaths over time" }, box);
      var a = add(box, el("input")), b = add(box, el("input"));
      [a, b].forEach(function (x, n) {
        x.type = "range"; x.min = lo; x.max = hi; x.step = 1; x.value = n ? hi : lo;
        x.className = n ? "gc-to" : "gc-from";
        x.setAttribute("aria-label", n ? "Last date" : "First date");
      });
      var tl = { lo: lo, hi: hi, chart: chart, a: a, b: b, out: out, play: play, head: head };
      GC.timeline = tl;
      function update() {
        var f = Math.min(+a.value, +b.value), t = Math.max(+a.value, +b.value);
        var n = GC.filterDays(f, t), deaths = 0;
        GC.items.forEach(function (it) { if (it.shown) deaths += it.best; });
        out.textContent = GC.isoDay(f) + " \u2013 " + GC.isoDay(t) + ": " + GC.num(n) + " of " +
          GC.num(GC.items.length) + " incidents, " + GC.num(deaths) + " deaths";
        drawSelection(tl, f, t);
      }
      tl.update = update;
      L.DomEvent.on(a, "input", update);
      L.DomEvent.on(b, "input", update);
      GC.setDateRange = function (f, t) {
        a.value = GC.dayNumber(f); b.value = GC.dayNumber(t); update(); return GC.visibleCount();
      };
      map.on("overlayadd overlayremove", function () { if (GC.items.length) update(); });
      L.DomEvent.on(play, "click", function () { togglePlay(tl); });
      GC.whenData(function () { drawChart(tl, spec); brush(tl); update(); });
      return box;
    } });
    return new C({ position: "bottomleft" }).addTo(map);
  };

  // Incidents by bin (of their first day) and event type, deaths by bin.
  function countBins(bins, spec) {
    var nb = bins.length, types = {};
    var counts = bins.map(function () { return {}; }), deaths = bins.map(function () { return 0; });
    function binOf(day) {             // bins are ordered; months differ in length
      var lo = 0, hi = nb - 1;
      while (lo < hi) { var mid = (lo + hi + 1) >> 1; if (bins[mid][0] <= day) lo = mid; else hi = mid - 1; }
      return lo;
    }
    GC.items.forEach(function (it) {
      var k = binOf(Math.max(it.d0, bins[0][0]));
      counts[k][it.et] = (counts[k][it.et] || 0) + 1;
      deaths[k] += it.best;
      types[it.et] = true;
    });
    var order = Object.keys(spec.colors).filter(function (t) { return types[t]; })
      .concat(Object.keys(types).filter(function (t) { return !(t in spec.colors); }).sort());
    var maxN = 1, maxD = 1;
    counts.forEach(function (c) {
      var s = 0; Object.keys(c).forEach(function (t) { s += c[t]; }); if (s > maxN) maxN = s;
    });
    deaths.forEach(function (d) { if (d > maxD) maxD = d; });
    return { counts: counts, deaths: deaths, order: order, maxN: maxN, maxD: maxD };
  }

  function drawChart(tl, spec) {
    var made = makeBins(tl.lo, tl.hi), bins = made.bins, nb = bins.length;
    tl.bins = bins;
    tl.head.lastChild.textContent = "Incidents per " + made.unit + " (bars) and deaths (line)";
    var c = countBins(bins, spec), counts = c.counts, deaths = c.deaths, order = c.order;
    var maxN = c.maxN, maxD = c.maxD, first = bins[0][0];
    tl.x = function (day) { return (day - first) / (bins[nb - 1][1] - first) * W; };
    tl.day = function (x) { return Math.round(first + x / W * (bins[nb - 1][1] - first)); };
    var g = svg("g", { class: "gc-tl-bars" }, tl.chart);
    bins.forEach(function (bin, k) {
      var x0 = tl.x(bin[0]), bw = Math.max(0.5, tl.x(bin[1]) - x0 - (nb < 120 ? 1 : 0)), y = H;
      var col = svg("g", { class: "gc-tl-bin" }, g), total = 0;
      order.forEach(function (t) {
        var n = counts[k][t] || 0;
        if (!n) return;
        total += n;
        var h = n / maxN * (H - 6);
        y -= h;
        svg("rect", { x: x0.toFixed(2), y: y.toFixed(2), width: bw.toFixed(2), height: h.toFixed(2),
          fill: spec.colors[t] || spec.otherColor }, col);
      });
      var hit = svg("rect", { x: x0.toFixed(2), y: 0, width: bw.toFixed(2), height: H,
        fill: "transparent", class: "gc-tl-hit" }, col);
      var title = svg("title", {}, hit);
      title.textContent = (made.unit === "week" ? "week of " + GC.isoDay(bin[0]) :
        GC.isoDay(bin[0]).slice(0, 7)) +
        ": " + GC.num(total) + " incidents, " + GC.num(deaths[k]) + " deaths" +
        order.filter(function (t) { return counts[k][t]; }).map(function (t) {
          return "\n" + t + ": " + counts[k][t];
        }).join("");
    });
    drawDeathsAndAxis(tl, bins, deaths, maxN, maxD);
    tl.sel = svg("rect", { x: 0, y: 0, width: W, height: H, class: "gc-tl-sel" }, tl.chart);
    tl.counts = counts; tl.deaths = deaths; tl.order = order;
  }

  function drawDeathsAndAxis(tl, bins, deaths, maxN, maxD) {
    var first = bins[0][0];
    var pts = bins.map(function (bin, k) {
      return ((tl.x(bin[0]) + tl.x(bin[1])) / 2).toFixed(1) + "," +
        (H - deaths[k] / maxD * (H - 6)).toFixed(1);
    });
    svg("polyline", { points: pts.join(" "), fill: "none", stroke: "#111", "stroke-width": DEATHS_W,
      "stroke-opacity": 0.7, class: "gc-tl-deaths" }, tl.chart);
    var axis = svg("g", { class: "gc-tl-axis" }, tl.chart);
    var y0 = new Date(first * 86400000).getUTCFullYear(), y1 = new Date(tl.hi * 86400000).getUTCFullYear();
    var step = Math.max(1, Math.ceil((y1 - y0 + 1) / 8));
    for (var yr = y0; yr <= y1; yr += step) {
      var xd = tl.x(Math.round(Date.UTC(yr, 0, 1) / 86400000));
      if (xd < 0) xd = 0;
      var t = svg("text", { x: xd.toFixed(1), y: H + AXIS - 3,
        "text-anchor": xd > W - 30 ? "end" : "start" }, axis);
      t.textContent = String(yr);
    }
    svg("text", { x: W - 2, y: 10, "text-anchor": "end", class: "gc-tl-max" }, tl.chart)
      .textContent = "max " + GC.num(maxN) + " / " + GC.num(maxD) + " deaths";
  }

  function drawSelection(tl, f, t) {
    if (!tl.sel) return;
    var x0 = Math.max(0, tl.x(f)), x1 = Math.min(W, tl.x(t + 1));
    tl.sel.setAttribute("x", x0.toFixed(1));
    tl.sel.setAttribute("width", Math.max(1, x1 - x0).toFixed(1));
  }

  // Drag over the chart: the period under the pointer becomes the filter.
  function brush(tl) {
    var chart = tl.chart, start = null;
    function dayAt(ev) {
      var r = chart.getBoundingClientRect();
      var x = (ev.clientX - r.left) / r.width * W;
      return Math.min(tl.hi, Math.max(tl.lo, tl.day(Math.max(0, Math.min(W, x)))));
    }
    function set(a, b) {
      tl.a.value = Math.min(a, b); tl.b.value = Math.max(a, b); tl.update();
    }
    chart.addEventListener("pointerdown", function (ev) {
      start = dayAt(ev);
      if (chart.setPointerCapture) chart.setPointerCapture(ev.pointerId);
      ev.preventDefault();
    });
    chart.addEventListener("pointermove", function (ev) { if (start !== null) set(start, dayAt(ev)); });
    chart.addEventListener("pointerup", function (ev) {
      if (start === null) return;
      var end = dayAt(ev);
      if (Math.abs(end - start) < 2) {      // a tap: that bin alone, or everything when selected
        var bin = tl.bins.filter(function (b) { return b[0] <= end && end < b[1]; })[0];
        if (bin && !(+tl.a.value === bin[0] && +tl.b.value === bin[1] - 1)) set(bin[0], bin[1] - 1);
        else set(tl.lo, tl.hi);
      } else set(start, end);
      start = null;
    });
    GC.brushDays = function (f, t) { set(GC.dayNumber(f), GC.dayNumber(t)); return GC.visibleCount(); };
  }

  function togglePlay(tl) {
    if (tl.timer) { stop(tl); return; }
    var a = +tl.a.value, b = +tl.b.value;
    var width = b - a < tl.hi - tl.lo ? b - a : Math.max(27, Math.round((tl.hi - tl.lo) / 12));
    var pos = b - a < tl.hi - tl.lo && b < tl.hi ? a : tl.lo;
    tl.play.textContent = "\u25a0"; tl.play.setAttribute("aria-label", "Pause");
    function step() {
      if (pos > tl.hi) { stop(tl); return; }
      tl.a.value = pos; tl.b.value = Math.min(tl.hi, pos + width); tl.update();
      pos += Math.max(7, Math.round(width / 2));
    }
    step();
    tl.timer = setInterval(step, 700);
  }
  function stop(tl) {
    clearInterval(tl.timer); tl.timer = null;
    tl.play.textContent = "\u25b6"; tl.play.setAttribute("aria-label", "Play");
  }
})();
