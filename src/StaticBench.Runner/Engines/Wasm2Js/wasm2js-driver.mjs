// StaticBench's wasm2js driver: loads the JavaScript that binaryen's wasm2js made from a wasm module
// (an ES module exporting the wasm exports) in one fresh node process, and prints the driver protocol
// (docs/runner.md), one JSON object per line.
//   node wasm2js-driver.mjs MODULE.mjs --export run [--min-calls N --max-calls N --budget-ms N]
import { pathToFileURL } from 'node:url';

import { emit, mark, parseOptions, report, steadyState } from '../driver-common.mjs';

function options(argv) {
  const [js, ...rest] = argv;
  return parseOptions(rest, { js });
}

try {
  const o = options(process.argv.slice(2));
  // Node's ES module loader is warmed by this driver's own loading; the import below reads, parses,
  // compiles (lazily, as V8 does for JS) and evaluates the module, whose top level builds the instance.
  const t0 = mark();
  const exports = await import(pathToFileURL(o.js).href);
  const t1 = mark();
  const run = exports[o.export];
  if (typeof run !== 'function') throw new Error(`the module exports no function "${o.export}"`);
  const first = run();
  const t2 = mark();
  report('load', t0, t1);
  report('execute-first', t1, t2);
  report('total', t0, t2);
  emit({ checksum: first });
  steadyState(() => run(), first, o);
} catch (e) {
  emit({ error: String(e && e.message ? e.message : e) });
  process.exitCode = 1;
}
