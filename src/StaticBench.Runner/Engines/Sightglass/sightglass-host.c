/* StaticBench's host for engines implementing Sightglass's engine library interface
 * (bytecodealliance/sightglass, crates/bench-api): it dlopens the library, drives
 * create → compile → instantiate → execute → free once, times each phase between the library's own
 * timing callbacks, on two clocks: wall time (CLOCK_MONOTONIC) and cpu-time (getrusage(RUSAGE_SELF):
 * user + system time of the whole process, so an engine's compiler threads count; 1 µs resolution),
 * and prints the driver protocol of docs/runner.md on stdout. Not CLOCK_PROCESS_CPUTIME_ID: the
 * sandbox's RLIMIT_CPU arms the process CPU timer, and while it is armed Linux answers that clock from a
 * total updated only at scheduler ticks (4 ms here), so short phases read 0. getrusage sums the
 * threads' own run times (the calling thread's up to date, the others' as of their last tick).
 * It exists so an untrusted engine library runs in a sandboxed process, never inside the runner.
 *
 *   sightglass-host LIBRARY.so MODULE.wasm WORKING_DIR
 *
 * The benchmark's stdout and stderr go to files in WORKING_DIR (as Sightglass does); afterwards the
 * stdout file is relayed to this process's stderr, and when it holds exactly one integer, that
 * integer is printed as the checksum. Build: gcc -O2 -o sightglass-host sightglass-host.c -ldl */
#include <dlfcn.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "bench-api.h"

typedef int (*create_fn)(struct wasm_bench_config, void **);
typedef int (*free_fn)(void *);
typedef int (*compile_fn)(void *, const uint8_t *, size_t);
typedef int (*step_fn)(void *);

struct phase_timer {
  const char *phase;
  long long start, cpu_start;
  int started;
  int reported;
};

static long long clock_ns(clockid_t clock) {
  struct timespec t;
  clock_gettime(clock, &t);
  return (long long)t.tv_sec * 1000000000LL + t.tv_nsec;
}

static long long cpu_ns(void) {
  struct rusage r;
  getrusage(RUSAGE_SELF, &r);
  return ((long long)r.ru_utime.tv_sec + r.ru_stime.tv_sec) * 1000000000LL + ((long long)r.ru_utime.tv_usec + r.ru_stime.tv_usec) * 1000LL;
}

/* The CPU clock is a system call, the monotonic one is not: the CPU clock is read first at the start
 * and last at the end, so its cost stays out of the wall span. */
static void timer_start(void *timer) {
  struct phase_timer *t = timer;
  t->cpu_start = cpu_ns();
  t->start = clock_ns(CLOCK_MONOTONIC);
  t->started = 1;
}

static void timer_end(void *timer) {
  long long end = clock_ns(CLOCK_MONOTONIC);
  long long cpu_end = cpu_ns();
  struct phase_timer *t = timer;
  if (!t->started) {
    printf("{\"error\":\"the engine ended the %s timer without starting it\"}\n", t->phase);
    fflush(stdout);
    exit(3);
  }
  printf("{\"phase\":\"%s\",\"ns\":%lld}\n", t->phase, end - t->start);
  printf("{\"phase\":\"%s\",\"metric\":\"cpu-time\",\"unit\":\"ns\",\"value\":%lld}\n", t->phase, cpu_end - t->cpu_start);
  fflush(stdout);
  t->started = 0;
  t->reported = 1;
}

static void fail(const char *what, const char *detail) {
  printf("{\"error\":\"%s", what);
  for (const char *c = detail ? detail : ""; *c; c++) {
    if (*c == '"' || *c == '\\') putchar('\\');
    if ((unsigned char)*c >= 0x20) putchar(*c);
  }
  printf("\"}\n");
  exit(2);
}

static uint8_t *read_file(const char *path, size_t *length) {
  FILE *f = fopen(path, "rb");
  if (!f) fail("cannot open the module: ", strerror(errno));
  fseek(f, 0, SEEK_END);
  long size = ftell(f);
  fseek(f, 0, SEEK_SET);
  uint8_t *bytes = malloc(size > 0 ? (size_t)size : 1);
  if (!bytes || fread(bytes, 1, (size_t)size, f) != (size_t)size) fail("cannot read the module", NULL);
  fclose(f);
  *length = (size_t)size;
  return bytes;
}

static void *symbol(void *library, const char *name) {
  void *s = dlsym(library, name);
  if (!s) fail("the library does not export ", name);
  return s;
}

/* Relays the benchmark's stdout to stderr; prints it as the checksum if it is one integer. */
static void relay_stdout(const char *path) {
  size_t length = 0;
  FILE *probe = fopen(path, "rb");
  if (!probe) return;
  fclose(probe);
  char *text = (char *)read_file(path, &length);
  fwrite(text, 1, length, stderr);
  text = realloc(text, length + 1);
  text[length] = 0;
  char *end = NULL;
  errno = 0;
  long long value = strtoll(text, &end, 10);
  while (end && (*end == '\n' || *end == '\r' || *end == ' ')) end++;
  if (end != text && end && *end == 0 && errno == 0) printf("{\"checksum\":%lld}\n", value);
  free(text);
}

int main(int argc, char **argv) {
  if (argc != 4) fail("usage: sightglass-host LIBRARY.so MODULE.wasm WORKING_DIR", NULL);
  void *library = dlopen(argv[1], RTLD_NOW | RTLD_LOCAL);
  if (!library) fail("dlopen: ", dlerror());
  create_fn create = (create_fn)symbol(library, "wasm_bench_create");
  free_fn release = (free_fn)symbol(library, "wasm_bench_free");
  compile_fn compile = (compile_fn)symbol(library, "wasm_bench_compile");
  step_fn instantiate = (step_fn)symbol(library, "wasm_bench_instantiate");
  step_fn execute = (step_fn)symbol(library, "wasm_bench_execute");

  size_t length = 0;
  uint8_t *wasm = read_file(argv[2], &length);
  const char *dir = argv[3];
  char out[4096], err[4096];
  snprintf(out, sizeof out, "%s/bench.stdout", dir);
  snprintf(err, sizeof err, "%s/bench.stderr", dir);

  struct phase_timer compilation = {"compile", 0, 0, 0, 0};
  struct phase_timer instantiation = {"instantiate", 0, 0, 0, 0};
  struct phase_timer execution = {"execute", 0, 0, 0, 0};
  struct wasm_bench_config config = {
    dir, strlen(dir), out, strlen(out), err, strlen(err), NULL, 0,
    &compilation, timer_start, timer_end,
    &instantiation, timer_start, timer_end,
    &execution, timer_start, timer_end,
    NULL, 0,
  };

  void *bench = NULL;
  if (create(config, &bench) != 0 || !bench) fail("wasm_bench_create failed", NULL);
  if (compile(bench, wasm, length) != 0) fail("wasm_bench_compile failed", NULL);
  if (instantiate(bench) != 0) fail("wasm_bench_instantiate failed", NULL);
  if (execute(bench) != 0) fail("wasm_bench_execute failed", NULL);
  if (release(bench) != 0) fail("wasm_bench_free failed", NULL);
  if (!compilation.reported || !instantiation.reported || !execution.reported)
    fail("the engine did not call every timing callback (compile, instantiate, execute)", NULL);
  fflush(stdout);
  relay_stdout(out);
  free(wasm);
  return 0;
}
