/* Multiply two SIZE x SIZE matrices of 32-bit integers (wrapping), i-k-j loop order, three times
 * (C = A*B, A = C*B, C = A*B) so the result depends on every product. Integers keep the checksum
 * exact on every engine. */
#include "bench.h"

static unsigned a[SIZE][SIZE], b[SIZE][SIZE], c[SIZE][SIZE];

static void multiply(unsigned (*x)[SIZE], unsigned (*y)[SIZE], unsigned (*out)[SIZE]) {
  for (unsigned i = 0; i < SIZE; i++) {
    for (unsigned j = 0; j < SIZE; j++) out[i][j] = 0;
    for (unsigned k = 0; k < SIZE; k++) {
      unsigned xik = x[i][k];
      for (unsigned j = 0; j < SIZE; j++) out[i][j] += xik * y[k][j];
    }
  }
}

BENCH_EXPORT int run(void) {
  unsigned state = 99;
  for (unsigned i = 0; i < SIZE; i++)
    for (unsigned j = 0; j < SIZE; j++) { a[i][j] = lcg(&state) >> 20; b[i][j] = lcg(&state) >> 20; }
  multiply(a, b, c);
  multiply(c, b, a);
  multiply(a, b, c);
  unsigned sum = 0;
  for (unsigned i = 0; i < SIZE; i++)
    for (unsigned j = 0; j < SIZE; j++) sum = sum * 31u + c[i][j];
  return (int)sum;
}
