/* Native main for the suite (static musl): prints the driver protocol of docs/runner.md.
 *   ./bench MIN_CALLS MAX_CALLS BUDGET_MS
 * One first call (phase execute-first), then steady-state calls (phase execute). */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

int run(void);

static long long now_ns(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (long long)t.tv_sec * 1000000000LL + t.tv_nsec;
}

int main(int argc, char **argv) {
  int min_calls = argc > 1 ? atoi(argv[1]) : 3;
  int max_calls = argc > 2 ? atoi(argv[2]) : 20;
  long long budget = (argc > 3 ? atoll(argv[3]) : 300) * 1000000LL;
  long long t0 = now_ns();
  int first = run();
  long long t1 = now_ns();
  printf("{\"phase\":\"execute-first\",\"ns\":%lld}\n{\"checksum\":%d}\n", t1 - t0, first);
  long long start = now_ns();
  for (int calls = 0; calls < max_calls && (calls < min_calls || now_ns() - start < budget); calls++) {
    long long a = now_ns();
    int r = run();
    long long b = now_ns();
    if (r != first) printf("{\"checksum\":%d}\n", r);
    printf("{\"phase\":\"execute\",\"ns\":%lld}\n", b - a);
  }
  return 0;
}
