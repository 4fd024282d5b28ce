package io.structseq.runtime;

import io.structseq.PyRepr;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Strings to and from the C library as CPython's {@code os.fsencode} and {@code os.fsdecode} convert
 * them: in the file-system encoding, which is the JDK's {@code sun.jnu.encoding} (the locale's) except
 * in the C locale, where CPython uses UTF-8 ({@link #charset}), with the {@code surrogateescape} error
 * handler. A byte the encoding cannot
 * decode becomes the lone surrogate {@code U+DC80 + byte}, and encoding turns such a surrogate back into
 * its byte, so no name is lost or changed on the way through, as with CPython.
 */
final class FsCodec {
  /** CPython's file-system encoding in this process's locale. */
  static final Charset CHARSET = charset(System.getProperty("sun.jnu.encoding"));

  private FsCodec() {}

  /**
   * Decodes bytes from the C library, each undecodable byte {@code b} becoming {@code U+DC00 + b}.
   *
   * @param bytes the bytes, without the terminating NUL
   * @return the string CPython's {@code os.fsdecode} gives
   */
  static String decode(byte[] bytes) {
    return decode(bytes, CHARSET);
  }

  static String decode(byte[] bytes, Charset charset) {
    if (isAscii(bytes)) {
      // Every locale encoding of Linux is a superset of ASCII.
      return new String(bytes, StandardCharsets.ISO_8859_1);
    }
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 16);
    for (CoderResult result = decoder.decode(in, out, true); !result.isUnderflow();
        result = decoder.decode(in, out, true)) {
      // Room for the escapes of one malformed sequence (at most a few bytes), or for what overflowed.
      if (result.isOverflow() || out.remaining() < 16) {
        out = grown(out);
      }
      if (result.isError()) {
        for (int i = 0; i < result.length(); i++) {
          out.put((char) (0xDC00 + (in.get() & 0xFF)));
        }
      }
    }
    while (decoder.flush(out).isOverflow()) {
      out = grown(out);
    }
    return out.flip().toString();
  }

  private static CharBuffer grown(CharBuffer out) {
    return CharBuffer.allocate(out.capacity() * 2 + 16).put(out.flip());
  }

  /**
   * Encodes a name for the C library, each lone surrogate {@code U+DC80..U+DCFF} becoming its byte.
   *
   * @param s the name
   * @return its bytes, without a terminating NUL
   * @throws IllegalArgumentException if the name holds a NUL ({@code "embedded null byte"}, CPython's
   *     {@code ValueError}) or a character the encoding cannot encode (CPython's
   *     {@code UnicodeEncodeError}, in the same words for UTF-8)
   */
  static byte[] encode(String s) {
    return encode(s, CHARSET);
  }

  static byte[] encode(String s, Charset charset) {
    if (isAsciiWithoutNul(s)) {
      return s.getBytes(StandardCharsets.ISO_8859_1);
    }
    int length = s.length();
    ByteArrayOutputStream out = new ByteArrayOutputStream(length + 8);
    CharsetEncoder encoder = charset.newEncoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    int start = 0;
    while (start < length) {
      int end = start;
      while (end < length && !isEscape(s, end)) {
        end++;
      }
      if (end > start) {
        try {
          ByteBuffer bytes = encoder.reset().encode(CharBuffer.wrap(s, start, end));
          out.write(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
        } catch (CharacterCodingException e) {
          throw unencodable(s, charset);
        }
      }
      while (end < length && isEscape(s, end)) {
        out.write(s.charAt(end) - 0xDC00);
        end++;
      }
      start = end;
    }
    byte[] bytes = out.toByteArray();
    for (byte b : bytes) {
      if (b == 0) {
        throw new IllegalArgumentException("embedded null byte");
      }
    }
    return bytes;
  }

  /** Whether {@code s.charAt(i)} is a lone surrogate that {@code surrogateescape} turns into a byte. */
  private static boolean isEscape(String s, int i) {
    char c = s.charAt(i);
    return c >= 0xDC80 && c <= 0xDCFF && !(i > 0 && Character.isHighSurrogate(s.charAt(i - 1)));
  }

  /** Whether {@code s.charAt(i)} is a surrogate that is not half of a pair. */
  private static boolean isLoneSurrogate(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
    }
    return Character.isLowSurrogate(c) && !(i > 0 && Character.isHighSurrogate(s.charAt(i - 1)));
  }

  /**
   * CPython's {@code UnicodeEncodeError} for the first character {@code surrogateescape} cannot handle:
   * for UTF-8 the only such characters are lone surrogates outside {@code U+DC80..U+DCFF}, and CPython
   * reports them with the rest of their run of surrogates, in code-point positions.
   */
  private static IllegalArgumentException unencodable(String s, Charset charset) {
    CharsetEncoder encoder = charset.newEncoder();
    int first = 0;
    while (first < s.length() && (isEscape(s, first) || encoder.canEncode(s.charAt(first))
        || isPairedSurrogate(s, first, encoder))) {
      first++;
    }
    if (first == s.length()) {
      return new IllegalArgumentException("cannot encode " + PyRepr.reprString(s) + " in " + charset);
    }
    int last = first;
    if (charset.equals(StandardCharsets.UTF_8)) {
      while (last + 1 < s.length() && isLoneSurrogate(s, last + 1)) {
        last++;
      }
    }
    int position = s.codePointCount(0, first);
    String where = last == first
        ? "character " + PyRepr.reprString(String.valueOf(s.charAt(first))) + " in position " + position
        : "characters in position " + position + "-" + (position + last - first);
    String codec = charset.equals(StandardCharsets.UTF_8) ? "utf-8" : charset.name().toLowerCase(Locale.ROOT);
    String reason = Character.isSurrogate(s.charAt(first)) ? "surrogates not allowed" : "unmappable character";
    return new IllegalArgumentException("'" + codec + "' codec can't encode " + where + ": " + reason);
  }

  private static boolean isPairedSurrogate(String s, int i, CharsetEncoder encoder) {
    return Character.isSurrogate(s.charAt(i)) && !isLoneSurrogate(s, i)
        && encoder.canEncode(new String(Character.toChars(s.codePointAt(Character.isHighSurrogate(s.charAt(i)) ? i : i - 1))));
  }

  private static boolean isAsciiWithoutNul(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == 0 || c >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * CPython's file-system encoding for the JDK's {@code sun.jnu.encoding}: the same charset, except
   * that ASCII (the C and POSIX locales, {@code ANSI_X3.4-1968}) is UTF-8, because CPython turns on its
   * UTF-8 mode there (PEP 540).
   */
  static Charset charset(String name) {
    try {
      Charset charset = name == null ? StandardCharsets.UTF_8 : Charset.forName(name.toUpperCase(Locale.ROOT));
      return charset.equals(StandardCharsets.US_ASCII) ? StandardCharsets.UTF_8 : charset;
    } catch (IllegalArgumentException e) {
      return StandardCharsets.UTF_8;
    }
  }
}
