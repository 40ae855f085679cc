/* StaticBench trend charts: every [data-chart] element of a benchmark page becomes a uPlot chart of its
   data script (data/bench/<slug>.js and the blocks it names), along the project's commits (data/commits.js).
   Hover, tap or focus the chart and use the arrow keys for a point's commit, date, subject and each line's
   median with its interval, samples and engine version; click (or Enter) opens the compare view of that
   commit against its parent; drag to zoom, the toolbar and + - Shift+arrows to zoom and pan, "All" to see
   the whole history; the legend chooses the lines; "Log" switches the y axis. */
(function () {
  'use strict';

  var SB = window.StaticBench;
  var ZOOM = 0.5;
  var POINTS_SHOWN_BELOW = 150;
  /* A chart this close to the screen (CSS pixels) is drawn. */
  var NEAR_SCREEN = 400;

  function commitAt(commits, x) { return commits.at(x); }

  /* data/commits.js's rows, each made an object (StaticBench.commitOf) the first time a chart asks for it: a chart
     names a few dozen commits on its axis and in its tooltip, not the thousands of the history. */
  function Commits(value) {
    this.value = value && value.commits ? value : null;
    this.made = [];
  }
  Commits.prototype.at = function (x) {
    if (!this.value || x < 0 || x >= this.value.commits.length || x !== Math.floor(x)) { return null; }
    return this.made[x] || (this.made[x] = SB.commitOf(this.value, x));
  };

  /* The chart's commits from their runs of consecutive indexes, [[first, count], …]. */
  function expand(runs) {
    var xs = [];
    runs.forEach(function (run) { for (var i = 0; i < run[1]; i++) { xs.push(run[0] + i); } });
    return xs;
  }

  function TrendChart(host, spec, commits, root) {
    this.host = host;
    this.spec = spec;
    this.commits = commits;
    this.root = root;
    this.log = false;
    this.xs = expand(spec.x);
    this.window = [0, this.xs.length - 1];
    this.shown = spec.lines.map(function () { return true; });
    this.colours = SB.palette();
    this.cursor = this.xs.length - 1;
    this.buildFrame();
    this.draw();
  }

  TrendChart.prototype.buildFrame = function () {
    var self = this;
    var host = this.host;
    host.textContent = '';
    host.classList.add('chart-live');

    var bar = SB.el('div', { 'class': 'chart-toolbar', role: 'toolbar', 'aria-label': 'Chart controls for ' + this.spec.title });
    function button(label, title, action) {
      var b = SB.el('button', { type: 'button', title: title, 'aria-label': title }, label);
      b.addEventListener('click', action);
      bar.appendChild(b);
      return b;
    }
    button('−', 'Zoom out', function () { self.zoom(1 / ZOOM); });
    button('+', 'Zoom in', function () { self.zoom(ZOOM); });
    button('←', 'Pan to older commits', function () { self.pan(-0.25); });
    button('→', 'Pan to newer commits', function () { self.pan(0.25); });
    button('All', 'Show the whole history', function () { self.setWindow(0, self.xs.length - 1); });
    this.logButton = button('Log', 'Logarithmic y axis', function () {
      self.log = !self.log;
      self.logButton.setAttribute('aria-pressed', String(self.log));
      self.draw();
    });
    this.logButton.setAttribute('aria-pressed', 'false');
    this.range = SB.el('span', { 'class': 'chart-range', 'aria-live': 'polite' });
    bar.appendChild(this.range);
    host.appendChild(bar);

    this.plotBox = SB.el('div', {
      'class': 'chart-plot', tabindex: '0', role: 'img',
      'aria-label': this.spec.title + '. Arrow keys move between commits, Enter compares a commit with its parent, plus and minus zoom.'
    });
    host.appendChild(this.plotBox);
    this.tip = SB.el('div', { 'class': 'chart-tip', role: 'status', 'aria-live': 'polite', hidden: '' });
    host.appendChild(this.tip);

    this.plotBox.addEventListener('keydown', function (e) { self.onKey(e); });
    this.plotBox.addEventListener('focus', function () { self.moveCursor(self.cursor); });
    this.plotBox.addEventListener('blur', function () { self.tip.hidden = true; });
    window.addEventListener('resize', function () {
      if (self.plot) { self.plot.setSize(self.size()); }
    });
  };

  TrendChart.prototype.size = function () {
    var width = Math.max(280, this.host.clientWidth || 600);
    return { width: width, height: width < 500 ? 220 : 300 };
  };

  /* uPlot's aligned data: x, then each line's medians. */
  TrendChart.prototype.data = function () {
    var columns = [this.xs];
    this.spec.lines.forEach(function (line) { columns.push(line.median); });
    return columns;
  };

  /* The y range from the medians of the lines shown within the visible commits, never the intervals. */
  TrendChart.prototype.yRange = function (from, to) {
    var lo = Infinity, hi = -Infinity, self = this;
    this.spec.lines.forEach(function (line, i) {
      if (!self.shown[i]) { return; }
      for (var k = 0; k < self.xs.length; k++) {
        var x = self.xs[k], v = line.median[k];
        if (x < from || x > to || v === null || (self.log && v <= 0)) { continue; }
        if (v < lo) { lo = v; }
        if (v > hi) { hi = v; }
      }
    });
    if (!isFinite(lo)) { return [0, 1]; }
    if (this.log) { return [lo / 1.05, hi * 1.05]; }
    var pad = (hi - lo) * 0.08 || Math.abs(hi) * 0.05 || 1;
    return [lo - pad, hi + pad];
  };

  /**
   * Tick steps of a size axis in the unit its labels show (KiB, MiB, ... as for its largest value): 1, 2, 2.5 and
   * 5 times a power of ten of that unit, so ticks fall on round values of it, as the trend images' do (YAxisTicks).
   */
  function byteSteps(largest) {
    var scale = largest >= 1073741824 ? 1073741824 : largest >= 1048576 ? 1048576 : largest >= 1024 ? 1024 : 1;
    var steps = [];
    for (var power = -4; power <= 4; power++) {
      [1, 2, 2.5, 5].forEach(function (m) { steps.push(m * Math.pow(10, power) * scale); });
    }
    return steps;
  }

  /** The y axis as wide as its longest label (at least 72 px, so charts side by side line up in the common case). */
  function axisWidth(u, values, axisIndex, cycle) {
    var axis = u.axes[axisIndex];
    if (cycle > 1) return axis._size; // settle rather than oscillate between two widths
    var longest = (values || []).reduce(function (a, v) { return v.length > a.length ? v : a; }, '');
    u.ctx.font = axis.font[0];
    return Math.max(72, Math.ceil(axis.ticks.size + axis.gap + u.ctx.measureText(longest).width / devicePixelRatio));
  }

  TrendChart.prototype.largestMedian = function () {
    var largest = 0;
    this.spec.lines.forEach(function (line) {
      line.median.forEach(function (v) { if (v !== null && Math.abs(v) > largest) largest = Math.abs(v); });
    });
    return largest;
  };

  TrendChart.prototype.draw = function () {
    var self = this;
    var spec = this.spec;
    var unit = spec.unit;
    var muted = SB.cssVar('--muted', '#59636e');
    var grid = SB.cssVar('--line', '#d0d7de');
    var series = [{ label: 'commit', value: function (u, x) { return x === null ? '' : self.commitLabel(x); } }];
    spec.lines.forEach(function (line, i) {
      series.push({
        label: line.name,
        stroke: self.colours[line.colour % self.colours.length],
        width: 2,
        show: self.shown[i],
        spanGaps: true,
        points: { show: function (u) { return self.visibleCount(u) <= POINTS_SHOWN_BELOW; }, size: 6 },
        value: function (u, v) { return v === null || v === undefined ? '–' : SB.format(v, unit); }
      });
    });

    var opts = Object.assign(this.size(), {
      title: '',
      series: series,
      legend: { live: true },
      cursor: { drag: { x: true, y: false, setScale: true }, points: { size: 9 }, focus: { prox: 24 } },
      focus: { alpha: 0.35 },
      scales: {
        x: { time: false, range: function () { return [self.xs[self.window[0]] - 0.5, self.xs[self.window[1]] + 0.5]; } },
        y: {
          distr: this.log ? 3 : 1,
          range: function () { return self.yRange(self.xs[self.window[0]] - 0.5, self.xs[self.window[1]] + 0.5); }
        }
      },
      axes: [
        {
          stroke: muted, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid },
          space: 90,
          values: function (u, splits) { return splits.map(function (x) { return self.tickLabel(x); }); }
        },
        {
          stroke: muted, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid },
          size: axisWidth,
          incrs: unit === 'bytes' ? byteSteps(this.largestMedian()) : undefined,
          // A log axis across decades labels each tick on its own, as the trend images do (YAxisTicks.Log).
          values: function (u, splits) {
            var acrossDecades = self.log && splits.length > 1 && splits[splits.length - 1] >= 10 * splits[0];
            return acrossDecades ? splits.map(function (v) { return SB.format(v, unit); }) : SB.ticks(splits, unit);
          }
        }
      ],
      hooks: {
        drawAxes: [function (u) { self.drawBands(u); }],
        draw: [function (u) { self.drawMarkers(u); }],
        setCursor: [function (u) { self.onCursor(u); }],
        setScale: [function (u, key) { if (key === 'x') { self.onScale(u); } }],
        setSeries: [function (u, i, opts) { if (i > 0 && opts && 'show' in opts) { self.shown[i - 1] = opts.show; u.redraw(false, true); } }]
      }
    });

    if (this.plot) { this.plot.destroy(); }
    this.plotBox.textContent = '';
    this.plot = new uPlot(opts, this.data(), this.plotBox);
    this.attachClicks();
    this.updateRange();
  };

  /* The commits within the x scale: columns [from, to] of x found by bisection (x is ascending). */
  TrendChart.prototype.visibleCount = function (u) {
    return Math.max(0, this.columnAtOrAfter(u.scales.x.max + 1e-9) - this.columnAtOrAfter(u.scales.x.min));
  };

  /* The first column whose commit is at or after x (xs.length when none is). */
  TrendChart.prototype.columnAtOrAfter = function (x) {
    var lo = 0, hi = this.xs.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (this.xs[mid] < x) { lo = mid + 1; } else { hi = mid; }
    }
    return lo;
  };

  /* The interval of each shown line's medians as a translucent band under the lines. Where several commits share a
     pixel column, the column's band runs from their lowest low to their highest high, as the static images draw it:
     the same picture from one vertex pair per column instead of one per commit (3,000 commits in 600 columns). */
  TrendChart.prototype.drawBands = function (u) {
    var ctx = u.ctx, self = this, log = this.log;
    var from = Math.max(0, this.columnAtOrAfter(u.scales.x.min) - 1), to = Math.min(this.xs.length, this.columnAtOrAfter(u.scales.x.max) + 1);
    // x is a linear scale: its canvas position is a + b·x (u.valToPos per commit costs more than the rest of the loop).
    var a = u.valToPos(0, 'x', true), b = u.valToPos(1, 'x', true) - a;
    ctx.save();
    ctx.beginPath();
    ctx.rect(u.bbox.left, u.bbox.top, u.bbox.width, u.bbox.height);
    ctx.clip();
    this.spec.lines.forEach(function (line, i) {
      if (!self.shown[i]) { return; }
      // Per pixel column: its x, and the lowest low and highest high of its commits (values, not positions).
      var xs = [], lows = [], highs = [], column = NaN;
      for (var k = from; k < to; k++) {
        var low = line.low[k], high = line.high[k];
        if (low === null || high === null || (log && low <= 0)) { continue; }
        var x = a + b * self.xs[k], at = Math.round(x);
        if (at === column) {
          var last = xs.length - 1;
          if (low < lows[last]) { lows[last] = low; }
          if (high > highs[last]) { highs[last] = high; }
          continue;
        }
        column = at;
        xs.push(x);
        lows.push(low);
        highs.push(high);
      }
      if (xs.length === 0) { return; }
      ctx.beginPath();
      for (var j = 0; j < xs.length; j++) {
        var y = u.valToPos(highs[j], 'y', true);
        if (j === 0) { ctx.moveTo(xs[j], y); } else { ctx.lineTo(xs[j], y); }
      }
      for (j = xs.length - 1; j >= 0; j--) { ctx.lineTo(xs[j], u.valToPos(lows[j], 'y', true)); }
      ctx.closePath();
      ctx.globalAlpha = 0.18;
      ctx.fillStyle = self.colours[line.colour % self.colours.length];
      ctx.fill();
      ctx.globalAlpha = 1;
    });
    ctx.restore();
  };

  /* Found changes as dashed vertical lines before the first commit after each step. */
  TrendChart.prototype.drawMarkers = function (u) {
    var ctx = u.ctx;
    var worse = SB.cssVar('--worse', '#cf222e'), better = SB.cssVar('--better', '#1a7f37');
    ctx.save();
    ctx.setLineDash([5, 4]);
    ctx.lineWidth = 1.5 * devicePixelRatio;
    this.spec.markers.forEach(function (m) {
      if (m.x < u.scales.x.min || m.x > u.scales.x.max) { return; }
      var x = u.valToPos(m.x - 0.5, 'x', true);
      ctx.strokeStyle = m.kind === 'regression' ? worse : better;
      ctx.beginPath();
      ctx.moveTo(x, u.bbox.top);
      ctx.lineTo(x, u.bbox.top + u.bbox.height);
      ctx.stroke();
    });
    ctx.restore();
  };

  /* Dates on the x axis; with the time of day when the visible commits span less than three days. */
  TrendChart.prototype.tickLabel = function (x) {
    var c = commitAt(this.commits, Math.round(x));
    if (!c || Math.abs(x - Math.round(x)) > 1e-9) { return ''; }
    var first = commitAt(this.commits, this.xs[this.window[0]]), last = commitAt(this.commits, this.xs[this.window[1]]);
    var short = first && last && new Date(last.time) - new Date(first.time) < 3 * 86400000;
    return short ? SB.time(c.time).slice(5) : SB.day(c.time);
  };

  TrendChart.prototype.commitLabel = function (x) {
    var c = commitAt(this.commits, x);
    return c ? SB.shortSha(c.sha) + ' · ' + SB.day(c.time) : '';
  };

  TrendChart.prototype.onCursor = function (u) {
    if (u.cursor.idx === null || u.cursor.idx === undefined) {
      if (document.activeElement !== this.plotBox) { this.tip.hidden = true; }
      return;
    }
    this.cursor = u.cursor.idx;
    this.showTip(u.cursor.idx, u.cursor.left);
  };

  /* The tooltip of data column k: commit, date, subject, and each shown line at that commit. */
  TrendChart.prototype.showTip = function (k, left) {
    var spec = this.spec, self = this;
    var c = commitAt(this.commits, this.xs[k]);
    var tip = this.tip;
    tip.textContent = '';
    if (c) {
      var head = SB.el('div', { 'class': 'tip-head' });
      head.appendChild(SB.el('code', null, SB.shortSha(c.sha)));
      head.appendChild(document.createTextNode(' ' + SB.time(c.time)));
      tip.appendChild(head);
      tip.appendChild(SB.el('div', { 'class': 'tip-subject' }, c.subject));
    }
    spec.lines.forEach(function (line, i) {
      if (!self.shown[i] || line.median[k] === null) { return; }
      var row = SB.el('div', { 'class': 'tip-line' });
      var swatch = SB.el('span', { 'class': 'swatch', 'aria-hidden': 'true' });
      swatch.style.background = self.colours[line.colour % self.colours.length];
      row.appendChild(swatch);
      var version = line.v ? line.versions[line.v[k]] : line.versions[0];
      row.appendChild(document.createTextNode(
        line.name + ': ' + SB.format(line.median[k], spec.unit) +
        ' [' + SB.format(line.low[k], spec.unit) + ' – ' + SB.format(line.high[k], spec.unit) + ']' +
        ' · ' + (line.n ? line.n[k] : line.samplesPerPoint) + ' samples' + (version ? ' · ' + version : '')));
      tip.appendChild(row);
    });
    if (c) {
      tip.appendChild(SB.el('div', { 'class': 'tip-hint' }, c.parent ? 'Click or press Enter to compare with its parent' : 'The first commit: nothing to compare with'));
    }
    tip.hidden = false;
    var plotWidth = this.plotBox.clientWidth;
    var x = left === undefined || left === null ? this.plot.valToPos(this.xs[k], 'x') : left;
    tip.style.left = Math.max(0, Math.min(x + 60, plotWidth - 280)) + 'px';
  };

  /* Keyboard: arrows move between commits, Home/End jump, Enter compares, + - zoom, Shift+arrows pan. */
  TrendChart.prototype.onKey = function (e) {
    var k = this.cursor;
    if (e.key === 'ArrowLeft' && e.shiftKey) { this.pan(-0.25); }
    else if (e.key === 'ArrowRight' && e.shiftKey) { this.pan(0.25); }
    else if (e.key === 'ArrowLeft') { this.moveCursor(Math.max(this.window[0], k - 1)); }
    else if (e.key === 'ArrowRight') { this.moveCursor(Math.min(this.window[1], k + 1)); }
    else if (e.key === 'Home') { this.moveCursor(this.window[0]); }
    else if (e.key === 'End') { this.moveCursor(this.window[1]); }
    else if (e.key === 'Enter') { this.openCompare(k); }
    else if (e.key === '+' || e.key === '=') { this.zoom(ZOOM); }
    else if (e.key === '-') { this.zoom(1 / ZOOM); }
    else { return; }
    e.preventDefault();
  };

  TrendChart.prototype.moveCursor = function (k) {
    k = Math.max(0, Math.min(this.xs.length - 1, k));
    if (k < this.window[0] || k > this.window[1]) {
      var span = this.window[1] - this.window[0];
      var from = Math.max(0, Math.min(k - Math.floor(span / 2), this.xs.length - 1 - span));
      this.setWindow(from, from + span);
    }
    this.cursor = k;
    var u = this.plot;
    var top = this.firstValueTop(k);
    u.setCursor({ left: u.valToPos(this.xs[k], 'x'), top: top });
    this.showTip(k);
  };

  TrendChart.prototype.firstValueTop = function (k) {
    for (var i = 0; i < this.spec.lines.length; i++) {
      var v = this.spec.lines[i].median[k];
      if (this.shown[i] && v !== null) { return this.plot.valToPos(v, 'y'); }
    }
    return this.plot.bbox.height / devicePixelRatio / 2;
  };

  TrendChart.prototype.openCompare = function (k) {
    var c = commitAt(this.commits, this.xs[k]);
    if (!c || !c.parent) { return; }
    window.location.href = this.root + 'compare.html?base=' + encodeURIComponent(c.parent) + '&head=' + encodeURIComponent(c.sha);
  };

  /* A click without a drag opens the compare view; on touch the first tap shows the tooltip, a second tap on the same commit opens it. */
  TrendChart.prototype.attachClicks = function () {
    var self = this, over = this.plot.over, down = null, lastTap = null;
    over.addEventListener('pointerdown', function (e) { down = { x: e.clientX, y: e.clientY }; });
    over.addEventListener('pointerup', function (e) {
      if (!down || Math.abs(e.clientX - down.x) > 3 || Math.abs(e.clientY - down.y) > 3) { return; }
      var rect = over.getBoundingClientRect();
      var x = Math.round(self.plot.posToVal(e.clientX - rect.left, 'x'));
      var k = self.nearestColumn(x);
      if (k < 0) { return; }
      if (e.pointerType === 'touch' && lastTap !== k) {
        lastTap = k;
        self.moveCursor(k);
        return;
      }
      self.openCompare(k);
    });
  };

  TrendChart.prototype.nearestColumn = function (x) {
    var best = -1, distance = Infinity;
    for (var k = this.window[0]; k <= this.window[1]; k++) {
      var d = Math.abs(this.xs[k] - x);
      if (d < distance) { best = k; distance = d; }
    }
    return best;
  };

  /* Column window [from, to] (indexes into x). */
  TrendChart.prototype.setWindow = function (from, to) {
    var last = this.xs.length - 1;
    from = Math.max(0, Math.min(from, last));
    to = Math.max(from, Math.min(to, last));
    this.window = [from, to];
    this.plot.setScale('x', { min: this.xs[from] - 0.5, max: this.xs[to] + 0.5 });
    this.updateRange();
  };

  TrendChart.prototype.zoom = function (factor) {
    var span = this.window[1] - this.window[0];
    var next = Math.max(4, Math.round((span + 1) * factor));
    var centre = Math.min(Math.max(this.cursor, this.window[0]), this.window[1]);
    var from = Math.round(centre - next * (centre - this.window[0]) / Math.max(1, span));
    this.setWindow(from, from + next - 1);
  };

  TrendChart.prototype.pan = function (fraction) {
    var span = this.window[1] - this.window[0];
    var step = (fraction < 0 ? -1 : 1) * Math.max(1, Math.round((span + 1) * Math.abs(fraction)));
    var from = Math.max(0, Math.min(this.window[0] + step, this.xs.length - 1 - span));
    this.setWindow(from, from + span);
  };

  /* A drag-zoom sets the x scale directly: read the window back from it. */
  TrendChart.prototype.onScale = function (u) {
    var from = 0, to = this.xs.length - 1;
    while (from < to && this.xs[from] < u.scales.x.min) { from++; }
    while (to > from && this.xs[to] > u.scales.x.max) { to--; }
    this.window = [from, to];
    this.updateRange();
  };

  TrendChart.prototype.updateRange = function () {
    var first = commitAt(this.commits, this.xs[this.window[0]]), last = commitAt(this.commits, this.xs[this.window[1]]);
    var shown = this.window[1] - this.window[0] + 1;
    this.range.textContent = shown + ' of ' + this.xs.length + ' commits' +
      (first && last ? ' · ' + SB.day(first.time) + ' – ' + SB.day(last.time) : '');
    this.host.setAttribute('data-window', this.window[0] + '-' + this.window[1]);
  };

  /* A benchmark's data: the head (data/bench/<slug>.js: titles, lines, markers, the names of its closed blocks and its
     newest block) and its closed blocks, each holding its charts' commits and cells at some of the benchmark's points.
     Put back together, each chart has x runs and per line median, low, high, n, versions and v along the whole history. */
  function assemble(head, blocks) {
    var all = blocks.concat([head.newest]);
    return { benchmark: head.benchmark, charts: head.charts.map(function (chart) { return assembleChart(chart, all); }) };
  }

  /* One chart of the head from its parts in the blocks: arrays sized once, each block's versions mapped once. */
  function assembleChart(chart, all) {
    var parts = [], width = 0;
    all.forEach(function (block) {
      var part = block && block.charts[chart.id];
      if (!part) { return; }
      var w = 0;
      part.x.forEach(function (run) { w += run[1]; });
      parts.push({ part: part, width: w });
      width += w;
    });
    var spec = { id: chart.id, title: chart.title, unit: chart.unit, better: chart.better, markers: chart.markers, x: [] };
    parts.forEach(function (p) {
      p.part.x.forEach(function (run) {
        var last = spec.x[spec.x.length - 1];
        if (last && last[0] + last[1] === run[0]) { last[1] += run[1]; } else { spec.x.push([run[0], run[1]]); }
      });
    });
    spec.lines = chart.lines.map(function (line, i) {
      var out = {
        series: line.series, name: line.name, status: line.status, colour: line.colour,
        median: new Array(width), low: new Array(width), high: new Array(width), n: new Array(width), versions: [], v: new Array(width)
      };
      var at = 0;
      parts.forEach(function (p) {
        var cells = p.part.lines[i], k;
        if (!cells) {
          for (k = 0; k < p.width; k++, at++) { out.median[at] = null; out.low[at] = null; out.high[at] = null; out.n[at] = null; out.v[at] = null; }
          return;
        }
        var map = cells.versions.map(function (version) {
          var found = out.versions.indexOf(version);
          if (found < 0) { out.versions.push(version); found = out.versions.length - 1; }
          return found;
        });
        for (k = 0; k < p.width; k++, at++) {
          var n = cells.n ? cells.n[k] : cells.samplesPerPoint;
          out.median[at] = cells.median[k];
          out.low[at] = cells.low[k];
          out.high[at] = cells.high[k];
          out.n[at] = n;
          out.v[at] = n === null ? null : map[cells.v ? cells.v[k] : 0];
        }
      });
      return out;
    });
    return spec;
  }

  /* Loads the closed blocks a head names (script files, in parallel) and resolves with them, the head's newest block last. */
  function loadBlocks(head, root) {
    return Promise.all(head.blocks.map(function (key) {
      var loaded = SB.data[key];
      return loaded ? Promise.resolve(loaded) : SB.loadScript(root + 'data/' + key + '.js').then(function () {
        if (!SB.data[key]) { throw new Error('data/' + key + '.js holds no data'); }
        return SB.data[key];
      });
    })).then(function (blocks) { return blocks.concat([head.newest]); });
  }

  /* The data of every benchmark a chart of this page draws, by data-source: a promise of { head, blocks }. */
  var sources = {};
  function source(host) {
    var key = host.getAttribute('data-source');
    if (!sources[key]) {
      var head = SB.data[key];
      sources[key] = head && head.charts && head.newest
        ? loadBlocks(head, host.getAttribute('data-root') || '').then(function (blocks) { return { head: head, blocks: blocks }; })
        : Promise.reject(new Error('data/' + key + '.js did not load'));
    }
    return sources[key];
  }

  function init() {
    var commits = new Commits(SB.data.commits);
    var nodes = Array.prototype.slice.call(document.querySelectorAll('[data-chart]'));
    function start(host) {
      if (host.chart || host.chartLoading) { return; }
      host.chartLoading = true;
      var id = host.getAttribute('data-chart');
      source(host).then(function (data) {
        // Only this chart is put together: a page's other charts wait until they come near the screen.
        var chart = data.head.charts.filter(function (c) { return c.id === id; })[0];
        if (!chart || typeof uPlot === 'undefined') { return; }
        host.chart = new TrendChart(host, assembleChart(chart, data.blocks), commits, host.getAttribute('data-root') || '');
      }, function (error) {
        // The static image stays; say why the chart is not interactive.
        host.appendChild(SB.el('p', { 'class': 'meta chart-error', role: 'status' }, 'The interactive chart could not load its data: ' + error.message));
      });
    }
    if (!('IntersectionObserver' in window)) { nodes.forEach(start); return; }
    // The charts on the first screen are drawn now, not a frame later when the observer would first report them.
    var near = window.innerHeight + NEAR_SCREEN;
    nodes.forEach(function (host) {
      var box = host.getBoundingClientRect();
      if (box.bottom > -NEAR_SCREEN && box.top < near) { start(host); }
    });
    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        if (entry.isIntersecting) { observer.unobserve(entry.target); start(entry.target); }
      });
    }, { rootMargin: NEAR_SCREEN + 'px 0px' });
    nodes.forEach(function (host) { if (!host.chartLoading) { observer.observe(host); } });
    // A link to a chart (#chart-…) draws it before the browser scrolls there.
    if (location.hash) {
      var target = document.getElementById(location.hash.slice(1));
      var host = target && target.querySelector('[data-chart]');
      if (host) { start(host); }
    }
  }

  window.StaticBenchCharts = { TrendChart: TrendChart, init: init, assemble: assemble };
  // The page includes this script after its charts and its benchmark's head, before data/commits.js and uPlot: the
  // blocks start loading now, in parallel with those, and each chart is drawn once the page is parsed and the chart
  // comes near the screen, so a page of dozens of charts opens at once.
  Array.prototype.slice.call(document.querySelectorAll('[data-chart]')).forEach(function (host) { source(host).catch(function () {}); });
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
