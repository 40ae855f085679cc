// The benchmark behind the fixtures in this folder (see COMMANDS.md).
#include <benchmark/benchmark.h>
#include <algorithm>
#include <vector>

static void BM_Sort(benchmark::State& state) {
  std::vector<int> v(state.range(0));
  for (auto _ : state) {
    for (size_t i = 0; i < v.size(); ++i) v[i] = static_cast<int>((i * 2654435761u) % 1000);
    std::sort(v.begin(), v.end());
    benchmark::DoNotOptimize(v.data());
  }
  state.SetBytesProcessed(state.iterations() * state.range(0) * sizeof(int));
  state.counters["swaps_hint"] = static_cast<double>(state.range(0));
}
BENCHMARK(BM_Sort)->Arg(256)->Arg(4096)->Unit(benchmark::kMicrosecond);

static void BM_Copy(benchmark::State& state) {
  std::vector<char> a(state.range(0)), b(state.range(0));
  for (auto _ : state) {
    std::copy(a.begin(), a.end(), b.begin());
    benchmark::ClobberMemory();
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_Copy)->ArgNames({"len"})->Arg(1024);
BENCHMARK_MAIN();
