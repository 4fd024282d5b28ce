package example.strict;

import io.structseq.Hidden;
import io.structseq.StructSeq;
import io.structseq.StructSequence;
import io.structseq.Unnamed;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One reading: the shape of the type that Error Prone and NullAway once rejected. */
@StructSeq(name = "strict.reading")
public interface Reading extends StructSequence {
  /** the count */
  int count();

  /** the total */
  long total();

  /** the sensor's name */
  String sensor();

  /** the labels */
  List<String> labels();

  /** when, in whole seconds */
  @Unnamed(label = "when") long when_sec();

  /** a hidden serial number */
  @Hidden long serial();

  /** the ratio, when there is one */
  @Hidden @Nullable Double ratio();

  /** a note, when there is one */
  @Nullable String note();
}
