package io.structseq.pickle;

import io.structseq.StructSequence;
import io.structseq.StructType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.razorvine.pickle.Pickler;
import net.razorvine.pickle.Unpickler;

/**
 * Registers struct sequences with Pyrolite ({@code net.razorvine:pickle}), so that they cross the
 * pickle boundary to and from CPython as CPython's own struct sequences, hidden fields included.
 *
 * <pre>{@code
 * StructSeqPickle.install();                          // every StructSequence pickles
 * byte[] bytes = new Pickler().dumps(Os.lstat(path)); // CPython: pickle.loads(bytes) == os.lstat(path)
 * StatResult st = (StatResult) new Unpickler().loads(fromPython);
 * StructSeqPickle.register(Point.class);              // a user's type unpickles too
 * }</pre>
 *
 * <p>A struct sequence pickles as CPython's {@code __reduce__} writes it: the global of its
 * {@code @StructSeq} name ({@code os.stat_result} is module {@code os}, name {@code stat_result}), the
 * tuple of its visible values and the dict of its hidden fields, then {@code REDUCE}. Unpickling such a
 * global builds the record from that tuple and dict as {@link StructType#fromSequence(Iterable, Map)}
 * does, with its checks; a stream it refuses fails with Pyrolite's {@code PickleException} in CPython's
 * words.
 *
 * <p>Pyrolite's registries are plain static maps: call these methods before other threads pickle or
 * unpickle. Both may be called again, from any thread.
 */
public final class StructSeqPickle {
  /** A class of structseq-runtime: whether it loads says whether the runtime is present. */
  private static final String RUNTIME_PROBE = "io.structseq.runtime.StatResult";

  /** Guards Pyrolite's registries and {@link #registered}. */
  private static final Object LOCK = new Object();

  /** The type each global is registered for by this class. */
  private static final Map<String, StructType<?>> registered = new HashMap<>();

  private static boolean installed;

  private StructSeqPickle() {}

  /**
   * Registers with Pyrolite a pickler for every {@link StructSequence} and, when
   * {@code structseq-runtime} is present, a constructor for each of its types under the global CPython
   * 3.13 writes: {@code os stat_result}, {@code os statvfs_result}, {@code posix uname_result},
   * {@code os terminal_size}, {@code posix times_result}, {@code resource struct_rusage},
   * {@code pwd struct_passwd}, {@code grp struct_group}, {@code time struct_time}. Calling it again
   * does nothing.
   */
  public static void install() {
    synchronized (LOCK) {
      if (installed) {
        return;
      }
      Pickler.registerCustomPickler(StructSequence.class, StructPickler.INSTANCE);
      if (runtimePresent()) {
        for (Class<?> type : RuntimeTypes.unpickled()) {
          registerConstructor(type);
        }
      }
      installed = true;
    }
  }

  /**
   * Registers a user's struct sequence type so that pickles of it unpickle as its record, under the
   * global of its {@code @StructSeq(name)}: the module up to the last dot, the type name after it
   * ({@code "geo.point"} is module {@code geo}, name {@code point}). Also {@linkplain #install()
   * installs} the pickler. Registering the same type again does nothing.
   *
   * @param type a {@code @StructSeq} interface, or the record the processor generated for it
   * @throws IllegalArgumentException naming the type when it is not a struct sequence type, when its
   *     name has no dot, or when another type is registered under the same global
   */
  public static void register(Class<?> type) {
    Objects.requireNonNull(type, "type");
    install();
    synchronized (LOCK) {
      registerConstructor(type);
    }
  }

  private static void registerConstructor(Class<?> type) {
    StructType<?> structType = StructType.of(type);
    PickleLayout layout = PickleLayout.of(structType, type);
    if (layout.module().isEmpty()) {
      throw new IllegalArgumentException(type.getName() + " is named '" + structType.name()
          + "', which has no module: a pickle's global is module.name, so name it as in"
          + " @StructSeq(name = \"module." + structType.name() + "\")");
    }
    String global = layout.module() + "." + layout.typeName();
    StructType<?> earlier = registered.get(global);
    if (earlier == structType) {
      return;
    }
    if (earlier != null) {
      throw new IllegalArgumentException(type.getName() + ": the global " + global
          + " is already registered for another type named " + earlier.name());
    }
    Unpickler.registerConstructor(layout.module(), layout.typeName(), new StructConstructor(layout));
    registered.put(global, structType);
  }

  private static boolean runtimePresent() {
    try {
      Class.forName(RUNTIME_PROBE, false, StructSeqPickle.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError absent) {
      return false;
    }
  }

  /** The runtime's types that unpickle, named here so that nothing loads them without the runtime. */
  private static final class RuntimeTypes {
    static List<Class<?>> unpickled() {
      return List.of(io.structseq.runtime.StatResult.class, io.structseq.runtime.StatvfsResult.class,
          io.structseq.runtime.UnameResult.class, io.structseq.runtime.TerminalSize.class,
          io.structseq.runtime.TimesResult.class, io.structseq.runtime.StructRusage.class,
          io.structseq.runtime.StructPasswd.class, io.structseq.runtime.StructGroup.class,
          io.structseq.runtime.StructTime.class);
    }
  }
}
