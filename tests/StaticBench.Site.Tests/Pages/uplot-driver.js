// Loads the vendored uPlot (templates/assets/vendor/uplot/uPlot.iife.min.js) in a vm context that stands in for a page,
// with Intl's formatters counted, and prints what was made when: {"atLoad": n, "formatted": "…", "afterFormat": n}.
'use strict';
const vm = require('vm');
const fs = require('fs');

let made = 0;
const counted = (Real) => function (...args) { made++; return new Real(...args); };
const noop = () => {};
const sandbox = {
  Intl: { NumberFormat: counted(Intl.NumberFormat), DateTimeFormat: counted(Intl.DateTimeFormat) },
  navigator: { language: 'en-US' }, devicePixelRatio: 1, document: { createElement: () => ({}) },
  matchMedia: () => ({ addListener: noop, addEventListener: noop, removeEventListener: noop }),
  addEventListener: noop, removeEventListener: noop, dispatchEvent: noop, CustomEvent: function () {},
};
sandbox.window = sandbox;
vm.createContext(sandbox);
vm.runInContext(fs.readFileSync(process.argv[2], 'utf8'), sandbox, { filename: process.argv[2] });
const atLoad = made;
const formatted = sandbox.uPlot.fmtNum(1234567.5);
process.stdout.write(JSON.stringify({ atLoad, formatted, afterFormat: made }));
