package io.structseq.benchmarks;

import io.structseq.runtime.Os;

/** Prints which {@link Os} backend this JVM picks, as a result line for {@code run.sh}. */
public final class BackendProbe {
  private BackendProbe() {}

  /**
   * Prints {@code backend.<feature> <name>}.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.println("backend.jdk" + Runtime.version().feature() + "\t" + Os.backend() + "\t-");
  }
}
