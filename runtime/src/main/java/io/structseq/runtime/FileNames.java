package io.structseq.runtime;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/** File names as the JDK passes them to the C library ({@code sun.jnu.encoding}). */
final class FileNames {
  static final Charset CHARSET = charset();
  /** What the JDK shows for bytes of a file name that are not valid in the file-name charset. */
  static final char REPLACEMENT = '\uFFFD';

  private FileNames() {}

  private static Charset charset() {
    String name = System.getProperty("sun.jnu.encoding", "");
    try {
      return name.isEmpty() ? Charset.defaultCharset() : Charset.forName(name);
    } catch (IllegalArgumentException e) {
      return Charset.defaultCharset();
    }
  }

  /**
   * The path as the bytes the JDK itself passes to the C library, without the terminating NUL: the
   * normalized path string ({@code ""} meaning {@code "."}) in the file-name charset, or, for a name
   * that is not valid in that charset (a {@code Path} from {@code Files.list}), the bytes the JDK kept
   * ({@link #undecodedBytes}). Every native backend encodes paths here.
   */
  static byte[] bytes(Path path) {
    String text = path.toString();
    if (text.indexOf(REPLACEMENT) >= 0) {
      return undecodedBytes(path);
    }
    return (text.isEmpty() ? "." : text).getBytes(CHARSET);
  }

  /**
   * Whether {@link #bytes} of this path string is its UTF-8 encoding, so that a backend may write it
   * straight into native memory: the file-name charset is UTF-8, and the name is neither empty nor
   * holds bytes the charset could not decode.
   */
  static boolean plainUtf8(String text) {
    return CHARSET.equals(StandardCharsets.UTF_8) && !text.isEmpty() && text.indexOf(REPLACEMENT) < 0;
  }

  /**
   * The bytes of a path whose name is not valid in the file-name charset, such as a name from
   * {@code Files.list} with the byte 0xFF under UTF-8: {@code toString()} shows U+FFFD for those bytes,
   * but the JDK keeps the bytes, and {@code toUri()} escapes each of them as {@code %XX}. The URI's path
   * is absolute (the same file: the JVM never changes its working directory), and ends with a slash for
   * a directory, which is dropped: with it, {@code lstat} would follow a link to a directory.
   */
  static byte[] undecodedBytes(Path path) {
    String raw = path.toUri().getRawPath();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        bytes.write(Integer.parseInt(raw, i + 1, i + 3, 16));
        i += 2;
      } else {
        bytes.write(c); // toUri escapes every byte outside ASCII
      }
    }
    int length = bytes.size();
    byte[] result = bytes.toByteArray();
    return length > 1 && result[length - 1] == '/' ? Arrays.copyOf(result, length - 1) : result;
  }
}
