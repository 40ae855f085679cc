// Writes the compare page fixture (data/*.js) next to this file: node make-fixture.js
// Open compare.html in a browser (file:// is fine) to try templates/assets/compare.js by hand.
'use strict';
const fs = require('fs');
const path = require('path');

let seed = 20261121;
const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
const gaussian = () => Math.sqrt(-2 * Math.log(random())) * Math.cos(2 * Math.PI * random());
const samples = (n, level, cv, contended) => Array.from({ length: n }, () => {
  const v = level * Math.exp(cv * gaussian());
  return Math.round((contended && random() < 0.3 ? v * (2 + Math.floor(random() * 3)) : v) * 100) / 100;
});

const series = [
  { id: 'sort-quick-v8-run', benchmark: 'sort/quick', engine: 'v8', phase: 'run', metric: 'wall-time', unit: 'ns', better: 'lower' },
  { id: 'sort-quick-v8-compile', benchmark: 'sort/quick', engine: 'v8', phase: 'compile', metric: 'wall-time', unit: 'ns', better: 'lower' },
  { id: 'sort-quick-wasmtime-run', benchmark: 'sort/quick', engine: 'wasmtime', phase: 'run', metric: 'cpu-time', unit: 'ns', better: 'lower' },
  { id: 'fib-v8-run-ir', benchmark: 'fib', engine: 'v8', phase: 'run', metric: 'instructions', unit: 'count', better: 'lower', parameters: 'n=30' },
  { id: 'fib-size', benchmark: 'fib', engine: 'wasmtime', phase: 'compile', metric: 'code-size', unit: 'bytes', better: 'lower' },
  { id: 'json-throughput', benchmark: 'json/parse', engine: 'v8', phase: 'run', metric: 'throughput', unit: 'ops/s', better: 'higher' },
  { id: 'hostile', benchmark: '<img src=x onerror=alert(1)>', engine: '"v8"', phase: 'run', metric: 'wall-time', unit: 'ns', better: 'lower', parameters: 'a=<b>&amp;' },
  { id: 'removed-bench', benchmark: 'old/removed', engine: 'v8', phase: 'run', metric: 'wall-time', unit: 'ns', better: 'lower' },
  { id: 'added-bench', benchmark: 'new/added', engine: 'v8', phase: 'run', metric: 'wall-time', unit: 'ns', better: 'lower' },
].map((s) => Object.assign({ machine: 'vm', parameters: '', page: 'benchmarks/' + s.id + '.html#chart-1' }, s));

const sha = (n) => (n.toString(16).repeat(40)).slice(0, 40);
const commits = [
  { sha: sha(0xa1), time: '2026-11-19T10:00:00+00:00', subject: 'Older commit', branch: 'main', pr: null, base: null, parent: null, samples: true },
  { sha: sha(0xb2), time: '2026-11-20T10:00:00+00:00', subject: 'Unpublished samples', branch: 'main', pr: null, base: null, parent: sha(0xa1), samples: false },
  { sha: sha(0xc3), time: '2026-11-21T10:00:00+00:00', subject: 'Speed up quicksort <script>alert(1)</script>', branch: 'main', pr: null, base: null, parent: sha(0xa1), samples: true },
  { sha: sha(0xd4), time: '2026-11-21T12:00:00+00:00', subject: 'PR: slower JSON', branch: 'json', pr: 42, base: sha(0xc3), parent: null, samples: true },
];

const levels = { 'sort-quick-v8-run': [1e6, 0.9e6, 0.9e6], 'sort-quick-v8-compile': [2.5e5, 2.5e5, 2.5e5], 'sort-quick-wasmtime-run': [8e5, 8e5, 8.4e5],
  'fib-v8-run-ir': [2712345, 2712345, 2712364], 'fib-size': [4096, 4096, 4200], 'json-throughput': [1500, 1500, 1380], 'hostile': [1200, 1200, 1300],
  'removed-bench': [500, 500, null], 'added-bench': [null, null, 700] };
const at = { [sha(0xa1)]: 0, [sha(0xc3)]: 1, [sha(0xd4)]: 2 };

fs.mkdirSync(path.join(__dirname, 'data', 'samples'), { recursive: true });
const write = (file, key, value) => fs.writeFileSync(path.join(__dirname, 'data', file),
  'window.StaticBenchData = window.StaticBenchData || {};\nwindow.StaticBenchData[' + JSON.stringify(key) + '] = ' + JSON.stringify(value, null, 1) + ';\n');
write('index.js', 'index', { series });
write('commits.js', 'commits', { commits, tip: sha(0xc3) });
Object.keys(at).forEach((c) => {
  const out = {};
  series.forEach((s) => {
    const level = levels[s.id][at[c]];
    if (level === null) return;
    if (s.unit === 'count' || s.unit === 'bytes') out[s.id] = Array.from({ length: 5 }, () => level);
    else out[s.id] = samples(30, level, s.id === 'sort-quick-v8-compile' ? 0.15 : 0.02, s.metric === 'wall-time' && at[c] === 2);
  });
  write('samples/' + c + '.js', 'samples/' + c, { commit: c, series: out });
});
