package io.structseq.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.structseq.StructSequence;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link Sys#versionInfo()} as Python's {@code sys.version_info}: fields, repr and tuple order. */
class SysTest {

  private static VersionInfo parse(String version) {
    return Sys.versionInfo(Runtime.Version.parse(version));
  }

  @Test
  void runningJvm() {
    Runtime.Version running = Runtime.version();
    VersionInfo info = Sys.versionInfo();
    assertSame(info, Sys.versionInfo());
    assertEquals(running.feature(), info.major());
    assertEquals(running.interim(), info.minor());
    assertEquals(running.update(), info.micro());
    assertEquals(running.pre().orElse("final"), info.releaselevel());
    assertEquals(running.patch(), info.serial());
    assertTrue(StructSequence.compare(info, List.of(17, 0)) >= 0, "we run on 17 or later");
    assertTrue(StructSequence.compare(info, List.of(running.feature() + 1)) < 0);
  }

  @Test
  void generalAvailabilityRelease() {
    VersionInfo info = parse("17.0.15+6");
    assertEquals(List.of(17, 0, 15, "final", 0), info);
    assertEquals("sys.version_info(major=17, minor=0, micro=15, releaselevel='final', serial=0)",
        info.toString());
    assertEquals(Map.of("major", 17, "minor", 0, "micro", 15, "releaselevel", "final", "serial", 0),
        info.asMap());
    assertEquals(List.of("major", "minor", "micro", "releaselevel", "serial"),
        List.copyOf(info.asMap().keySet()));
  }

  @Test
  void earlyAccessAndPatchReleases() {
    assertEquals("sys.version_info(major=25, minor=0, micro=0, releaselevel='ea', serial=0)",
        parse("25-ea+3").toString());
    assertEquals(List.of(21, 0, 1, "final", 0), parse("21.0.1"));
    assertEquals(List.of(11, 0, 4, "final", 2), parse("11.0.4.2+7-LTS"));
    assertEquals(List.of(9, 1, 2, "final", 0), parse("9.1.2"));
  }

  @Test
  void ordersLikeAPythonTuple() {
    VersionInfo v17 = parse("17.0.15+6");
    VersionInfo v21 = parse("21.0.1");
    assertTrue(StructSequence.compare(v17, List.of(17, 0)) > 0); // (17, 0, 15, ...) > (17, 0)
    assertTrue(StructSequence.compare(v17, List.of(17, 0, 15)) > 0);
    assertEquals(0, StructSequence.compare(v17, List.of(17, 0, 15, "final", 0)));
    assertTrue(StructSequence.compare(v17, List.of(17, 1)) < 0);
    assertTrue(StructSequence.compare(v17, List.of(18)) < 0);
    assertTrue(StructSequence.compare(v17, List.of(17L, 0.0, 16)) < 0); // numbers by value
    assertTrue(v17.compareTo(v21) < 0);
    assertTrue(v21.compareTo(v17) > 0);
    assertEquals(0, v17.compareTo(parse("17.0.15+7-Debian")));
    assertTrue(parse("25-ea").compareTo(parse("25")) < 0, "'ea' < 'final' as strings");
    assertEquals(List.of(v17, v21), List.of(v21, v17).stream().sorted().toList());
  }

  @Test
  void equalsTheListOfItsValues() {
    VersionInfo v = parse("21.0.1");
    assertEquals(List.of(21, 0, 1, "final", 0), v);
    assertEquals(v, List.of(21, 0, 1, "final", 0));
    assertEquals(List.of(21, 0, 1, "final", 0).hashCode(), v.hashCode());
    assertEquals(5, v.size());
    assertEquals("final", v.get(3));
    assertEquals(21, v.get("major"));
    assertThrows(UnsupportedOperationException.class, () -> v.add(1));
  }

  @Test
  void describedAsSysVersionInfo() {
    var type = Sys.versionInfo().structType();
    assertEquals("sys.version_info", type.name());
    assertEquals(5, type.sequenceSize());
    assertEquals(5, type.fieldCount());
    assertEquals(0, type.unnamedCount());
    assertEquals(parse("21.0.1"), type.fromSequence(List.of(21, 0, 1, "final", 0)));
  }

  @Test
  void rejectsNull() {
    assertThrows(NullPointerException.class, () -> Sys.versionInfo(null));
  }
}
