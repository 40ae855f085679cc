/* StaticBench: helpers every page's script shares. Plain ES2017, no build step, no requests: data
   arrives as script files that fill window.StaticBenchData (browsers refuse fetch() on file://). */
(function () {
  'use strict';

  var data = (window.StaticBenchData = window.StaticBenchData || {});

  /* Numbers for people, exactly as the site's C# ValueFormatter writes them (tests compare the two under node). */

  var TIMES = [[1e9, 's'], [1e6, 'ms'], [1e3, 'µs'], [1, 'ns']];
  var SIZES = [[1073741824, 'GiB'], [1048576, 'MiB'], [1024, 'KiB'], [1, 'B']];

  /** A value in its unit, for people: 1.23 ms, 1.5 MiB, 1,234,567 (count), 0.5 % (other units). */
  function format(value, unit) {
    if (typeof value !== 'number' || !isFinite(value)) return '—';
    if (unit === 'ns') return scaled(value, TIMES);
    if (unit === 'bytes') return scaled(value, SIZES);
    if (unit === 'count') {
      return Math.abs(value) >= 1000 || value === Math.round(value) ? groupThousands(roundHalfEven(value)) : significant(value);
    }
    return significant(value) + ' ' + unit;
  }

  /** A relative change: 0.031 → +3.1%, -0.2 → -20.0%. */
  function ratio(change) {
    if (change !== change) return '—';
    if (!isFinite(change)) return change > 0 ? '+∞' : '-∞';
    return (change >= 0 ? '+' : '-') + Math.abs(change * 100).toFixed(1) + '%';
  }

  /** A fraction as a percent with two significant digits (0.0001 → 0.01%), for the minimum detectable change. */
  function percent(fraction) {
    if (fraction !== fraction) return '—';
    return isFinite(fraction) ? Number((fraction * 100).toPrecision(2)) + '%' : '∞';
  }

  /** A p-value: two significant digits, or "< 0.0001". */
  function pValue(p) {
    if (typeof p !== 'number' || p !== p) return '—';
    return p < 0.0001 ? '< 0.0001' : String(Number(p.toPrecision(2)));
  }

  /**
   * Labels for evenly spaced axis ticks, as ValueFormatter.Ticks writes them: one scale for all (the largest
   * tick's) and as many decimals as the step needs, so neighbouring ticks never read the same ("189 MiB" four
   * times on an axis zoomed to a few KiB).
   */
  function ticks(values, unit) {
    if (values.length < 2) return values.map(function (v) { return format(v, unit); });
    var largest = 0;
    for (var i = 0; i < values.length; i++) largest = Math.max(largest, Math.abs(values[i]));
    var chosen = unit === 'ns' ? pick(largest, TIMES) : unit === 'bytes' ? pick(largest, SIZES) : [1, unit === 'count' ? '' : unit];
    var suffix = chosen[1] ? ' ' + chosen[1] : '';
    var step = Math.abs(values[1] - values[0]) / chosen[0];
    var decimals = step > 0 ? Math.min(9, Math.max(0, Math.ceil(-Math.log10(step) - 1e-9))) : 0;
    return values.map(function (v) {
      var text = (v / chosen[0] + 0).toFixed(decimals);
      if (unit === 'count') { // "N" format: thousands grouped
        var parts = text.replace('-', '').split('.');
        text = (text.charAt(0) === '-' ? '-' : '') + groupThousands(Number(parts[0])) + (parts[1] ? '.' + parts[1] : '');
      }
      return text + suffix;
    });
  }

  /** The first of scales (largest first) the value reaches, or the smallest. */
  function pick(value, scales) {
    for (var i = 0; i < scales.length; i++) {
      if (value >= scales[i][0]) return scales[i];
    }
    return scales[scales.length - 1];
  }

  function scaled(value, scales) {
    var chosen = pick(Math.abs(value), scales);
    return significant(value / chosen[0]) + ' ' + chosen[1];
  }

  function trimZeros(text) {
    return text.indexOf('.') >= 0 ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
  }

  /** Three significant digits, trailing zeros dropped (ValueFormatter.Significant: "G3" below 0.01). */
  function significant(value) {
    var abs = Math.abs(value);
    if (abs > 0 && abs < 0.01) {
      var parts = value.toExponential(2).split('e'), exponent = parseInt(parts[1], 10);
      if (exponent < -4) { // .NET "G": fixed only while the exponent is above -5
        return trimZeros(parts[0]) + 'E' + (exponent < 0 ? '-' : '+') + (Math.abs(exponent) < 10 ? '0' : '') + Math.abs(exponent);
      }
      return trimZeros(value.toFixed(2 - exponent));
    }
    var decimals = abs >= 100 || abs === 0 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3;
    var power = Math.pow(10, decimals), shifted = value * power, whole = Math.trunc(shifted);
    if (Math.abs(shifted - whole) >= 0.5) whole += Math.sign(shifted); // MidpointRounding.AwayFromZero
    return trimZeros((whole / power).toFixed(decimals));
  }

  /** .NET Math.Round(double): halves go to the even neighbour. */
  function roundHalfEven(v) {
    var f = Math.floor(v), d = v - f;
    if (d > 0.5) return f + 1;
    if (d < 0.5) return f;
    return f % 2 === 0 ? f : f + 1;
  }

  function groupThousands(integer) {
    var digits = Math.abs(integer).toFixed(0), grouped = '';
    for (var i = digits.length; i > 0; i -= 3) grouped = digits.slice(Math.max(0, i - 3), i) + (grouped ? ',' + grouped : '');
    return (integer < 0 ? '-' : '') + grouped;
  }


  /* An ISO time as "2026-11-21 10:00" (UTC), as the static pages print it. */
  function time(iso) {
    var d = new Date(iso);
    if (isNaN(d.getTime())) { return ''; }
    return d.toISOString().slice(0, 16).replace('T', ' ');
  }

  function day(iso) { return time(iso).slice(0, 10); }

  /* As CommitId.Short: the first 7 hex digits. */
  function shortSha(sha) { return sha ? sha.slice(0, 7) : ''; }

  /* The line colours: the stylesheet's --s0 … --s7, so light and dark mode each get their own. */
  function palette() {
    var style = getComputedStyle(document.documentElement);
    var colours = [];
    for (var i = 0; i < 8; i++) {
      colours.push(style.getPropertyValue('--s' + i).trim() || '#4269d0');
    }
    return colours;
  }

  function cssVar(name, fallback) {
    return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
  }

  /* Row i of data/commits.js (columns: sha, time in Unix seconds, subject, branch, pr, base, parent index, trend,
     samples, repository index) as an object: { sha, time (ISO), subject, branch, pr, base, parent (sha), trend,
     samples, url }. Pages make objects only of the commits they show, a few of thousands. */
  function commitOf(value, i) {
    var rows = value.commits, repositories = value.repositories || [], r = rows[i];
    return {
      sha: r[0], time: new Date(r[1] * 1000).toISOString(), subject: r[2], branch: r[3], pr: r[4], base: r[5],
      parent: r[6] === null ? null : rows[r[6]][0], trend: r[7] === 1, samples: r[8] === 1,
      url: r[9] === null ? null : repositories[r[9]] + '/commit/' + r[0]
    };
  }

  /* Loads a site file as a script (never fetch, which file:// refuses); resolves once it ran. */
  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement('script');
      script.src = src;
      script.onload = function () { resolve(); };
      script.onerror = function () { reject(new Error('could not load ' + src)); };
      document.head.appendChild(script);
    });
  }

  /* An element with text content only: data never becomes markup. */
  function el(tag, attributes, text) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) { node.setAttribute(name, attributes[name]); });
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  window.StaticBench = {
    data: data,
    format: format,
    ticks: ticks,
    ratio: ratio,
    percent: percent,
    roundHalfEven: roundHalfEven,
    pValue: pValue,
    time: time,
    day: day,
    shortSha: shortSha,
    palette: palette,
    cssVar: cssVar,
    commitOf: commitOf,
    loadScript: loadScript,
    el: el
  };
})();
