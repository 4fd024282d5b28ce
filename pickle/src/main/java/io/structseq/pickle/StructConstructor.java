package io.structseq.pickle;

import io.structseq.StructType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.razorvine.pickle.IObjectConstructor;
import net.razorvine.pickle.PickleException;
import org.jspecify.annotations.Nullable;

/**
 * Builds a struct sequence from the arguments of its pickled {@code REDUCE}, as CPython's
 * {@code structseq_new(sequence, dict)} does, with the checks of
 * {@link StructType#fromSequence(Iterable, Map)}.
 * Every refusal is a {@link PickleException}: CPython's words where CPython refuses too, else the type
 * and field named, with what the record threw as its cause.
 */
final class StructConstructor implements IObjectConstructor {
  private final PickleLayout layout;

  StructConstructor(PickleLayout layout) {
    this.layout = layout;
  }

  @Override
  public Object construct(Object[] args) {
    StructType<?> type = layout.type();
    if (args.length == 0) {
      throw new PickleException("structseq() missing required argument 'sequence' (pos 1)");
    }
    if (args.length > 2) {
      throw new PickleException("structseq() takes at most 2 arguments (" + args.length + " given)");
    }
    if (args[0] instanceof Map<?, ?> || args[0] instanceof Set<?>) {
      // CPython iterates a dict's keys in insertion order; Pyrolite's HashMap and HashSet have none.
      throw new PickleException(type.name() + "() takes a sequence whose order survives Pyrolite: a dict or"
          + " set read by Pyrolite has lost it");
    }
    Object[] items = items(args[0]);
    if (items == null) {
      throw new PickleException("constructor requires a sequence");
    }
    Map<?, ?> dict = Map.of();
    if (args.length == 2) {
      if (!(args[1] instanceof Map<?, ?> second)) {
        throw new PickleException(type.name() + "() takes a dict as second arg, if any");
      }
      dict = second;
    }
    try {
      @Nullable Object[] canonical = canonical(items, dict);
      if (canonical == null) {
        // A length or a key CPython refuses: fromSequence says so in CPython's words.
        @SuppressWarnings("unchecked") // a key that is not a String names no field: fromSequence refuses it
        Map<String, ?> byName = (Map<String, ?>) dict;
        return type.fromSequence(Arrays.asList(items), byName);
      }
      // canonical() checked what fromSequence checks first (the length, the dict's keys): only the
      // values are left to check, by create(), which converts them in place as fromSequence does.
      layout.convert(canonical);
      return type.create(canonical);
    } catch (RuntimeException e) {
      String message = String.valueOf(e.getMessage());
      throw new PickleException(message.startsWith(type.name()) ? message : type.name() + ": " + e, e);
    }
  }

  /**
   * Every field's value in canonical order: the sequence's items, then the hidden fields they do not
   * reach from the dict, by name, as CPython's {@code structseq_new} fills them; or null when the
   * sequence's length is out of bounds or a key names no field left to fill.
   */
  private @Nullable Object @Nullable [] canonical(Object[] items, Map<?, ?> dict) {
    StructType<?> type = layout.type();
    int length = items.length;
    int visible = type.sequenceSize();
    if (length < visible || length > type.fieldCount()) {
      return null;
    }
    @Nullable Object[] canonical = Arrays.copyOf(items, type.fieldCount());
    String[] hidden = layout.hiddenNames();
    int used = 0;
    for (int i = length; i < canonical.length; i++) {
      Object value = dict.get(hidden[i - visible]);
      if (value != null || dict.containsKey(hidden[i - visible])) {
        canonical[i] = value;
        used++;
      }
    }
    return used == dict.size() ? canonical : null;
  }

  /** The items of a Python sequence as Pyrolite reads it (tuple, list, str, bytes), else null. */
  private static Object @Nullable [] items(@Nullable Object sequence) {
    if (sequence instanceof Object[] array) {
      return array;
    }
    if (sequence instanceof List<?> list) {
      return list.toArray();
    }
    if (sequence instanceof String string) {
      return string.codePoints().mapToObj(Character::toString).toArray();
    }
    if (sequence instanceof byte[] bytes) {
      Object[] ints = new Object[bytes.length];
      for (int i = 0; i < bytes.length; i++) {
        ints[i] = bytes[i] & 0xff;
      }
      return ints;
    }
    return null;
  }
}
