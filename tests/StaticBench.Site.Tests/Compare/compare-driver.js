// Runs templates/assets/site.js and compare.js in a fresh vm context (as a page would: a global window, no
// DOM needed for the statistics) and answers a batch of calls read as JSON from stdin:
//   {"calls": [{"fn": "compareSamples", "args": [[1, 2, 3], [2, 3, 4], "ns", "lower"]}, ...]}
// fn names a function of window.StaticBenchCompare or of its internals, or "site.<name>" one of site.js. Prints one JSON array of
// results; numbers JSON cannot hold are written as the strings "NaN", "Infinity", "-Infinity".
'use strict';
const vm = require('vm');
const fs = require('fs');

const script = process.argv[2];
const path = require('path');
const sandbox = { getComputedStyle: () => ({ getPropertyValue: () => '' }), document: { documentElement: {} } };
sandbox.window = sandbox;
vm.createContext(sandbox);
// The page loads site.js (shared helpers, the number formatter) before compare.js.
const site = path.join(path.dirname(script), 'site.js');
vm.runInContext(fs.readFileSync(site, 'utf8'), sandbox, { filename: site });
vm.runInContext(fs.readFileSync(script, 'utf8'), sandbox, { filename: script });
const api = sandbox.StaticBenchCompare;

const input = JSON.parse(fs.readFileSync(0, 'utf8'));
const results = input.calls.map((call) => {
  // "site.ticks" names a shared helper of site.js (window.StaticBench).
  const fn = call.fn.startsWith('site.') ? sandbox.StaticBench[call.fn.slice(5)]
    : typeof api[call.fn] === 'function' ? api[call.fn] : api.internals[call.fn];
  if (typeof fn !== 'function') throw new Error('no function ' + call.fn);
  return fn.apply(null, call.args);
});
process.stdout.write(JSON.stringify(results, (key, value) =>
  typeof value === 'number' && !Number.isFinite(value) ? String(value) : value));
