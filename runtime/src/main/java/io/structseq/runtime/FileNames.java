package io.structseq.runtime;

import java.nio.charset.Charset;

/** The charset the JDK encodes file names and other C strings with ({@code sun.jnu.encoding}). */
final class FileNames {
  static final Charset CHARSET = charset();

  private FileNames() {}

  private static Charset charset() {
    String name = System.getProperty("sun.jnu.encoding", "");
    try {
      return name.isEmpty() ? Charset.defaultCharset() : Charset.forName(name);
    } catch (IllegalArgumentException e) {
      return Charset.defaultCharset();
    }
  }
}
