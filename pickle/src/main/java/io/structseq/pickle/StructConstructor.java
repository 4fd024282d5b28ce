package io.structseq.pickle;

import io.structseq.StructField;
import io.structseq.StructType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.razorvine.pickle.IObjectConstructor;
import net.razorvine.pickle.PickleException;
import org.jspecify.annotations.Nullable;

/**
 * Builds a struct sequence from the arguments of its pickled {@code REDUCE}, as CPython's
 * {@code structseq_new(sequence, dict)} does, through {@link StructType#fromSequence(Iterable, Map)}.
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
    Object[] items = items(args[0]);
    if (items == null) {
      throw new PickleException("constructor requires a sequence");
    }
    Map<?, ?> dict = Map.of();
    if (args.length == 2) {
      if (!(args[1] instanceof Map<?, ?>)) {
        throw new PickleException(type.name() + "() takes a dict as second arg, if any");
      }
      dict = (Map<?, ?>) args[1];
    }
    try {
      if (layout.hasLists()) {
        // Copies: Pyrolite's tuple and dict may be memoized and read again by a later GET.
        items = items == args[0] ? items.clone() : items;
        Map<Object, @Nullable Object> named = new HashMap<>(dict);
        convertLists(items, named);
        dict = named;
      }
      @SuppressWarnings("unchecked") // a key that is not a String names no field: fromSequence refuses it
      Map<String, ?> byName = (Map<String, ?>) dict;
      return type.fromSequence(Arrays.asList(items), byName);
    } catch (RuntimeException e) {
      String message = String.valueOf(e.getMessage());
      throw new PickleException(message.startsWith(type.name()) ? message : type.name() + ": " + e, e);
    }
  }

  /** The items of a Python sequence as Pyrolite reads it (tuple, list, set, str, bytes), else null. */
  private static Object @Nullable [] items(@Nullable Object sequence) {
    if (sequence instanceof Object[]) {
      return (Object[]) sequence;
    }
    if (sequence instanceof Collection<?>) {
      return ((Collection<?>) sequence).toArray();
    }
    if (sequence instanceof String) {
      return ((String) sequence).codePoints().mapToObj(Character::toString).toArray();
    }
    if (sequence instanceof byte[]) {
      byte[] bytes = (byte[]) sequence;
      Object[] ints = new Object[bytes.length];
      for (int i = 0; i < bytes.length; i++) {
        ints[i] = bytes[i] & 0xff;
      }
      return ints;
    }
    if (sequence instanceof Map<?, ?>) {
      return new ArrayList<>(((Map<?, ?>) sequence).keySet()).toArray();
    }
    return null;
  }

  /** Checks and converts the elements of the type's {@code List} fields, in place. */
  private void convertLists(Object[] items, Map<Object, @Nullable Object> named) {
    @Nullable FieldValues[] values = layout.fieldValues();
    List<StructField> fields = layout.type().fields();
    for (int i = 0; i < values.length; i++) {
      FieldValues field = values[i];
      if (field == null) {
        continue;
      }
      String path = layout.type().name() + "." + fields.get(i).name();
      if (i < items.length) {
        items[i] = field.convert(items[i], path);
      } else if (named.containsKey(fields.get(i).name())) {
        named.put(fields.get(i).name(), field.convert(named.get(fields.get(i).name()), path));
      }
    }
  }
}
