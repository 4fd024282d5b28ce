package io.structseq.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading TZif files: hand-made files for the corners (version 1 without footer, all-DST types,
 * truncated data), and every zone of the system's tz database against CPython.
 */
class TzFileTest {
  private static final Path ZONEINFO = Path.of("/usr/share/zoneinfo");

  /** One local time type of a hand-made file. */
  private record Type(int offset, boolean dst, String abbreviation) {}

  /** Writes a TZif file of a version with the given transitions, types and footer. */
  private static byte[] tzif(char version, long[] times, int[] typeIndexes, List<Type> types,
      String footer) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(bytes);
      ByteArrayOutputStream chars = new ByteArrayOutputStream();
      int[] abbreviationIndex = new int[types.size()];
      for (int i = 0; i < types.size(); i++) {
        abbreviationIndex[i] = chars.size();
        chars.writeBytes(types.get(i).abbreviation().getBytes(StandardCharsets.US_ASCII));
        chars.write(0);
      }
      int blocks = version == '1' ? 1 : 2;
      for (int block = 0; block < blocks; block++) {
        boolean wide = block == 1;
        out.writeBytes("TZif");
        out.write(version == '1' ? 0 : version);
        out.write(new byte[15]);
        int[] counts = {0, 0, 0, times.length, types.size(), chars.size()};
        for (int c : counts) {
          out.writeInt(c);
        }
        for (long t : times) {
          if (wide) {
            out.writeLong(t);
          } else {
            out.writeInt((int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, t)));
          }
        }
        for (int i : typeIndexes) {
          out.write(i);
        }
        for (int i = 0; i < types.size(); i++) {
          out.writeInt(types.get(i).offset());
          out.write(types.get(i).dst() ? 1 : 0);
          out.write(abbreviationIndex[i]);
        }
        out.write(chars.toByteArray());
      }
      if (version != '1') {
        out.writeBytes("\n" + footer + "\n");
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void versionOneUsesTheLastTypeForever() {
    TzFile zone = TzFile.parse(tzif('1', new long[] {0, 1000}, new int[] {1, 0},
        List.of(new Type(3600, false, "AAA"), new Type(7200, true, "BBB")), null));
    assertEquals(new TzPeriod(3600, false, "AAA"), zone.periodAt(-1)); // first standard type
    assertEquals(new TzPeriod(7200, true, "BBB"), zone.periodAt(0));
    assertEquals(new TzPeriod(7200, true, "BBB"), zone.periodAt(999));
    assertEquals(new TzPeriod(3600, false, "AAA"), zone.periodAt(1000));
    assertEquals(new TzPeriod(3600, false, "AAA"), zone.periodAt(Long.MAX_VALUE));
  }

  @Test
  void beforeTheFirstTransitionTheFirstStandardTypeApplies() {
    List<Type> types = List.of(new Type(7200, true, "DDD"), new Type(3600, false, "SSS"),
        new Type(0, false, "ZZZ"));
    TzFile zone = TzFile.parse(tzif('2', new long[] {100}, new int[] {2}, types, ""));
    assertEquals(new TzPeriod(3600, false, "SSS"), zone.periodAt(99));
    assertEquals(new TzPeriod(0, false, "ZZZ"), zone.periodAt(100));
    // Only DST types: the first one.
    TzFile allDst = TzFile.parse(tzif('2', new long[] {100}, new int[] {0},
        List.of(new Type(7200, true, "DDD")), ""));
    assertEquals(new TzPeriod(7200, true, "DDD"), allDst.periodAt(0));
  }

  @Test
  void theFooterRulesFromTheLastTransitionOn() {
    TzFile zone = TzFile.parse(tzif('3', new long[] {0}, new int[] {0},
        List.of(new Type(-3600, false, "OLD")), "CET-1CEST,M3.5.0,M10.5.0/3"));
    assertEquals(new TzPeriod(-3600, false, "OLD"), zone.periodAt(-1));
    assertEquals(new TzPeriod(3600, false, "CET"), zone.periodAt(0));
    assertEquals(new TzPeriod(7200, true, "CEST"), zone.periodAt(1_720_000_000L));
    // A file without transitions never reaches its footer in glibc.
    TzFile none = TzFile.parse(tzif('2', new long[0], new int[0],
        List.of(new Type(-3600, false, "OLD")), "CET-1CEST,M3.5.0,M10.5.0/3"));
    assertEquals(new TzPeriod(-3600, false, "OLD"), none.periodAt(1_720_000_000L));
  }

  @Test
  void rejectsMalformedData(@TempDir Path dir) throws IOException {
    byte[] good = tzif('2', new long[] {0}, new int[] {0}, List.of(new Type(0, false, "UTC")), "UTC0");
    assertThrows(IllegalArgumentException.class, () -> TzFile.parse("TZjf".getBytes(StandardCharsets.US_ASCII)));
    Path truncated = dir.resolve("truncated");
    Files.write(truncated, Arrays.copyOf(good, 60));
    assertTrue(TzFile.read(truncated).isEmpty());
    byte[] badType = tzif('1', new long[] {0}, new int[] {5}, List.of(new Type(0, false, "UTC")), null);
    assertThrows(IllegalArgumentException.class, () -> TzFile.parse(badType));
    assertTrue(TzFile.read(dir.resolve("missing")).isEmpty());
    assertTrue(TzFile.read(dir).isEmpty()); // a directory
    Path ok = dir.resolve("ok");
    Files.write(ok, good);
    assertTrue(TzFile.read(ok).isPresent());
  }

  /**
   * Every zone file of the system, through the {@code TZ} lookup, against CPython under the same
   * {@code TZ}: a fixed set of instants from 1850 to 2200 and random ones, all in one Python run.
   */
  @Test
  void everySystemZoneEqualsCPython() throws IOException {
    PythonTime.requirePython();
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(ZONEINFO), "no " + ZONEINFO);
    List<String> zones;
    try (Stream<Path> files = Files.walk(ZONEINFO)) {
      zones = files.filter(Files::isRegularFile)
          .map(p -> ZONEINFO.relativize(p).toString())
          .filter(name -> !name.startsWith("right/") && !name.startsWith("posix/"))
          .filter(name -> TzFile.read(ZONEINFO.resolve(name)).isPresent())
          .sorted()
          .collect(Collectors.toList());
    }
    List<Long> stamps = new ArrayList<>();
    Random random = new Random(7);
    for (int i = 0; i < 80; i++) {
      stamps.add(-3_800_000_000L + random.nextLong() % 3_500_000_000L + 7_000_000_000L);
    }
    stamps.addAll(List.of(-4_000_000_000L, -2_208_988_800L, 0L, 2_147_483_647L, 2_147_483_648L,
        2_208_988_800L, 7_258_118_400L));
    Map<String, List<Long>> questions = new LinkedHashMap<>();
    zones.forEach(zone -> questions.put(zone, stamps));
    Map<String, List<PythonTime.Result>> answers = PythonTime.run(questions);
    List<String> mismatches = new ArrayList<>();
    for (String zone : zones) {
      TzZone ours = TzDatabase.forTzVariable(zone);
      for (PythonTime.Result r : answers.get(zone)) {
        TzPeriod p = ours.periodAt(r.epochSecond());
        if (!p.abbreviation().equals(r.zone()) || p.offset() != r.gmtoff()
            || (p.dst() ? 1 : 0) != r.fields().get(8)) {
          mismatches.add(zone + " t=" + r.epochSecond() + ": python " + r.zone() + " " + r.gmtoff()
              + " isdst=" + r.fields().get(8) + ", java " + p);
        }
      }
    }
    assertTrue(zones.size() > 300, "only " + zones.size() + " zones");
    assertEquals(List.of(), mismatches.subList(0, Math.min(10, mismatches.size())),
        mismatches.size() + " mismatches in " + zones.size() + " zones");
  }
}
