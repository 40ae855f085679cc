/* StaticBench compare view: the instruction profiles of the two chosen commits and what moved between them.
   A profile is published as one series per opcode (metric opcode-count) and per function (function-instructions);
   data/index.js says which profile and which name each belongs to (profile, profileName). This puts them back
   together from the two commits' samples (data/samples/<sha>.js) and lists, as `staticbench analyze --base` and
   ProfileComparer do, the totals and every opcode and function whose count changed, largest change first.
   Counts are exact, so no test is needed: any difference is real. */
(function (window) {
  'use strict';

  var SB = window.StaticBench;
  var OPCODES = 'opcode-count', FUNCTIONS = 'function-instructions';
  /** How many changed opcodes and functions a profile lists before "and N more". */
  var TOP = 10;

  function median(values) {
    var v = values.slice().sort(function (a, b) { return a - b; }), n = v.length;
    return n === 0 ? NaN : n % 2 ? v[(n - 1) / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }

  /** The profiles measured in one commit's samples: profile key → { opcodes: Map(name → count), functions: Map }. */
  function profilesOf(index, series) {
    var pooled = new Map();
    Object.keys(series || {}).forEach(function (id) {
      var meta = index.get(id), samples = series[id];
      if (!meta || typeof meta.profile !== 'string' || typeof meta.profileName !== 'string' || !Array.isArray(samples)) return;
      if (meta.metric !== OPCODES && meta.metric !== FUNCTIONS) return;
      var numbers = samples.filter(function (v) { return typeof v === 'number' && isFinite(v); });
      if (!numbers.length) return;
      var profile = pooled.get(meta.profile);
      if (!profile) pooled.set(meta.profile, profile = { opcodes: new Map(), functions: new Map() });
      // Machines are left out of a profile (exact counts do not depend on them): their samples are pooled.
      var part = meta.metric === OPCODES ? profile.opcodes : profile.functions;
      part.set(meta.profileName, (part.get(meta.profileName) || []).concat(numbers));
    });
    pooled.forEach(function (profile) {
      [profile.opcodes, profile.functions].forEach(function (part) {
        part.forEach(function (samples, name) { part.set(name, median(samples)); });
      });
    });
    return pooled;
  }

  function total(profile) {
    var part = profile.opcodes.size ? profile.opcodes : profile.functions, sum = 0;
    part.forEach(function (count) { sum += count; });
    return sum;
  }

  /** ProfileComparer.Changes: every name whose count moved, largest change first, ties by name. */
  function changes(before, after) {
    var names = new Set();
    before.forEach(function (v, name) { names.add(name); });
    after.forEach(function (v, name) { names.add(name); });
    var list = [];
    names.forEach(function (name) {
      var b = before.get(name) || 0, h = after.get(name) || 0;
      if (h !== b) list.push({ name: name, base: b, head: h, delta: h - b });
    });
    return list.sort(function (x, y) {
      return Math.abs(y.delta) - Math.abs(x.delta) || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0);
    });
  }

  /** The difference of every profile both commits have, and the keys only one has. */
  function compareProfiles(index, baseSeries, headSeries) {
    var bases = profilesOf(index, baseSeries), heads = profilesOf(index, headSeries), result = { pairs: [], onlyBase: [], onlyHead: [] };
    heads.forEach(function (head, key) {
      var base = bases.get(key);
      if (!base) { result.onlyHead.push(key); return; }
      result.pairs.push({
        key: key, baseTotal: total(base), headTotal: total(head),
        opcodes: changes(base.opcodes, head.opcodes), functions: changes(base.functions, head.functions),
      });
    });
    bases.forEach(function (base, key) { if (!heads.has(key)) result.onlyBase.push(key); });
    var byKey = function (a, b) { a = a.key || a; b = b.key || b; return a < b ? -1 : a > b ? 1 : 0; };
    result.pairs.sort(byKey);
    result.onlyBase.sort(byKey);
    result.onlyHead.sort(byKey);
    return result;
  }

  function count(v) { return SB.format(v, 'count'); }

  function signed(delta) { return (delta > 0 ? '+' : delta < 0 ? '-' : '') + count(Math.abs(delta)); }

  /** As the benchmark page's profile table: "+500 (+25.0%)", "new (+500)", "gone (-500)". */
  function changeText(c) {
    if (c.base === 0) return 'new (' + signed(c.delta) + ')';
    if (c.head === 0) return 'gone (' + signed(c.delta) + ')';
    return signed(c.delta) + ' (' + SB.ratio(c.delta / c.base) + ')';
  }

  function table(kind, label, list, baseTotal) {
    var wrap = SB.el('div', { 'class': 'table-wrap' });
    var t = SB.el('table', { 'class': 'profile-diff-' + kind });
    var headRow = SB.el('tr');
    [[label, ''], ['Base', 'num'], ['Head', 'num'], ['Change', 'num'], ['Of base total', 'num']].forEach(function (h) {
      headRow.appendChild(SB.el('th', { scope: 'col', 'class': h[1] }, h[0]));
    });
    var thead = SB.el('thead');
    thead.appendChild(headRow);
    t.appendChild(thead);
    var body = SB.el('tbody');
    list.slice(0, TOP).forEach(function (c) {
      var tr = SB.el('tr');
      var name = SB.el('th', { scope: 'row' });
      name.appendChild(SB.el('code', null, c.name));
      tr.appendChild(name);
      tr.appendChild(SB.el('td', { 'class': 'num' }, count(c.base)));
      tr.appendChild(SB.el('td', { 'class': 'num' }, count(c.head)));
      tr.appendChild(SB.el('td', { 'class': 'num' }, changeText(c)));
      tr.appendChild(SB.el('td', { 'class': 'num' }, baseTotal ? SB.ratio(c.delta / baseTotal) : '—'));
      body.appendChild(tr);
    });
    if (list.length > TOP) {
      var rest = SB.el('tr', { 'class': 'rest' });
      rest.appendChild(SB.el('th', { scope: 'row', colspan: '5' }, 'and ' + (list.length - TOP) + ' more that changed'));
      body.appendChild(rest);
    }
    t.appendChild(body);
    wrap.appendChild(t);
    return wrap;
  }

  /** Fills container with the profile difference of the two commits; empty when neither has a profile. */
  function render(container, index, baseSeries, headSeries, baseSha, headSha) {
    container.textContent = '';
    var diff = compareProfiles(index, baseSeries, headSeries);
    if (!diff.pairs.length && !diff.onlyBase.length && !diff.onlyHead.length) { container.hidden = true; return diff; }
    container.hidden = false;
    container.appendChild(SB.el('h2', { id: 'profiles' }, 'Instruction profiles'));
    container.appendChild(SB.el('p', { 'class': 'meta' },
      'Executed instructions of each profile at ' + SB.shortSha(headSha) + ' against ' + SB.shortSha(baseSha) +
      ': the opcodes and functions whose count changed, largest change first (exact counts: every difference is real).'));
    diff.pairs.forEach(function (p) {
      var section = SB.el('section', { 'class': 'profile-diff' });
      section.appendChild(SB.el('h3', null, p.key));
      var delta = p.headTotal - p.baseTotal;
      section.appendChild(SB.el('p', { 'class': 'meta profile-diff-total' },
        'Total ' + count(p.baseTotal) + ' → ' + count(p.headTotal) + ': ' +
        (delta === 0 ? 'no change' : signed(delta) + ' (' + SB.ratio(p.baseTotal ? delta / p.baseTotal : NaN) + ')') + '.'));
      if (p.opcodes.length) section.appendChild(table('opcodes', 'Opcode', p.opcodes, p.baseTotal));
      if (p.functions.length) section.appendChild(table('functions', 'Function', p.functions, p.baseTotal));
      if (!p.opcodes.length && !p.functions.length) section.appendChild(SB.el('p', null, 'Identical profiles.'));
      container.appendChild(section);
    });
    [[diff.onlyBase, 'Profiled only at the base: '], [diff.onlyHead, 'Profiled only at the head: ']].forEach(function (side) {
      if (side[0].length) container.appendChild(SB.el('p', { 'class': 'meta' }, side[1] + side[0].join('; ') + '.'));
    });
    return diff;
  }

  window.StaticBenchCompareProfiles = { render: render, compareProfiles: compareProfiles };
})(window);
