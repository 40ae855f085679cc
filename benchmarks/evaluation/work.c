/* The workload of the real-run comparison evaluation (docs/statistics.md).
 * Usage: work ITERATIONS  -> prints the wall time of the work loop in nanoseconds.
 * The loop is a data-dependent integer mix, so -O2 cannot fold it; work is linear in ITERATIONS. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

int main(int argc, char **argv) {
    if (argc < 2) { fprintf(stderr, "usage: work ITERATIONS\n"); return 2; }
    long n = atol(argv[1]);
    struct timespec a, b;
    clock_gettime(CLOCK_MONOTONIC, &a);
    uint64_t x = 0x9E3779B97F4A7C15ull;
    for (long i = 0; i < n; i++) {
        x ^= x << 13; x ^= x >> 7; x ^= x << 17;
        x += (uint64_t)i * 0xBF58476D1CE4E5B9ull;
    }
    clock_gettime(CLOCK_MONOTONIC, &b);
    long long ns = (long long)(b.tv_sec - a.tv_sec) * 1000000000LL + (b.tv_nsec - a.tv_nsec);
    printf("%lld %llu\n", ns, (unsigned long long)(x & 0xff));
    return 0;
}
