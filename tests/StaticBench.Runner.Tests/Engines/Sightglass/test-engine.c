/* NOT a wasm engine: a stand-in library implementing Sightglass's engine interface, so the tests can
 * prove the load → phase timing → checksum path of StaticBench's Sightglass host end to end without a
 * real engine build. It checks the wasm header, "compiles" by hashing the bytes, "instantiates" by
 * allocating, and "executes" a known computation (sum of i*7 for i below 1000 = 3496500, repeated to
 * take measurable time), writing the answer to the benchmark's stdout file; each phase calls its
 * timing callbacks as a real engine does.
 * Build: gcc -shared -fPIC -O1 -o libtest-engine.so test-engine.c */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench-api.h"

struct bench {
  struct wasm_bench_config config;
  char stdout_path[4096];
  uint64_t hash;
  int *memory;
};

int wasm_bench_create(struct wasm_bench_config config, void **out) {
  struct bench *b = calloc(1, sizeof *b);
  if (!b || config.stdout_path_len >= sizeof b->stdout_path) return 1;
  b->config = config;
  memcpy(b->stdout_path, config.stdout_path_ptr, config.stdout_path_len);
  *out = b;
  return 0;
}

int wasm_bench_compile(void *state, const uint8_t *bytes, size_t length) {
  struct bench *b = state;
  b->config.compilation_start(b->config.compilation_timer);
  static const uint8_t magic[8] = {0, 'a', 's', 'm', 1, 0, 0, 0};
  if (length < 8 || memcmp(bytes, magic, 8) != 0) return 1;
  uint64_t h = 1469598103934665603ULL;
  for (size_t i = 0; i < length; i++) h = (h ^ bytes[i]) * 1099511628211ULL;
  b->hash = h;
  b->config.compilation_end(b->config.compilation_timer);
  return 0;
}

int wasm_bench_instantiate(void *state) {
  struct bench *b = state;
  b->config.instantiation_start(b->config.instantiation_timer);
  b->memory = calloc(1000, sizeof(int));
  b->config.instantiation_end(b->config.instantiation_timer);
  return b->memory ? 0 : 1;
}

int wasm_bench_execute(void *state) {
  struct bench *b = state;
  b->config.execution_start(b->config.execution_timer);
  volatile int32_t sum = 0;
  for (int repeat = 0; repeat < 200; repeat++) {
    sum = 0;
    for (int i = 0; i < 1000; i++) b->memory[i] = i * 7;
    for (int i = 0; i < 1000; i++) sum += b->memory[i];
  }
  b->config.execution_end(b->config.execution_timer);
  FILE *out = fopen(b->stdout_path, "w");
  if (!out) return 1;
  fprintf(out, "%d\n", (int)sum);
  return fclose(out) == 0 ? 0 : 1;
}

int wasm_bench_free(void *state) {
  struct bench *b = state;
  free(b->memory);
  free(b);
  return 0;
}
