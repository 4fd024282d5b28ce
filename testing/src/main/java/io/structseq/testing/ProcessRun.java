package io.structseq.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;

/**
 * What a process did: its exit status and its standard output and error as the bytes it wrote. Two
 * runs are equal when their status and bytes are, so that a test comparing a tool with CPython
 * compares what a user's terminal or pipe receives, not a decoding of it.
 *
 * @param status the exit status
 * @param out standard output, raw
 * @param err standard error, raw
 */
@SuppressWarnings("ArrayRecordComponent") // equals, hashCode, toString below use the bytes themselves
public record ProcessRun(int status, byte[] out, byte[] err) {
  /**
   * Runs a command to its end (five minutes at most) with variables added to this JVM's environment,
   * reading both of its outputs at once so that neither pipe fills and blocks it.
   *
   * @param command the program and its arguments
   * @param environment the variables to add
   * @param stdin a file for its standard input, or null for an empty one
   * @return what it did
   * @throws UncheckedIOException when it cannot be started
   */
  public static ProcessRun of(List<String> command, Map<String, String> environment, Path stdin) {
    try {
      ProcessBuilder builder = new ProcessBuilder(command);
      builder.environment().putAll(environment);
      if (stdin != null) {
        builder.redirectInput(stdin.toFile());
      }
      Process process = builder.start();
      if (stdin == null) {
        process.getOutputStream().close();
      }
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      Thread errReader = new Thread(() -> {
        try {
          process.getErrorStream().transferTo(err);
        } catch (IOException e) {
          // the process is gone; what it wrote so far is kept
        }
      });
      errReader.start();
      byte[] out = process.getInputStream().readAllBytes();
      if (!process.waitFor(300, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("did not finish in five minutes: " + command);
      }
      errReader.join();
      return new ProcessRun(process.exitValue(), out, err.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /**
   * Fails unless two runs wrote the same bytes on standard output; the message shows the decoded
   * texts first, where a difference is easiest to read.
   *
   * @param expected the reference run (CPython)
   * @param actual the run under test
   * @param message what was compared
   */
  public static void assertSameOut(ProcessRun expected, ProcessRun actual, String message) {
    Assertions.assertEquals(expected.text(), actual.text(), message);
    Assertions.assertArrayEquals(expected.out(), actual.out(), message + ": the same text, other bytes");
  }

  /** Returns standard output decoded as UTF-8, for messages and for matching patterns. */
  public String text() {
    return new String(out, StandardCharsets.UTF_8);
  }

  /** Returns standard error decoded as UTF-8, for messages and for matching patterns. */
  public String errText() {
    return new String(err, StandardCharsets.UTF_8);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ProcessRun r && status == r.status && Arrays.equals(out, r.out)
        && Arrays.equals(err, r.err);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * status + Arrays.hashCode(out)) + Arrays.hashCode(err);
  }

  @Override
  public String toString() {
    return "exit status " + status + ", stdout (" + out.length + " bytes) " + text() + ", stderr ("
        + err.length + " bytes) " + errText();
  }
}
