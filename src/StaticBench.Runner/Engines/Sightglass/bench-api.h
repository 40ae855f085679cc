/* Sightglass's engine library interface (bytecodealliance/sightglass, crates/bench-api), as the C side
 * sees it: shared by StaticBench's host (sightglass-host.c) and the tests' stand-in engine, so the two
 * cannot drift apart. */
#ifndef STATICBENCH_BENCH_API_H
#define STATICBENCH_BENCH_API_H

#include <stddef.h>
#include <stdint.h>

typedef void (*timer_callback)(void *timer);

/* Field for field, the WasmBenchConfig of Sightglass's bench API (passed by value). */
struct wasm_bench_config {
  const char *working_dir_ptr; size_t working_dir_len;
  const char *stdout_path_ptr; size_t stdout_path_len;
  const char *stderr_path_ptr; size_t stderr_path_len;
  const char *stdin_path_ptr; size_t stdin_path_len;
  void *compilation_timer; timer_callback compilation_start; timer_callback compilation_end;
  void *instantiation_timer; timer_callback instantiation_start; timer_callback instantiation_end;
  void *execution_timer; timer_callback execution_start; timer_callback execution_end;
  const char *execution_flags_ptr; size_t execution_flags_len;
};

#endif
