// What every node-hosted StaticBench driver shares: the driver protocol's output (docs/runner.md),
// the clocks, the common options, and the steady-state loop. Each driver imports it from ../.
export const emit = (o) => process.stdout.write(JSON.stringify(o) + '\n');
export const now = () => process.hrtime.bigint();
export const ns = (a, b) => Number(b - a);

// A point between phases, on both clocks: mark() before a phase, mark() after it (the after-mark of
// one phase is the before-mark of the next), then report(phase, before, after).
// Wall time is process.hrtime. CPU time is process.cpuUsage(): user + system time of the WHOLE
// process, all threads, so V8's or Wasmtime's background compiler threads and the GC's helpers are
// counted; that is the honest CPU cost of a phase, and it can exceed the wall time when they run in
// parallel. Caveats: its resolution is 1 µs (phases of a few µs read 0 or 1000 ns), and other threads'
// time is brought up to date only at scheduler ticks, so a phase ending while they run may miss up
// to one tick (4 ms at HZ=250) of theirs. Reading the CPU clock is a system call (about 1 µs): the two
// wall readings around it keep it out of every wall span.
export function mark() {
  const end = now();
  const cpu = process.cpuUsage();
  return { end, cpu, start: now() };
}

// process.cpuUsage() is a JS wrapper that runs slowly until V8 has optimized it: after 3 warm-up calls
// it still took 13-17 µs before it read the clock, and that part of the after-mark falls inside a
// phase's CPU span but outside its wall span (v8-default's 35 µs parse read 73-89 µs of cpu-time).
// After 100 calls it takes about 1 µs (parse: 36-37 µs of cpu-time, bar an occasional background
// thread); 200 leave a margin, for about a millisecond at start-up, before any phase.
for (let i = 0; i < 200; i++) mark();

export function report(phase, before, after) {
  emit({ phase, ns: ns(before.start, after.end) });
  const cpuUs = (after.cpu.user + after.cpu.system) - (before.cpu.user + before.cpu.system);
  emit({ phase, metric: 'cpu-time', unit: 'ns', value: cpuUs * 1000 });
}

// Parses `--export NAME --min-calls N --max-calls N --budget-ms N` plus the driver's own `extra` keys
// (e.g. { '--artifact': 'artifact' }) into `o`, which holds the positional arguments and defaults.
export function parseOptions(rest, o, extra = {}) {
  Object.assign(o, { export: 'run', minCalls: 3, maxCalls: 20, budgetMs: 300, ...o });
  for (let i = 0; i < rest.length; i += 2) {
    const [key, value] = [rest[i], rest[i + 1]];
    if (key === '--export') o.export = value;
    else if (key === '--min-calls') o.minCalls = Number(value);
    else if (key === '--max-calls') o.maxCalls = Number(value);
    else if (key === '--budget-ms') o.budgetMs = Number(value);
    else if (key in extra) o[extra[key]] = value;
    else throw new Error(`unknown option ${key}`);
  }
  return o;
}

// Steady state: calls `call` at least minCalls times, then until maxCalls or the time budget is spent,
// timing each call; a call that answers differently from the first is reported as a second checksum.
export function steadyState(call, first, o) {
  const start = now();
  const budget = BigInt(Math.round(o.budgetMs * 1e6));
  for (let calls = 0; calls < o.maxCalls && (calls < o.minCalls || now() - start < budget); calls++) {
    const a = mark();
    const result = call();
    const b = mark();
    if (result !== first) emit({ checksum: result });
    report('execute', a, b);
  }
}
