package example.pickle;

import io.structseq.StructField;
import io.structseq.StructSequence;
import io.structseq.pickle.StructSeqPickle;
import io.structseq.runtime.Os;
import io.structseq.runtime.StatResult;
import io.structseq.runtime.Time;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import net.razorvine.pickle.Pickler;
import net.razorvine.pickle.Unpickler;

/**
 * Reads CPython's pickle of {@code [os.lstat(FILE), time.gmtime(0)]} and fails unless it equals the
 * runtime's answer for the same calls, every field the runtime reads on this JDK included; writes its
 * own pickle of the same calls for CPython to check; and round-trips a registered user type.
 *
 * <p>Usage: {@code Main FILE CPYTHON_PICKLE JAVA_PICKLE}.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws Exception {
    StructSeqPickle.install();
    StructSeqPickle.register(Point.class);
    List<Object> expected = List.of(Os.lstat(Path.of(args[0])), Time.gmtime(0));

    List<?> fromPython = (List<?>) new Unpickler().loads(Files.readAllBytes(Path.of(args[1])));
    for (int i = 0; i < expected.size(); i++) {
      same((StructSequence) expected.get(i), fromPython.get(i));
    }
    Files.write(Path.of(args[2]), new Pickler().dumps(expected));

    Point point = new PointRecord(1.5, -0.0, "gps");
    same(point, new Unpickler().loads(new Pickler().dumps(point)));
    // st_blocks: read on the FFM backend (JDK 22+ with native access), null on the java.nio one.
    System.out.println("pickle: st_blocks=" + ((StatResult) expected.get(0)).st_blocks() + " "
        + fromPython.get(1).getClass().getSimpleName() + " " + point);
  }

  /** The same type and visible values, and every field the expected value has, hidden ones included. */
  private static void same(StructSequence expected, Object actual) {
    if (!(actual instanceof StructSequence) || actual.getClass() != expected.getClass() || !expected.equals(actual)) {
      throw new AssertionError(expected + " came back as " + actual);
    }
    for (StructField field : expected.structType().fields()) {
      Object want = field.isUnnamed() ? expected.get(field.index()) : expected.get(field.name());
      Object got = field.isUnnamed() ? ((StructSequence) actual).get(field.index())
          : ((StructSequence) actual).get(field.name());
      if (want != null && !Objects.equals(want, got)) {
        throw new AssertionError(expected.structType().name() + "." + field.name() + ": " + want + " came back as "
            + got);
      }
    }
  }
}
