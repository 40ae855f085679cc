/* Deliberate CPU contention for the "loaded" real-run comparison evaluation (docs/statistics.md).
 * Usage: load SEED MAX_BUSY_MS MAX_IDLE_MS
 * Spins for a random 1..MAX_BUSY_MS, sleeps for a random 0..MAX_IDLE_MS, forever (kill it when done).
 * MAX_IDLE_MS = 0 spins without pause. Pin copies to cores with taskset, e.g.
 *   taskset -c 0 ./load 1 400 0 & taskset -c 1 ./load 2 300 300 & taskset -c 0 ./load 3 200 600 &
 * so that, like other people's builds on a shared machine, load comes and goes at random. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now_ms(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

int main(int argc, char **argv) {
    if (argc < 4) { fprintf(stderr, "usage: load SEED MAX_BUSY_MS MAX_IDLE_MS\n"); return 2; }
    srand((unsigned)atoi(argv[1]));
    int max_busy = atoi(argv[2]), max_idle = atoi(argv[3]);
    volatile uint64_t x = 1;
    for (;;) {
        double until = now_ms() + 1 + rand() % (max_busy > 0 ? max_busy : 1);
        while (now_ms() < until) {
            for (int i = 0; i < 10000; i++) x = x * 6364136223846793005ull + 1;
        }
        if (max_idle > 0) {
            long ms = rand() % max_idle;
            struct timespec s = { ms / 1000, (ms % 1000) * 1000000L };
            nanosleep(&s, NULL);
        }
    }
}
