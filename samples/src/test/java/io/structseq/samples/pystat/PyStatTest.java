package io.structseq.samples.pystat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.structseq.testing.CPython;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link PyStat#run} in-process: options, output and exit status, without a subprocess. */
class PyStatTest {

  /** The outcome of one run. */
  record Result(int status, String out, String err) {}

  static Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = PyStat.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void printsTheReprAsCPython() {
    Result r = run("/etc/hosts", "-L", "/dev/null");
    assertEquals(0, r.status(), r.err());
    assertEquals(CPython.run("import os; print(os.lstat('/etc/hosts')); print(os.stat('/dev/null'))"),
        r.out());
  }

  @Test
  void fieldAndJsonAsCPython() {
    String mode = CPython.run("import os; print(os.lstat('/').st_mode)");
    assertEquals(CPython.run("import os; print(os.lstat('/').st_ino)"), run("--field", "st_ino", "/").out());
    assertEquals(mode, run("--field=st_mode", "/").out());
    String json = run("--json", "/").out();
    assertTrue(json.startsWith("{\"st_mode\": " + mode.trim() + ", \"st_ino\": "), json);
    assertTrue(json.endsWith("}\n"), json);
  }

  @Test
  void doubleDashEndsOptions() {
    Result r = run("--", "-L");
    assertEquals(1, r.status());
    assertEquals("pystat: cannot stat '-L': "
        + CPython.run("import errno, os; print(os.strerror(errno.ENOENT))"), r.err());
  }

  @Test
  void usage() {
    Result r = run();
    assertEquals(2, r.status());
    assertTrue(r.err().startsWith("pystat: no PATH given\nusage: pystat"), r.err());
    assertEquals("", r.out());
  }

  @Test
  void jsonLikePythonsJsonDumps() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("a", 1);
    map.put("b", 1.5e16);
    map.put("c", null);
    map.put("d", "q\"\\é\n");
    map.put("e", 0.1);
    assertEquals(CPython.run("import json; print(json.dumps("
            + "{'a': 1, 'b': 1.5e16, 'c': None, 'd': 'q\"\\\\\\u00e9\\n', 'e': 0.1}), end='')"),
        PyStat.Json.object(map));
  }
}
