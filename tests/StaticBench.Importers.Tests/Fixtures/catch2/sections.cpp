// A benchmark inside sections, and one that throws (see COMMANDS.md).
#include <algorithm>
#include <stdexcept>
#include <vector>

TEST_CASE("containers", "[bench]") {
  SECTION("vector") {
    BENCHMARK("fill 1024") { std::vector<int> v(1024); std::fill(v.begin(), v.end(), 7); return v[3]; };
  }
  SECTION("reversed vector") {
    BENCHMARK("fill 1024") { std::vector<int> v(1024); std::fill(v.rbegin(), v.rend(), 7); return v[3]; };
  }
  BENCHMARK("throws") { throw std::runtime_error("no such input"); return 0; };
}
