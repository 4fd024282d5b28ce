package io.structseq.runtime;

import io.structseq.PyRepr;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * CPython's {@code pwd} module for Java: entries of the user database as {@code pwd.struct_passwd},
 * with the values and the {@code toString()} Python shows on the same machine.
 *
 * <p>Lookups go through the C library's name service switch (NSS), so they see every source
 * {@code /etc/nsswitch.conf} lists ({@code files}, {@code systemd}, {@code sss}, LDAP...), never only
 * {@code /etc/passwd}. They use the reentrant functions ({@code getpwnam_r}, {@code getpwuid_r}) and
 * are safe to call from many threads at once. That needs JDK 22 or later with native access
 * ({@code --enable-native-access=ALL-UNNAMED}, or {@code Enable-Native-Access: ALL-UNNAMED} in the
 * manifest of the main JAR), or jnr-ffi on the class path of JDK 17 to 21; anywhere else every method throws {@link UnsupportedOperationException}
 * saying so. The system property {@code io.structseq.runtime.backend=nio} forces that behaviour.
 *
 * <p>Strings are decoded as CPython decodes them: in the file-system encoding
 * ({@code sun.jnu.encoding}), each undecodable byte {@code b} becoming the lone surrogate
 * {@code U+DC00 + b} ({@code surrogateescape}); a name given to {@link #getpwnam} is encoded back the
 * same way. A string field is {@code null} where the C library's entry holds a null pointer, which
 * CPython shows as {@code None}; glibc's {@code files} and {@code systemd} sources never leave one.
 *
 * <p>Errors, and why they are unchecked:
 * <ul>
 *   <li>A user who does not exist: {@link NoSuchElementException} with the words of CPython's
 *       {@code KeyError}, as {@link java.util.Optional#orElseThrow()} reports an absent value: an
 *       answer of the database, not a failure. As in CPython, every failed {@code getpwnam_r} or
 *       {@code getpwuid_r} counts as that, whatever its error number, except {@code ERANGE}: the buffer
 *       then doubles and the call is made again (also when the C library, as nss_wrapper does, returns
 *       {@code -1} with {@code errno} {@code ERANGE}, where CPython 3.13 gives up with a
 *       {@code KeyError}). {@link #getpwall()} stops where {@code getpwent} answers {@code NULL}, as
 *       CPython's does.
 *   <li>A key the C library could never be given (a NUL in a name, a character the file-system
 *       encoding cannot encode): {@link IllegalArgumentException} with CPython's words. No entry can
 *       have such a key, so it is a mistake in the caller; the C library never sees it.
 * </ul>
 *
 * <p>Symbols are resolved as a C program resolves them ({@code dlsym(RTLD_DEFAULT, ...)}), so a
 * library in {@code LD_PRELOAD}, such as nss_wrapper, answers the lookups.
 */
public final class Pwd {
  private Pwd() {}

  /**
   * Like Python's {@code pwd.getpwnam(name)}: the user database entry for a user name.
   *
   * @param name a user name, such as {@code "root"}
   * @return its entry
   * @throws NoSuchElementException if no user has this name: {@code getpwnam(): name not found: 'x'},
   *     the name shown as Python's {@code repr} shows it
   * @throws IllegalArgumentException if the name cannot be passed to the C library at all, with
   *     CPython's words: {@code "embedded null byte"} (its {@code ValueError}), or a character the
   *     file-system encoding cannot encode (its {@code UnicodeEncodeError}); unchecked because no such
   *     name can exist, so it is a mistake in the caller
   * @throws UnsupportedOperationException if this JVM cannot call the C library (JDK 17-21, or no
   *     native access)
   * @throws NullPointerException if {@code name} is null
   */
  public static StructPasswd getpwnam(String name) {
    Objects.requireNonNull(name, "name");
    StructPasswd entry = NssBackend.CURRENT.passwdByName(FsCodec.encode(name));
    if (entry == null) {
      throw new NoSuchElementException("getpwnam(): name not found: " + PyRepr.reprString(name));
    }
    return entry;
  }

  /**
   * Like Python's {@code pwd.getpwuid(uid)}: the user database entry for a user id.
   *
   * <p>A {@code uid_t} has 32 unsigned bits; as in CPython, {@code -1} and {@code 4294967295} are the
   * same id and show as {@code -1}. An id outside {@code -1..4294967295} belongs to no user: CPython says
   * {@code getpwuid(): uid not found} without the number, and so does this method.
   *
   * @param uid a user id, such as {@code 0}
   * @return its entry
   * @throws NoSuchElementException if no user has this id: {@code getpwuid(): uid not found: 99999}
   * @throws UnsupportedOperationException if this JVM cannot call the C library (JDK 17-21, or no
   *     native access)
   */
  public static StructPasswd getpwuid(long uid) {
    if (uid < -1 || uid > 0xFFFF_FFFFL) {
      throw new NoSuchElementException("getpwuid(): uid not found");
    }
    StructPasswd entry = NssBackend.CURRENT.passwdById((int) uid);
    if (entry == null) {
      throw new NoSuchElementException("getpwuid(): uid not found: " + NssBackend.id((int) uid));
    }
    return entry;
  }

  /**
   * Like Python's {@code pwd.getpwall()}: every entry of the user database, in the order the C library
   * enumerates them ({@code setpwent}, {@code getpwent} until {@code NULL}, {@code endpwent}, as CPython, under one lock so that two
   * enumerations never interleave). A user listed by two sources appears twice, as in CPython.
   *
   * @return the entries, an unmodifiable list
   * @throws UnsupportedOperationException if this JVM cannot call the C library (JDK 17-21, or no
   *     native access)
   */
  public static List<StructPasswd> getpwall() {
    return NssBackend.CURRENT.passwdAll();
  }
}
