/* Native main for the suite (static musl): prints the driver protocol of docs/runner.md.
 *   ./bench MIN_CALLS MAX_CALLS BUDGET_MS
 * One first call (phase execute-first), then steady-state calls (phase execute). Each phase is
 * reported twice: wall time (CLOCK_MONOTONIC) and cpu-time (the CPU time spent on it, which leaves out
 * time spent waiting for a core on a loaded machine).
 * cpu-time reads CLOCK_THREAD_CPUTIME_ID: the programs are single-threaded (they are built for wasm32
 * without threads), so the thread's CPU time is the process's. CLOCK_PROCESS_CPUTIME_ID would be wrong
 * here: the sandbox sets RLIMIT_CPU (prlimit --cpu), which arms the process CPU timer, and while it is
 * armed Linux answers that clock from a total updated only at scheduler ticks (4 ms at HZ=250), so a
 * phase of 100 µs read 0 ns. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

int run(void);

static long long clock_ns(clockid_t clock) {
  struct timespec t;
  clock_gettime(clock, &t);
  return (long long)t.tv_sec * 1000000000LL + t.tv_nsec;
}

/* A point between phases on both clocks. Reading the CPU clock is a system call (the monotonic one is
 * not), so it sits between two wall readings: `end` closes the phase before, `start` opens the next,
 * and the CPU clock's own cost stays out of every wall span. */
struct mark { long long end, cpu, start; };

static struct mark mark(void) {
  struct mark m;
  m.end = clock_ns(CLOCK_MONOTONIC);
  m.cpu = clock_ns(CLOCK_THREAD_CPUTIME_ID);
  m.start = clock_ns(CLOCK_MONOTONIC);
  return m;
}

static void report(const char *phase, struct mark before, struct mark after) {
  printf("{\"phase\":\"%s\",\"ns\":%lld}\n", phase, after.end - before.start);
  printf("{\"phase\":\"%s\",\"metric\":\"cpu-time\",\"unit\":\"ns\",\"value\":%lld}\n", phase, after.cpu - before.cpu);
}

int main(int argc, char **argv) {
  int min_calls = argc > 1 ? atoi(argv[1]) : 3;
  int max_calls = argc > 2 ? atoi(argv[2]) : 20;
  long long budget = (argc > 3 ? atoll(argv[3]) : 300) * 1000000LL;
  struct mark t0 = mark();
  int first = run();
  struct mark t1 = mark();
  report("execute-first", t0, t1);
  printf("{\"checksum\":%d}\n", first);
  long long start = clock_ns(CLOCK_MONOTONIC);
  for (int calls = 0; calls < max_calls && (calls < min_calls || clock_ns(CLOCK_MONOTONIC) - start < budget); calls++) {
    struct mark a = mark();
    int r = run();
    struct mark b = mark();
    if (r != first) printf("{\"checksum\":%d}\n", r);
    report("execute", a, b);
  }
  return 0;
}
