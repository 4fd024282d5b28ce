/*
 * The floor for Os.stat: stat(2) through the C library in a tight loop, timed with clock_gettime.
 * Usage: rawstat PATH CALLS ROUNDS. Prints the best round as "raw.stat <ns per call> ns/op".
 */
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <time.h>

static double now_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e9 + ts.tv_nsec;
}

int main(int argc, char **argv) {
  if (argc != 4) {
    fprintf(stderr, "usage: %s PATH CALLS ROUNDS\n", argv[0]);
    return 2;
  }
  const char *path = argv[1];
  long calls = atol(argv[2]);
  int rounds = atoi(argv[3]);
  struct stat st;
  volatile long sink = 0; /* keeps the loop from being optimised away */
  double best = -1;
  for (int r = 0; r < rounds; r++) {
    double start = now_ns();
    for (long i = 0; i < calls; i++) {
      if (stat(path, &st) != 0) {
        perror(path);
        return 1;
      }
      sink += st.st_size;
    }
    double per_call = (now_ns() - start) / calls;
    fprintf(stderr, "round %d: %.1f ns/op\n", r + 1, per_call);
    if (best < 0 || per_call < best) {
      best = per_call;
    }
  }
  printf("raw.stat\t%.1f\tns/op\tbest of %d rounds of %ld calls (gcc -O2)\n", best, rounds, calls);
  return 0;
}
