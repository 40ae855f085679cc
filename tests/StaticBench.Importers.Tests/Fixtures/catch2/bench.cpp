// The benchmarks behind the fixtures in this folder (see COMMANDS.md).
#define CATCH_CONFIG_MAIN
#define CATCH_CONFIG_ENABLE_BENCHMARKING
#include <catch2/catch.hpp>
#include <algorithm>
#include <vector>

static std::vector<int> make(int n) {
  std::vector<int> v(n);
  for (int i = 0; i < n; ++i) v[i] = (i * 7919) % 1000;
  return v;
}

TEST_CASE("sorting", "[bench]") {
  BENCHMARK("sort 256") { auto v = make(256); std::sort(v.begin(), v.end()); return v[0]; };
  BENCHMARK("sort 4096") { auto v = make(4096); std::sort(v.begin(), v.end()); return v[0]; };
}
