package io.structseq.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.structseq.PyRepr;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link FsCodec} against CPython's {@code os.fsdecode}/{@code os.fsencode} ({@code surrogateescape}). */
class FsCodecTest {
  @Test
  void decodesAsCPythonAndEncodesBack() {
    assumeTrue(FsCodec.CHARSET.equals(StandardCharsets.UTF_8),
        "CPython comparison SKIPPED: sun.jnu.encoding is " + FsCodec.CHARSET + ", CPython's is UTF-8 here");
    List<byte[]> samples = new ArrayList<>();
    for (String hex : List.of("", "726f6f74", "c3a9", "ff", "c328", "e282", "eda080", "f0908080", "f4908080",
        "c0af", "e282ac", "f09f9880", "80", "fe", "e2ff82", "61ff62c3")) {
      samples.add(HexFormat.of().parseHex(hex));
    }
    Random random = new Random(8);
    for (int i = 0; i < 300; i++) {
      byte[] bytes = new byte[random.nextInt(12)];
      for (int j = 0; j < bytes.length; j++) {
        // Mostly bytes around UTF-8's lead and continuation ranges, never NUL.
        bytes[j] = (byte) (random.nextBoolean() ? 0x80 + random.nextInt(0x80) : 1 + random.nextInt(0x7f));
      }
      samples.add(bytes);
    }
    List<String> python = PythonNss.fsdecode(samples.stream().map(HexFormat.of()::formatHex).toList());
    for (int i = 0; i < samples.size(); i++) {
      byte[] bytes = samples.get(i);
      String decoded = FsCodec.decode(bytes);
      assertEquals(python.get(i), PyRepr.reprString(decoded), HexFormat.of().formatHex(bytes));
      assertArrayEquals(bytes, FsCodec.encode(decoded), "round trip of " + HexFormat.of().formatHex(bytes));
    }
  }

  /**
   * The charset is CPython's file-system encoding for the locale a JVM reports: in the C and POSIX
   * locales the JDK says ASCII and CPython uses UTF-8 (its UTF-8 mode), elsewhere both follow the
   * locale. Each locale is checked with a real JVM and a real CPython started under it.
   */
  @Test
  void charsetIsCPythonsInEachLocale() throws Exception {
    String java = ProcessHandle.current().info().command().orElseThrow();
    for (String locale : List.of("C", "POSIX", "C.UTF-8")) {
      ProcessBuilder builder = new ProcessBuilder(java, "-XshowSettings:properties", "-version")
          .redirectErrorStream(true);
      builder.environment().put("LC_ALL", locale);
      Process process = builder.start();
      String jnu = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(line -> line.strip().startsWith("sun.jnu.encoding = "))
          .map(line -> line.strip().substring("sun.jnu.encoding = ".length()))
          .findFirst().orElseThrow();
      assertEquals(0, process.waitFor());
      assertEquals(Charset.forName(PythonNss.fileSystemEncoding(locale)), FsCodec.charset(jnu),
          "LC_ALL=" + locale + ", sun.jnu.encoding " + jnu);
    }
  }

  @Test
  void otherCharsetsEscapeWhatTheyCannotMap() {
    String decoded = FsCodec.decode(new byte[] {'a', (byte) 0x80, (byte) 0xe9}, StandardCharsets.US_ASCII);
    assertEquals("a\udc80\udce9", decoded);
    assertArrayEquals(new byte[] {'a', (byte) 0x80, (byte) 0xe9}, FsCodec.encode(decoded, StandardCharsets.US_ASCII));
    assertArrayEquals(new byte[] {(byte) 0xe9}, FsCodec.encode("é", StandardCharsets.ISO_8859_1));
    assertEquals("'iso-8859-1' codec can't encode character '€' in position 1: unmappable character",
        assertThrows(IllegalArgumentException.class, () -> FsCodec.encode("a€", StandardCharsets.ISO_8859_1))
            .getMessage());
  }
}
