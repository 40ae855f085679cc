/* StaticBench: helpers every page's script shares. Plain ES2017, no build step, no requests: data
   arrives as script files that fill window.StaticBenchData (browsers refuse fetch() on file://). */
(function () {
  'use strict';

  var data = (window.StaticBenchData = window.StaticBenchData || {});

  var times = [[1e9, 's'], [1e6, 'ms'], [1e3, 'µs'], [1, 'ns']];
  var sizes = [[1073741824, 'GiB'], [1048576, 'MiB'], [1024, 'KiB'], [1, 'B']];

  /* Three significant digits, trailing zeros dropped: the site's ValueFormatter, for tooltips and ticks. */
  function significant(value) {
    var abs = Math.abs(value);
    if (abs > 0 && abs < 0.01) {
      return Number(value.toPrecision(3)).toString();
    }
    var decimals = abs >= 100 || abs === 0 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3;
    var text = round(value, decimals).toFixed(decimals);
    return text.indexOf('.') >= 0 ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
  }

  /* Rounds half away from zero, as .NET's MidpointRounding.AwayFromZero. */
  function round(value, decimals) {
    var factor = Math.pow(10, decimals);
    var scaled = Math.abs(value) * factor;
    var r = Math.round(Number(scaled.toPrecision(15)));
    return (value < 0 ? -r : r) / factor;
  }

  function scaled(value, scales, separator) {
    var pick = scales[scales.length - 1];
    for (var i = 0; i < scales.length; i++) {
      if (Math.abs(value) >= scales[i][0]) { pick = scales[i]; break; }
    }
    return significant(value / pick[0]) + separator + pick[1];
  }

  /* A value in a normalized unit (ns, bytes, count, or as written), for people. */
  function format(value, unit) {
    if (value === null || value === undefined || !isFinite(value)) { return '–'; }
    if (unit === 'ns') { return scaled(value, times, ' '); }
    if (unit === 'bytes') { return scaled(value, sizes, ' '); }
    if (unit === 'count') {
      return Math.abs(value) >= 1000 || value === Math.round(value)
        ? Math.round(value).toLocaleString('en-US') : significant(value);
    }
    return significant(value) + ' ' + unit;
  }

  /* A relative change: 0.031 → "+3.1%". */
  function ratio(change) {
    return (change >= 0 ? '+' : '-') + Math.abs(change * 100).toFixed(1) + '%';
  }

  /* An ISO time as "2026-11-21 10:00" (UTC), as the static pages print it. */
  function time(iso) {
    var d = new Date(iso);
    if (isNaN(d.getTime())) { return ''; }
    return d.toISOString().slice(0, 16).replace('T', ' ');
  }

  function day(iso) { return time(iso).slice(0, 10); }

  function shortSha(sha) { return sha ? sha.slice(0, 10) : ''; }

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
    ratio: ratio,
    time: time,
    day: day,
    shortSha: shortSha,
    palette: palette,
    cssVar: cssVar,
    loadScript: loadScript,
    el: el
  };
})();
