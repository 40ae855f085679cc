// StaticBench's wasm2js driver: loads the JavaScript that binaryen's wasm2js made from a wasm module
// (an ES module exporting the wasm exports) in one fresh node process, and prints the driver protocol
// (docs/runner.md), one JSON object per line.
//   node wasm2js-driver.mjs MODULE.mjs --export run [--min-calls N --max-calls N --budget-ms N]
import { pathToFileURL } from 'node:url';

const emit = (o) => process.stdout.write(JSON.stringify(o) + '\n');
const now = () => process.hrtime.bigint();
const ns = (a, b) => Number(b - a);

function options(argv) {
  const [js, ...rest] = argv;
  const o = { js, export: 'run', minCalls: 3, maxCalls: 20, budgetMs: 300 };
  for (let i = 0; i < rest.length; i += 2) {
    const [key, value] = [rest[i], rest[i + 1]];
    if (key === '--export') o.export = value;
    else if (key === '--min-calls') o.minCalls = Number(value);
    else if (key === '--max-calls') o.maxCalls = Number(value);
    else if (key === '--budget-ms') o.budgetMs = Number(value);
    else throw new Error(`unknown option ${key}`);
  }
  return o;
}

try {
  const o = options(process.argv.slice(2));
  // Node's ES module loader is warmed by this driver's own loading; the import below reads, parses,
  // compiles (lazily, as V8 does for JS) and evaluates the module, whose top level builds the instance.
  const t0 = now();
  const exports = await import(pathToFileURL(o.js).href);
  const t1 = now();
  const run = exports[o.export];
  if (typeof run !== 'function') throw new Error(`the module exports no function "${o.export}"`);
  const first = run();
  const t2 = now();
  emit({ phase: 'load', ns: ns(t0, t1) });
  emit({ phase: 'execute-first', ns: ns(t1, t2) });
  emit({ phase: 'total', ns: ns(t0, t2) });
  emit({ checksum: first });
  const start = now();
  const budget = BigInt(Math.round(o.budgetMs * 1e6));
  for (let calls = 0; calls < o.maxCalls && (calls < o.minCalls || now() - start < budget); calls++) {
    const a = now();
    const result = run();
    const b = now();
    if (result !== first) emit({ checksum: result });
    emit({ phase: 'execute', ns: ns(a, b) });
  }
} catch (e) {
  emit({ error: String(e && e.message ? e.message : e) });
  process.exitCode = 1;
}
