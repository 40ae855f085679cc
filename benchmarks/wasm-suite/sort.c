/* Sort SIZE pseudo-random 32-bit keys: quicksort (median of three, insertion sort below 16, explicit
 * stack) written here rather than the C library's qsort, whose static musl build is 3-4x slower than
 * wasi-libc's and would turn the native ratio into a comparison of two libc builds. */
#include "bench.h"

static unsigned keys[SIZE];

static void swap(unsigned *x, unsigned *y) { unsigned t = *x; *x = *y; *y = t; }

static void sort(unsigned *v, int n) {
  int stack[128], top = 0, lo = 0, hi = n - 1;
  for (;;) {
    while (hi - lo >= 16) {
      int mid = lo + (hi - lo) / 2;
      if (v[mid] < v[lo]) swap(&v[mid], &v[lo]);
      if (v[hi] < v[lo]) swap(&v[hi], &v[lo]);
      if (v[hi] < v[mid]) swap(&v[hi], &v[mid]);
      unsigned pivot = v[mid];
      int i = lo, j = hi;
      while (i <= j) {
        while (v[i] < pivot) i++;
        while (v[j] > pivot) j--;
        if (i <= j) { swap(&v[i], &v[j]); i++; j--; }
      }
      /* Recurse into the smaller side later (pushed), loop on the larger: the stack stays O(log n). */
      if (j - lo < hi - i) { stack[top++] = i; stack[top++] = hi; hi = j; }
      else { stack[top++] = lo; stack[top++] = j; lo = i; }
    }
    for (int i = lo + 1; i <= hi; i++) {
      unsigned x = v[i];
      int k = i - 1;
      while (k >= lo && v[k] > x) { v[k + 1] = v[k]; k--; }
      v[k + 1] = x;
    }
    if (top == 0) return;
    hi = stack[--top];
    lo = stack[--top];
  }
}

BENCH_EXPORT int run(void) {
  unsigned state = 42;
  for (unsigned i = 0; i < SIZE; i++) keys[i] = lcg(&state) ^ (lcg(&state) >> 16);
  sort(keys, SIZE);
  unsigned sum = 0;
  for (unsigned i = 0; i < SIZE; i++) {
    if (i > 0 && keys[i - 1] > keys[i]) return -1; /* not sorted: a wrong answer */
    sum = sum * 31u + keys[i];
  }
  return (int)sum;
}
