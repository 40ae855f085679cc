window.StaticBenchData = window.StaticBenchData || {};
window.StaticBenchData["index"] = {
 "series": [
  {
   "machine": "vm",
   "parameters": "",
   "page": "benchmarks/sort-quick-v8-run.html#chart-1",
   "id": "sort-quick-v8-run",
   "benchmark": "sort/quick",
   "engine": "v8",
   "phase": "run",
   "metric": "wall-time",
   "unit": "ns",
   "better": "lower"
  },
  {
   "machine": "vm",
   "parameters": "",
   "page": "benchmarks/sort-quick-v8-compile.html#chart-1",
   "id": "sort-quick-v8-compile",
   "benchmark": "sort/quick",
   "engine": "v8",
   "phase": "compile",
   "metric": "wall-time",
   "unit": "ns",
   "better": "lower"
  },
  {
   "machine": "vm",
   "parameters": "",
   "page": "benchmarks/sort-quick-wasmtime-run.html#chart-1",
   "id": "sort-quick-wasmtime-run",
   "benchmark": "sort/quick",
   "engine": "wasmtime",
   "phase": "run",
   "metric": "cpu-time",
   "unit": "ns",
   "better": "lower"
  },
  {
   "machine": "vm",
   "parameters": "n=30",
   "page": "benchmarks/fib-v8-run-ir.html#chart-1",
   "id": "fib-v8-run-ir",
   "benchmark": "fib",
   "engine": "v8",
   "phase": "run",
   "metric": "instructions",
   "unit": "count",
   "better": "lower"
  },
  {
   "machine": "vm",
   "parameters": "",
   "page": "benchmarks/fib-size.html#chart-1",
   "id": "fib-size",
   "benchmark": "fib",
   "engine": "wasmtime",
   "phase": "compile",
   "metric": "code-size",
   "unit": "bytes",
   "better": "lower"
  },
  {
   "machine": "vm",
   "parameters": "",
   "page": "benchmarks/json-throughput.html#chart-1",
   "id": "json-throughput",
   "benchmark": "json/parse",
   "engine": "v8",
   "phase": "run",
   "metric": "throughput",
   "unit": "ops/s",
   "better": "higher"
  },
  {
   "machine": "vm",
   "parameters": "a=<b>&amp;",
   "page": "benchmarks/hostile.html#chart-1",
   "id": "hostile",
   "benchmark": "<img src=x onerror=alert(1)>",
   "engine": "\"v8\"",
   "phase": "run",
   "metric": "wall-time",
   "unit": "ns",
   "better": "lower"
  },
  {
   "machine": "vm",
   "parameters": "",
   "page": "benchmarks/removed-bench.html#chart-1",
   "id": "removed-bench",
   "benchmark": "old/removed",
   "engine": "v8",
   "phase": "run",
   "metric": "wall-time",
   "unit": "ns",
   "better": "lower"
  },
  {
   "machine": "vm",
   "parameters": "",
   "page": "benchmarks/added-bench.html#chart-1",
   "id": "added-bench",
   "benchmark": "new/added",
   "engine": "v8",
   "phase": "run",
   "metric": "wall-time",
   "unit": "ns",
   "better": "lower"
  }
 ]
};
