/* Generate SIZE bytes of arithmetic statements ("(12+x3)*7-(5*(9+2));"), then tokenize, parse by
 * recursive descent and evaluate them with wrapping 32-bit arithmetic. The checksum mixes every
 * statement's value with the number of tokens read. */
#include "bench.h"

static char text[SIZE + 256];
static unsigned length, position, tokens;
static unsigned gen_state;

static void put(char c) { text[length++] = c; }

static void put_number(unsigned n) {
  char digits[10];
  int k = 0;
  do { digits[k++] = (char)('0' + n % 10); n /= 10; } while (n);
  while (k) put(digits[--k]);
}

static void gen_expr(int depth) {
  unsigned r = lcg(&gen_state) >> 8;
  if (depth == 0 || r % 4 == 0) {
    if (r % 3 == 0) { put('v'); put((char)('0' + (r >> 4) % 8)); }
    else put_number((r >> 4) % 1000);
    return;
  }
  int paren = r % 5 == 1;
  if (paren) put('(');
  gen_expr(depth - 1);
  put("+-*"[(r >> 6) % 3]);
  gen_expr(depth - 1);
  if (paren) put(')');
}

/* Tokenizer: returns the next non-space character class, leaving position at it. */
static char peek(void) {
  while (position < length && text[position] == ' ') position++;
  return position < length ? text[position] : 0;
}

static unsigned vars[8];
static unsigned parse_sum(void);

static unsigned parse_atom(void) {
  char c = peek();
  tokens++;
  if (c == '(') {
    position++;
    unsigned v = parse_sum();
    if (peek() == ')') { position++; tokens++; }
    return v;
  }
  if (c == 'v') {
    position += 2;
    return vars[(unsigned)(text[position - 1] - '0') & 7];
  }
  unsigned v = 0;
  while (position < length && text[position] >= '0' && text[position] <= '9') v = v * 10 + (unsigned)(text[position++] - '0');
  return v;
}

static unsigned parse_product(void) {
  unsigned v = parse_atom();
  while (peek() == '*') { position++; tokens++; v *= parse_atom(); }
  return v;
}

static unsigned parse_sum(void) {
  unsigned v = parse_product();
  for (;;) {
    char c = peek();
    if (c == '+') { position++; tokens++; v += parse_product(); }
    else if (c == '-') { position++; tokens++; v -= parse_product(); }
    else return v;
  }
}

BENCH_EXPORT int run(void) {
  gen_state = 2024;
  length = 0;
  while (length < SIZE) {
    gen_expr(6);
    put(';');
    if ((lcg(&gen_state) >> 28) == 0) put(' ');
  }
  for (unsigned i = 0; i < 8; i++) vars[i] = i * 2654435761u;
  position = 0;
  tokens = 0;
  unsigned sum = 0, statement = 0;
  while (peek()) {
    unsigned v = parse_sum();
    if (peek() == ';') { position++; tokens++; }
    vars[statement++ % 8] = v;
    sum = sum * 16777619u ^ v;
  }
  return (int)(sum ^ tokens);
}
