package io.structseq.runtime;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * The fallback backend: {@code java.nio.file}'s {@code unix} attribute view, available on every JDK.
 * It cannot read {@code st_blksize} or {@code st_blocks}, which are therefore {@code null}.
 *
 * <p>The JDK's {@code FileTime} of a time with a fraction of a second holds nanoseconds only from 1677
 * to 2262 (a {@code long}); beyond, the JDK keeps microseconds, and beyond about 292,000 years it
 * overflows, for any caller. Whole-second times are exact at any distance (see {@link Os}).
 */
final class OsNioBackend implements OsBackend {
  /**
   * The attributes we need, named one by one: {@code unix:*} would also look up the owner's user and
   * group names, which is slow and may hit the network (NSS).
   */
  private static final String ATTRIBUTES =
      "unix:mode,ino,dev,rdev,nlink,uid,gid,size,lastAccessTime,lastModifiedTime,ctime";

  private static final LinkOption[] FOLLOW = {};
  private static final LinkOption[] NO_FOLLOW = {LinkOption.NOFOLLOW_LINKS};

  @Override
  public String name() {
    return "nio";
  }

  @Override
  public StatResult stat(Path path, boolean followLinks) throws IOException {
    Map<String, Object> attributes;
    try {
      attributes = Files.readAttributes(path, ATTRIBUTES, followLinks ? FOLLOW : NO_FOLLOW);
    } catch (FileSystemException e) {
      throw translate(e, path);
    }
    FileTime atime = attribute(attributes, "lastAccessTime", FileTime.class);
    FileTime mtime = attribute(attributes, "lastModifiedTime", FileTime.class);
    FileTime ctime = attribute(attributes, "ctime", FileTime.class);
    return OsBackend.result(
        attribute(attributes, "mode", Integer.class),
        attribute(attributes, "ino", Long.class),
        attribute(attributes, "dev", Long.class),
        Integer.toUnsignedLong(attribute(attributes, "nlink", Integer.class)),
        OsBackend.uid(attribute(attributes, "uid", Integer.class)),
        OsBackend.uid(attribute(attributes, "gid", Integer.class)),
        attribute(attributes, "size", Long.class),
        seconds(atime), nanos(atime),
        seconds(mtime), nanos(mtime),
        seconds(ctime), nanos(ctime),
        null,
        null,
        attribute(attributes, "rdev", Long.class));
  }

  /** One attribute of the "unix" view, which the JDK gives for every name this class asks for. */
  private static <T> T attribute(Map<String, Object> attributes, String name, Class<T> type) {
    Object value = attributes.get(name);
    if (value == null) {
      throw new IllegalStateException("the JDK's unix attribute view gave no " + name);
    }
    return type.cast(value);
  }

  /**
   * The whole seconds of a file time, {@code tv_sec}. The JDK keeps whole-second times in seconds, so
   * a time outside {@link Instant}'s range (a billion years), which {@code toInstant()} would clamp,
   * is still exact in {@code to(SECONDS)}; only whole-second times get there.
   */
  private static long seconds(FileTime time) {
    Instant instant = time.toInstant();
    if (instant.equals(Instant.MAX) || instant.equals(Instant.MIN)) {
      return time.to(TimeUnit.SECONDS);
    }
    return instant.getEpochSecond();
  }

  /** The nanoseconds past {@link #seconds(FileTime)}, {@code tv_nsec}. */
  // JavaInstantGetSecondsGetNano: seconds(FileTime) reads the seconds of the same instant.
  @SuppressWarnings("JavaInstantGetSecondsGetNano")
  private static long nanos(FileTime time) {
    Instant instant = time.toInstant();
    return instant.equals(Instant.MAX) || instant.equals(Instant.MIN) ? 0 : instant.getNano();
  }

  /**
   * The JDK reports {@code ENOTDIR} and {@code ELOOP} as a plain {@link FileSystemException} whose
   * reason is the C library's message; give them the specific types the FFM backend throws. Any other
   * exception, and a message in another language, is passed on unchanged.
   *
   * <p>JDK 24 and later report {@code ENOTDIR} as a {@link NoSuchFileException}; the errno is gone
   * then, so it is found again as the kernel decides it: a component before the last that exists and
   * is not a directory.
   */
  private static FileSystemException translate(FileSystemException e, Path path) {
    if (e instanceof NoSuchFileException && e.getFile() != null && notADirectoryOnTheWay(path)) {
      NotDirectoryException notDirectory = new NotDirectoryException(e.getFile());
      notDirectory.initCause(e);
      return notDirectory;
    }
    if (e.getClass() != FileSystemException.class || e.getReason() == null || e.getFile() == null) {
      return e;
    }
    FileSystemException specific;
    if (e.getReason().startsWith("Not a directory")) {
      specific = new NotDirectoryException(e.getFile());
    } else if (e.getReason().startsWith("Too many levels of symbolic links")) {
      specific = new FileSystemLoopException(e.getFile());
    } else {
      return e;
    }
    specific.initCause(e);
    return specific;
  }

  /** Whether resolving {@code path} meets a component, before its last, that is not a directory. */
  private static boolean notADirectoryOnTheWay(Path path) {
    Path absolute = path.toAbsolutePath();
    Path prefix = absolute.getRoot();
    for (int i = 0; prefix != null && i < absolute.getNameCount() - 1; i++) {
      prefix = prefix.resolve(absolute.getName(i));
      if (!Files.exists(prefix)) {
        return false;
      }
      if (!Files.isDirectory(prefix)) {
        return true;
      }
    }
    return false;
  }
}
