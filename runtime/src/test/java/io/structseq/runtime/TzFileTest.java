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
import java.util.List;
import java.util.Map;
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

  /** The instants asked of every zone besides its changes: 1843, 1900, 1970, 2038 and 2200. */
  private static final List<Long> FIXED = List.of(-4_000_000_000L, -2_208_988_800L, 0L,
      2_147_483_647L, 2_147_483_648L, 2_208_988_800L, 7_258_118_400L);

  /**
   * For each zone read on stdin, under {@code TZ} set to it: the instants where CPython sees it change
   * from 1843 to 2200 ({@link PythonTime#CHANGES}: the transitions that zoneinfo's own TZif reader lists
   * in the file, and four-week steps of {@code time.localtime}, for the rules of the footer), the
   * second before, at and after each, and {@link #FIXED}; one line per zone, "zone<TAB>t abbr gmtoff
   * isdst,..." (transitions are computed once per file content).
   */
  private static final String TRANSITIONS = String.join("\n",
      "import os, sys, time",
      "from zoneinfo import _common",
      PythonTime.CHANGES,
      "root, fixed = sys.argv[1], [int(t) for t in sys.argv[2].split(',')]",
      "known = {}",
      "for line in sys.stdin:",
      "    zone = line.rstrip('\\n')",
      "    os.environ['TZ'] = 'UTC'",
      "    time.tzset()",
      "    os.environ['TZ'] = zone",
      "    time.tzset()",
      "    with open(os.path.join(root, zone), 'rb') as f:",
      "        data = f.read()",
      "    if data not in known:",
      "        with open(os.path.join(root, zone), 'rb') as f:",
      "            listed = _common.load_data(f)[1]",
      "        known[data] = changes(-4000000000, 7258118400, 28 * 86400, listed)",
      "    stamps = sorted(set(fixed) | {t + d for t in known[data] for d in (-1, 0, 1)})",
      "    answers = []",
      "    for t in stamps:",
      "        x = time.localtime(t)",
      "        answers.append('%d %s %d %d' % (t, x.tm_zone, x.tm_gmtoff, x.tm_isdst))",
      "    print(zone + '\\t' + ','.join(answers))",
      "");

  /**
   * The files under {@code dir} that start with the TZif magic ({@code "TZif"}), by name relative to
   * it: what a {@code TZ} of that name reads, chosen without the parser under test.
   */
  static List<String> tzifFiles(Path dir) throws IOException {
    byte[] magic = "TZif".getBytes(StandardCharsets.US_ASCII);
    List<String> zones = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
      for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
        try (var in = Files.newInputStream(file)) {
          if (Arrays.equals(magic, in.readNBytes(magic.length))) {
            zones.add(dir.relativize(file).toString());
          }
        }
      }
    }
    return zones;
  }

  @Test
  void zoneFilesAreChosenByTheirMagic(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("Area"));
    Files.write(dir.resolve("Area/Zone"), tzif('2', new long[] {0}, new int[] {0},
        List.of(new Type(0, false, "UTC")), "UTC0"));
    Files.write(dir.resolve("Area/Broken"), "TZif but nothing else".getBytes(StandardCharsets.US_ASCII));
    Files.writeString(dir.resolve("zone.tab"), "# not a zone\n");
    Files.write(dir.resolve("short"), new byte[] {'T', 'Z'});
    Files.createSymbolicLink(dir.resolve("Link"), dir.resolve("Area/Zone"));
    assertEquals(List.of("Area/Broken", "Area/Zone", "Link"), tzifFiles(dir));
  }

  /**
   * Every zone file of the system (every file under {@code /usr/share/zoneinfo} with the TZif magic,
   * {@code posix/} and {@code right/} too), through the {@code TZ} lookup, against CPython under the same
   * {@code TZ}, at every instant around a change that CPython finds from 1843 to 2200 ({@link
   * #TRANSITIONS}), all zones in one Python run. The runtime must read every one of them.
   */
  @Test
  void everySystemZoneEqualsCPython() throws IOException {
    String python = PythonTime.requirePython();
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(ZONEINFO), "no " + ZONEINFO);
    List<String> zones = tzifFiles(ZONEINFO);
    assertEquals(List.of(), zones.stream().filter(z -> TzFile.read(ZONEINFO.resolve(z)).isEmpty()).toList(),
        "zone files with the TZif magic that the runtime does not read");
    String fixed = FIXED.stream().map(String::valueOf).collect(Collectors.joining(","));
    List<String> lines = PythonTime.execute(List.of(python, "-c", TRANSITIONS, ZONEINFO.toString(), fixed),
        String.join("\n", zones) + "\n", Map.of());
    assertEquals(zones.size(), lines.size(), "one line per zone");
    List<String> mismatches = new ArrayList<>();
    int instants = 0;
    for (int i = 0; i < zones.size(); i++) {
      String zone = zones.get(i);
      String[] line = lines.get(i).split("\t", -1);
      assertEquals(zone, line[0]);
      TzZone ours = TzDatabase.forTzVariable(zone);
      for (String answer : line[1].split(",")) {
        String[] a = answer.split(" ");
        long t = Long.parseLong(a[0]);
        TzPeriod p = ours.periodAt(t);
        instants++;
        if (!p.abbreviation().equals(a[1]) || p.offset() != Integer.parseInt(a[2])
            || (p.dst() ? 1 : 0) != Integer.parseInt(a[3])) {
          mismatches.add(zone + " t=" + t + ": python " + answer + ", java " + p);
        }
      }
    }
    assertTrue(zones.size() > 300, "only " + zones.size() + " zones");
    // Each zone has its fixed instants; tzdata's zones change tens of thousands of times in all.
    assertTrue(instants > zones.size() * FIXED.size() + 100_000, instants + " instants");
    assertEquals(List.of(), mismatches.subList(0, Math.min(10, mismatches.size())),
        mismatches.size() + " mismatches in " + instants + " instants of " + zones.size() + " zones");
  }
}
