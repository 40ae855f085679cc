/* The workload of the real-run comparison evaluation (docs/statistics.md).
 * Usage: work ITERATIONS  -> prints "WALL_NS CHECKSUM CPU_NS": the wall time (CLOCK_MONOTONIC) and the
 * CPU time of this process (CLOCK_PROCESS_CPUTIME_ID) spent on the work loop, in nanoseconds.
 * CPU time leaves out the time the process waited for a core, which is most of the noise on a shared
 * machine; the CPU clock is read outside the wall span so that its cost is not in the wall time.
 * The loop is a data-dependent integer mix, so -O2 cannot fold it; work is linear in ITERATIONS. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static long long ns_between(struct timespec a, struct timespec b) {
    return (long long)(b.tv_sec - a.tv_sec) * 1000000000LL + (b.tv_nsec - a.tv_nsec);
}

int main(int argc, char **argv) {
    if (argc < 2) { fprintf(stderr, "usage: work ITERATIONS\n"); return 2; }
    long n = atol(argv[1]);
    struct timespec a, b, ca, cb;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ca);
    clock_gettime(CLOCK_MONOTONIC, &a);
    uint64_t x = 0x9E3779B97F4A7C15ull;
    for (long i = 0; i < n; i++) {
        x ^= x << 13; x ^= x >> 7; x ^= x << 17;
        x += (uint64_t)i * 0xBF58476D1CE4E5B9ull;
    }
    clock_gettime(CLOCK_MONOTONIC, &b);
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cb);
    /* The first two fields are what older versions printed, so older readers still work. */
    printf("%lld %llu %lld\n", ns_between(a, b), (unsigned long long)(x & 0xff), ns_between(ca, cb));
    return 0;
}
