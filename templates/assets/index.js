/* StaticBench index: search, filters, sortable columns and grouping over the series table that the page
   already holds (it works without scripts too, sorted by benchmark). The state lives in the address's
   fragment (#q=sort&status=regression&group=engine&sort=latest-desc), so a filtered view can be shared. */
(function () {
  'use strict';

  var SB = window.StaticBench;
  var FIELDS = ['benchmark', 'engine', 'phase', 'metric', 'machine', 'parameters'];
  var STATUS_ORDER = { 'regression': 0, 'improvement': 1, 'no change': 2, 'too little data': 3 };

  function init() {
    var table = document.getElementById('series-table');
    var form = document.getElementById('series-filter');
    if (!table || !form) { return; }
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows).filter(function (r) { return !r.classList.contains('group-row'); });
    var count = document.getElementById('series-count');
    var selects = {};
    FIELDS.slice(1).forEach(function (field) { selects[field] = form.querySelector('select[name="' + field + '"]'); });
    var search = form.querySelector('input[name="q"]');
    var group = form.querySelector('select[name="group"]');
    var statuses = Array.prototype.slice.call(form.querySelectorAll('input[name="status"]'));
    var sort = { key: 'benchmark', descending: false };

    // Each select offers the values the rows have.
    Object.keys(selects).forEach(function (field) {
      var select = selects[field];
      if (!select) { return; }
      var values = {};
      rows.forEach(function (r) { values[r.getAttribute('data-' + field)] = true; });
      Object.keys(values).sort().forEach(function (v) {
        select.appendChild(SB.el('option', { value: v }, v === '' ? '(none)' : v));
      });
    });

    function readFragment() {
      var state = {};
      location.hash.replace(/^#/, '').split('&').forEach(function (pair) {
        if (!pair) { return; }
        var i = pair.indexOf('=');
        if (i < 0) { return; }
        try { state[decodeURIComponent(pair.slice(0, i))] = decodeURIComponent(pair.slice(i + 1)); } catch (e) { /* ignore a malformed pair */ }
      });
      if (state.q !== undefined) { search.value = state.q; }
      Object.keys(selects).forEach(function (f) { if (selects[f] && state[f] !== undefined) { selects[f].value = state[f]; } });
      if (state.group !== undefined) { group.value = state.group; }
      if (state.status !== undefined) {
        var wanted = state.status.split(',');
        statuses.forEach(function (box) { box.checked = wanted.indexOf(box.value) >= 0; });
      }
      if (state.sort) {
        var m = /^(.*)-(asc|desc)$/.exec(state.sort);
        if (m) { sort = { key: m[1], descending: m[2] === 'desc' }; }
      }
    }

    function writeFragment() {
      var parts = [];
      if (search.value) { parts.push('q=' + encodeURIComponent(search.value)); }
      Object.keys(selects).forEach(function (f) { if (selects[f] && selects[f].value) { parts.push(f + '=' + encodeURIComponent(selects[f].value)); } });
      var unchecked = statuses.filter(function (b) { return !b.checked; });
      if (unchecked.length > 0) {
        parts.push('status=' + encodeURIComponent(statuses.filter(function (b) { return b.checked; }).map(function (b) { return b.value; }).join(',')));
      }
      if (group.value) { parts.push('group=' + encodeURIComponent(group.value)); }
      if (sort.key !== 'benchmark' || sort.descending) { parts.push('sort=' + sort.key + '-' + (sort.descending ? 'desc' : 'asc')); }
      var hash = parts.length ? '#' + parts.join('&') : '';
      if (hash !== location.hash) { history.replaceState(null, '', hash || location.pathname + location.search); }
    }

    function matches(row, words, wantedStatus) {
      for (var f in selects) {
        if (selects[f] && selects[f].value && row.getAttribute('data-' + f) !== selects[f].value) { return false; }
      }
      if (!wantedStatus[row.getAttribute('data-status')]) { return false; }
      var text = row.getAttribute('data-text');
      return words.every(function (w) { return text.indexOf(w) >= 0; });
    }

    function compare(a, b) {
      var key = sort.key, x, y;
      if (key === 'latest' || key === 'points') {
        x = parseFloat(a.getAttribute('data-' + key)); y = parseFloat(b.getAttribute('data-' + key));
        x = isNaN(x) ? -Infinity : x; y = isNaN(y) ? -Infinity : y;
      } else if (key === 'status') {
        x = STATUS_ORDER[a.getAttribute('data-status')]; y = STATUS_ORDER[b.getAttribute('data-status')];
      } else {
        x = a.getAttribute('data-' + key) || ''; y = b.getAttribute('data-' + key) || '';
      }
      var c = x < y ? -1 : x > y ? 1 : 0;
      if (c === 0) { c = a.getAttribute('data-order') - b.getAttribute('data-order'); return c; }
      return sort.descending ? -c : c;
    }

    function render(shown, visible, by) {
      var fragment = document.createDocumentFragment();
      var current = null, columns = table.tHead.rows[0].cells.length, sizes = {};
      if (by) { shown.forEach(function (r) { var g = r.getAttribute('data-' + by); sizes[g] = (sizes[g] || 0) + 1; }); }
      shown.forEach(function (r) {
        if (by && r.getAttribute('data-' + by) !== current) {
          current = r.getAttribute('data-' + by);
          var header = SB.el('tr', { 'class': 'group-row' });
          header.appendChild(SB.el('th', { colspan: String(columns), scope: 'rowgroup' }, (current === '' ? '(none)' : current) + ' · ' + sizes[current]));
          fragment.appendChild(header);
        }
        r.hidden = false;
        fragment.appendChild(r);
      });
      rows.forEach(function (r) { if (!visible.has(r)) { r.hidden = true; fragment.appendChild(r); } });
      body.textContent = '';
      body.appendChild(fragment);
    }

    function apply() {
      var words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
      var wantedStatus = {};
      statuses.forEach(function (b) { wantedStatus[b.value] = b.checked; });
      var shown = rows.filter(function (r) { return matches(r, words, wantedStatus); });
      var by = group.value;
      shown.sort(function (a, b) {
        if (by) {
          var ga = a.getAttribute('data-' + by) || '', gb = b.getAttribute('data-' + by) || '';
          if (by === 'status') { ga = STATUS_ORDER[ga]; gb = STATUS_ORDER[gb]; }
          if (ga !== gb) { return ga < gb ? -1 : 1; }
        }
        return compare(a, b);
      });

      var visible = new Set(shown);
      var wanted = shown.concat(rows.filter(function (r) { return !visible.has(r); }));
      var present = body.rows;
      // The table as the page or the last change left it already shows this (the page opening unfiltered): moving
      // every row again would make the browser lay the whole table out a second time.
      var unchanged = !by && present.length === wanted.length && wanted.every(function (r, i) {
        return present[i] === r && r.hidden === !visible.has(r);
      });
      if (!unchanged) { render(shown, visible, by); }
      count.textContent = shown.length === rows.length ? rows.length + ' series' : shown.length + ' of ' + rows.length + ' series';

      Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
        var key = th.getAttribute('data-sort');
        if (!key) { return; }
        th.setAttribute('aria-sort', key === sort.key ? (sort.descending ? 'descending' : 'ascending') : 'none');
      });
      writeFragment();
    }

    // Sortable headers: a button in each, so the keyboard reaches them.
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
      var key = th.getAttribute('data-sort');
      if (!key) { return; }
      var button = SB.el('button', { type: 'button', 'class': 'sort' }, th.textContent);
      th.textContent = '';
      th.appendChild(button);
      button.addEventListener('click', function () {
        sort = { key: key, descending: sort.key === key ? !sort.descending : key === 'status' ? false : key === 'latest' };
        apply();
      });
    });

    form.addEventListener('input', apply);
    form.addEventListener('change', apply);
    form.addEventListener('submit', function (e) { e.preventDefault(); apply(); });
    form.hidden = false;
    readFragment();
    apply();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
