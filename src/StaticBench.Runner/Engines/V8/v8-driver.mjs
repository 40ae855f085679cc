// StaticBench's V8 driver: times the phases of one wasm module inside one fresh node process and prints
// the driver protocol (docs/runner.md), one JSON object per line. Node flags select the V8 tier.
//   node [v8 flags] v8-driver.mjs jit         MODULE.wasm --export run [--min-calls N --max-calls N --budget-ms N]
//   node [v8 flags] v8-driver.mjs aot-compile MODULE.wasm --artifact FILE --export run     (needs --allow-natives-syntax)
//   node [v8 flags] v8-driver.mjs aot-execute MODULE.wasm --artifact FILE --export run     (same flags as aot-compile)
import { readFileSync, writeFileSync } from 'node:fs';

import { emit, mark, parseOptions, report, steadyState } from '../driver-common.mjs';

function options(argv) {
  const [mode, wasm, ...rest] = argv;
  return parseOptions(rest, { mode, wasm, artifact: null }, { '--artifact': 'artifact' });
}

function entry(instance, name) {
  const f = instance.exports[name];
  if (typeof f !== 'function') throw new Error(`the module exports no function "${name}"`);
  return f;
}

// V8 initializes its wasm machinery and compilers on first use (about 0.5-1 ms here); a one-function
// module pays that before the clock starts, so the phases measure this module, not engine start-up.
function warmEngine() {
  const empty = new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0,
    1, 5, 1, 0x60, 0, 1, 0x7f, // type section: () -> i32
    3, 2, 1, 0, // function section: one function of type 0
    10, 6, 1, 4, 0, 0x41, 0, 0x0b]); // code section: i32.const 0
  WebAssembly.validate(empty);
  new WebAssembly.Instance(new WebAssembly.Module(empty), {});
}

function jit(o, bytes) {
  warmEngine();
  const t0 = mark();
  const valid = WebAssembly.validate(bytes);
  const t1 = mark();
  if (!valid) throw new Error('the module does not validate');
  const module = new WebAssembly.Module(bytes);
  const t2 = mark();
  const instance = new WebAssembly.Instance(module, {});
  const t3 = mark();
  const run = entry(instance, o.export);
  const first = run();
  const t4 = mark();
  report('parse', t0, t1);
  report('compile', t1, t2);
  report('instantiate', t2, t3);
  report('execute-first', t3, t4);
  report('total', t0, t4);
  emit({ checksum: first });
  // Steady state: at least minCalls, then until maxCalls or the time budget is spent.
  steadyState(() => run(), first, o);
}

function aotCompile(o, bytes) {
  // Natives syntax only parses under --allow-natives-syntax, so it lives in a Function body.
  const serialize = new Function('m', 'return %SerializeWasmModule(m);');
  warmEngine();
  const t0 = mark();
  const module = new WebAssembly.Module(bytes);
  const serialized = serialize(module);
  const t1 = mark();
  if (!(serialized instanceof ArrayBuffer)) throw new Error('%SerializeWasmModule returned no bytes');
  writeFileSync(o.artifact, new Uint8Array(serialized));
  report('aot-compile', t0, t1);
  emit({ phase: 'aot-compile', metric: 'artifact-size', unit: 'bytes', value: serialized.byteLength });
}

function aotExecute(o, bytes) {
  const deserialize = new Function('a', 'w', 'return %DeserializeWasmModule(a, w);');
  warmEngine();
  const t0 = mark();
  const file = readFileSync(o.artifact);
  const artifact = file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength);
  const module = deserialize(artifact, bytes);
  if (!(module instanceof WebAssembly.Module)) throw new Error('%DeserializeWasmModule refused the artifact (different V8 or flags?)');
  const instance = new WebAssembly.Instance(module, {});
  const result = entry(instance, o.export)();
  const t1 = mark();
  report('aot-execute', t0, t1);
  emit({ checksum: result });
}

try {
  const o = options(process.argv.slice(2));
  const bytes = new Uint8Array(readFileSync(o.wasm));
  if (o.mode === 'jit') jit(o, bytes);
  else if (o.mode === 'aot-compile') aotCompile(o, bytes);
  else if (o.mode === 'aot-execute') aotExecute(o, bytes);
  else throw new Error(`unknown mode ${o.mode}`);
} catch (e) {
  emit({ error: String(e && e.message ? e.message : e) });
  process.exitCode = 1;
}
