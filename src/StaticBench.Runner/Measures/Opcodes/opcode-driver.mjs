// StaticBench opcode profile driver: node opcode-driver.mjs MODULE EXPORT
// MODULE is a module instrumented by BlockInstrumenter: one exported i64 global per basic block.
// Zeroes every counter, calls EXPORT once, and prints one JSON line: the checksum and the counters
// in block order (as decimal strings: counts may pass 2^53).
import { readFileSync } from 'node:fs';

const PREFIX = '__staticbench_block_';
const [file, exportName = 'run'] = process.argv.slice(2);
try {
  const instance = new WebAssembly.Instance(new WebAssembly.Module(readFileSync(file)), {});
  const counters = Object.entries(instance.exports)
    .filter(([name]) => name.startsWith(PREFIX))
    .map(([name, global]) => [Number(name.slice(PREFIX.length)), global])
    .sort((a, b) => a[0] - b[0]);
  for (const [, global] of counters) global.value = 0n;
  const f = instance.exports[exportName];
  if (typeof f !== 'function') throw new Error(`no exported function "${exportName}"`);
  const result = f();
  console.log(JSON.stringify({
    checksum: typeof result === 'bigint' ? result.toString() : result,
    counters: counters.map(([, global]) => global.value.toString()),
  }));
} catch (e) {
  console.log(JSON.stringify({ error: String(e && e.message || e) }));
  process.exitCode = 1;
}
