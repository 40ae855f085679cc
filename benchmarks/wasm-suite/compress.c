/* LZ77 round trip over SIZE bytes of generated text (words from a small vocabulary, so it compresses):
 * greedy matching through a hash table of 4-byte prefixes, a byte-oriented token format, then
 * decompression and comparison. The checksum is the compressed size mixed with a hash of the output;
 * a round trip that differs returns -1. */
#include "bench.h"

#define HASH_BITS 14
#define MIN_MATCH 4
#define MAX_MATCH 255
#define WINDOW 65535

static unsigned char input[SIZE], packed[SIZE + SIZE / 64 + 16], output[SIZE];
static unsigned table[1 << HASH_BITS];

static const char *const words[] = {"the ", "wasm ", "engine ", "compiles ", "a ", "module ", "into ", "machine ",
  "code ", "and ", "runs ", "it ", "fast ", "baseline ", "optimizing ", "tier ", "\n", ", ", "benchmark ", "of "};

static unsigned hash4(const unsigned char *p) {
  unsigned v = (unsigned)p[0] | (unsigned)p[1] << 8 | (unsigned)p[2] << 16 | (unsigned)p[3] << 24;
  return (v * 2654435761u) >> (32 - HASH_BITS);
}

/* Token format: 0x00 LEN BYTES... (literal run, LEN <= 255) | LEN DISTLO DISTHI (match, LEN >= 4). */
static unsigned pack(void) {
  unsigned in = 0, out = 0, literal_start = 0;
  for (unsigned i = 0; i < (1u << HASH_BITS); i++) table[i] = 0xffffffffu;
  while (in + MIN_MATCH <= SIZE) {
    unsigned h = hash4(input + in), candidate = table[h], len = 0;
    table[h] = in;
    if (candidate != 0xffffffffu && in - candidate <= WINDOW)
      while (len < MAX_MATCH && in + len < SIZE && input[candidate + len] == input[in + len]) len++;
    if (len >= MIN_MATCH) {
      for (unsigned s = literal_start; s < in; s += 255) {
        unsigned n = in - s < 255 ? in - s : 255;
        packed[out++] = 0; packed[out++] = (unsigned char)n;
        for (unsigned k = 0; k < n; k++) packed[out++] = input[s + k];
      }
      unsigned distance = in - candidate;
      packed[out++] = (unsigned char)len; packed[out++] = (unsigned char)distance; packed[out++] = (unsigned char)(distance >> 8);
      in += len;
      literal_start = in;
    } else {
      in++;
    }
  }
  for (unsigned s = literal_start; s < SIZE; s += 255) {
    unsigned n = SIZE - s < 255 ? SIZE - s : 255;
    packed[out++] = 0; packed[out++] = (unsigned char)n;
    for (unsigned k = 0; k < n; k++) packed[out++] = input[s + k];
  }
  return out;
}

static unsigned unpack(unsigned size) {
  unsigned in = 0, out = 0;
  while (in < size) {
    unsigned tag = packed[in++];
    if (tag == 0) {
      unsigned n = packed[in++];
      for (unsigned k = 0; k < n; k++) output[out++] = packed[in++];
    } else {
      unsigned distance = packed[in] | (unsigned)packed[in + 1] << 8;
      in += 2;
      for (unsigned k = 0; k < tag; k++, out++) output[out] = output[out - distance];
    }
  }
  return out;
}

BENCH_EXPORT int run(void) {
  unsigned state = 5, filled = 0;
  while (filled < SIZE) {
    const char *w = words[(lcg(&state) >> 16) % 20];
    while (*w && filled < SIZE) input[filled++] = (unsigned char)*w++;
  }
  unsigned size = pack();
  if (unpack(size) != SIZE) return -1;
  unsigned sum = 2166136261u;
  for (unsigned i = 0; i < SIZE; i++) {
    if (output[i] != input[i]) return -1;
    sum = (sum ^ output[i]) * 16777619u;
  }
  return (int)(sum ^ size * 2654435761u);
}
