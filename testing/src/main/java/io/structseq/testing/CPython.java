package io.structseq.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The CPython that tests compare with, found once per JVM by {@link PythonLookup}. A test that needs it
 * calls {@code String python = CPython.require();}: it skips visibly when there is none, and fails in a
 * {@link Strict} run.
 */
public final class CPython {
  /** The interpreter, or null when there is none. */
  public static final String EXECUTABLE = PythonLookup.find();

  private CPython() {}

  /**
   * Skips the calling test, visibly, when no CPython is installed, or fails it in a {@link Strict} run.
   *
   * @return the interpreter
   */
  public static String require() {
    Strict.assume(EXECUTABLE != null, "CPython comparison SKIPPED: " + PythonLookup.searched());
    return EXECUTABLE;
  }

  /**
   * For a test whose Java half runs anyway and whose CPython half is an extra: whether to run the
   * CPython half. False when there is none, except in a {@link Strict} run, where that fails the test.
   *
   * @return whether {@link #EXECUTABLE} can be run
   */
  public static boolean available() {
    if (EXECUTABLE == null && Strict.on()) {
      require();
    }
    return EXECUTABLE != null;
  }

  /**
   * Runs a script in CPython ({@link #require()} first) and returns what it printed. The arguments
   * reach it as {@code sys.argv[1:]}.
   *
   * @param script the program, as for {@code python -c}
   * @param args its arguments
   * @return its standard output, decoded as UTF-8
   * @throws AssertionError when it exits with a status other than 0 or runs longer than a minute
   */
  public static String run(String script, String... args) {
    return run(Map.of(), script, args);
  }

  /**
   * As {@link #run(String, String...)}, with variables added to CPython's environment (such as
   * {@code LC_ALL}). Its standard output is UTF-8 ({@code PYTHONIOENCODING}) whatever the locale.
   *
   * @param environment variables to set for the interpreter
   * @param script the program, as for {@code python -c}
   * @param args its arguments ({@code sys.argv[1:]})
   * @return what the program printed on its standard output
   */
  public static String run(Map<String, String> environment, String script, String... args) {
    List<String> command = new ArrayList<>(List.of(require(), "-c", script));
    command.addAll(List.of(args));
    return output(command, environment);
  }

  /**
   * Runs a command line built by the caller (an interpreter with its own flags, or a wrapper such as
   * {@code setarch} or {@code script} around one) and returns what it printed. Its standard error is
   * kept in memory, never in a file: a test that compares {@code stat} of {@code /tmp} must not see
   * the oracle change it.
   *
   * @param command the program and its arguments
   * @param environment variables to add to its environment; {@code PYTHONIOENCODING} is UTF-8
   * @return its standard output, decoded as UTF-8
   * @throws AssertionError when it exits with a status other than 0 or runs longer than five minutes (ProcessRun)
   */
  public static String output(List<String> command, Map<String, String> environment) {
    Map<String, String> variables = new HashMap<>();
    variables.put("PYTHONIOENCODING", "utf-8");
    variables.putAll(environment);
    ProcessRun run = ProcessRun.of(command, variables, null);
    if (run.status() != 0) {
      throw new AssertionError("exited with " + run.status() + ": " + run.errText() + "\n" + command);
    }
    return run.text();
  }

}
