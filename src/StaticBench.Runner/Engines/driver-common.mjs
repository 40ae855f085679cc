// What every node-hosted StaticBench driver shares: the driver protocol's output (docs/runner.md),
// the clock, the common options, and the steady-state loop. Each driver imports it from ../.
export const emit = (o) => process.stdout.write(JSON.stringify(o) + '\n');
export const now = () => process.hrtime.bigint();
export const ns = (a, b) => Number(b - a);

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
    const a = now();
    const result = call();
    const b = now();
    if (result !== first) emit({ checksum: result });
    emit({ phase: 'execute', ns: ns(a, b) });
  }
}
