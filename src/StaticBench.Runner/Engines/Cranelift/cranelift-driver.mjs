// StaticBench's Cranelift driver: Wasmtime (Cranelift) embedded in node by the npm package "wasmtime",
// timing the phases of one wasm module inside one fresh node process; prints the driver protocol
// (docs/runner.md), one JSON object per line.
//   node cranelift-driver.mjs ENGINES_FOLDER MODULE.wasm --export run [--min-calls N --max-calls N --budget-ms N]
// ENGINES_FOLDER is tools/engines (where npm installed "wasmtime"). The package can only call exports
// without parameters that return i32/i64/f64, and only instantiate modules without imports; anything else
// aborts the process (it unwraps in Rust), which the runner reports with stderr.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { emit, mark, parseOptions, report, steadyState } from '../driver-common.mjs';

function options(argv) {
  const [engines, wasm, ...rest] = argv;
  return parseOptions(rest, { engines, wasm });
}

// Creating the engine and compiling a first module sets up Cranelift's machinery; a one-function module
// pays that before the clock starts, so the phases measure this module, not engine start-up.
function warmEngine(wasmtime, engine) {
  const empty = new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0,
    1, 5, 1, 0x60, 0, 1, 0x7f, 3, 2, 1, 0, 10, 6, 1, 4, 0, 0x41, 0, 0x0b]);
  const file = join(process.cwd(), 'warm.wasm'); // the sample's scratch folder, which the runner deletes
  writeFileSync(file, empty);
  const module = wasmtime.Module.fromFile(engine, file);
  const store = new wasmtime.Store(engine);
  new wasmtime.Instance(store, module);
}

try {
  const o = options(process.argv.slice(2));
  const wasmtime = createRequire(join(o.engines, 'package.json'))('wasmtime');
  const engine = wasmtime.Engine.default();
  warmEngine(wasmtime, engine);
  const t0 = mark();
  const module = wasmtime.Module.fromFile(engine, o.wasm); // reads the file, validates, compiles
  const t1 = mark();
  const store = new wasmtime.Store(engine);
  const instance = new wasmtime.Instance(store, module);
  const t2 = mark();
  const run = instance.getFunc(store, o.export);
  if (run === null) throw new Error(`the module exports no function "${o.export}"`);
  const first = run.call(store, []);
  const t3 = mark();
  // compile's cpu-time includes Cranelift's parallel compiler threads (it can exceed the wall time).
  report('compile', t0, t1);
  report('instantiate', t1, t2);
  report('execute-first', t2, t3);
  report('total', t0, t3);
  emit({ checksum: first });
  steadyState(() => run.call(store, []), first, o);
} catch (e) {
  emit({ error: String(e && e.message ? e.message : e) });
  process.exitCode = 1;
}
