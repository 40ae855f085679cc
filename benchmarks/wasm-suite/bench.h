/* StaticBench wasm suite: every program defines BENCH_EXPORT int run(void), returning a checksum.
 * run() must be repeatable: it rebuilds all of its input on every call, so the steady-state calls
 * return the same checksum as the first. SIZE is the job size, set with -DSIZE=N at build time.
 * No imports: nothing here may pull in WASI calls (no printf, no malloc from libc, no files). */
#ifndef STATICBENCH_BENCH_H
#define STATICBENCH_BENCH_H

#ifdef __wasm__
#define BENCH_EXPORT __attribute__((export_name("run")))
#else
#define BENCH_EXPORT
#endif

#ifndef SIZE
#error "build with -DSIZE=N"
#endif

/* A 32-bit LCG (Numerical Recipes): the same numbers on every engine. */
static inline unsigned lcg(unsigned *state) {
  *state = *state * 1664525u + 1013904223u;
  return *state;
}

#endif
