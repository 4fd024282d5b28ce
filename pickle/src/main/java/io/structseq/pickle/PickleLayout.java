package io.structseq.pickle;

import io.structseq.StructField;
import io.structseq.StructSequence;
import io.structseq.StructType;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.razorvine.pickle.Opcodes;
import net.razorvine.pickle.PickleUtils;
import org.jspecify.annotations.Nullable;

/**
 * What pickling and unpickling need of one struct sequence type, computed once from its
 * {@link StructType}: its global, the encoded names of its hidden fields, why CPython would refuse to
 * pickle it, and how the values Pyrolite reads convert to its fields.
 */
final class PickleLayout {
  /** The layout of each generated record class met while pickling; null for any other class. */
  private static final ClassValue<@Nullable PickleLayout> BY_RECORD = new ClassValue<>() {
    @Override
    protected @Nullable PickleLayout computeValue(Class<?> type) {
      try {
        return of(StructType.of(type), type);
      } catch (IllegalArgumentException notGenerated) {
        return null;
      }
    }
  };

  private static final byte NONE = 0;
  private static final byte TO_LONG = 1;
  private static final byte TO_BIG_INTEGER = 2;

  private final StructType<?> type;
  private final String module;
  private final String typeName;
  private final byte[] global;
  private final @Nullable String refusal;
  private final String[] hiddenNames;
  private final byte[][] hiddenKeys;
  private final @Nullable FieldValues[] fieldValues;
  private final String[] paths;
  private final byte[] widening;

  private PickleLayout(StructType<?> type, Class<?> declaring) {
    this.type = type;
    String name = type.name();
    int dot = name.lastIndexOf('.');
    this.module = dot < 0 ? "" : name.substring(0, dot);
    this.typeName = name.substring(dot + 1);
    this.global = concat(new byte[] {(byte) Opcodes.GLOBAL},
        (module + "\n" + typeName + "\n").getBytes(StandardCharsets.UTF_8));
    this.refusal = refusal(module, typeName);
    List<StructField> fields = type.fields();
    int visible = type.sequenceSize();
    this.hiddenNames = new String[fields.size() - visible];
    this.hiddenKeys = new byte[hiddenNames.length][];
    for (int i = 0; i < hiddenNames.length; i++) {
      hiddenNames[i] = fields.get(visible + i).name();
      byte[] utf8 = hiddenNames[i].getBytes(StandardCharsets.UTF_8);
      hiddenKeys[i] = concat(new byte[] {(byte) Opcodes.BINUNICODE},
          concat(PickleUtils.integer_to_bytes(utf8.length), utf8));
    }
    this.fieldValues = FieldValues.of(type, declaring);
    this.paths = new String[fields.size()];
    this.widening = new byte[fields.size()];
    for (int i = 0; i < paths.length; i++) {
      Class<?> fieldType = fields.get(i).type();
      paths[i] = name + "." + fields.get(i).name();
      widening[i] = fieldType == long.class || fieldType == Long.class ? TO_LONG
          : fieldType == BigInteger.class ? TO_BIG_INTEGER : NONE;
    }
  }

  /**
   * The layout of a value's type: computed once per record class the processor generated, and per
   * value for any other implementation of {@code StructSequence} (from its {@code structType()}).
   */
  static PickleLayout ofValue(StructSequence value) {
    PickleLayout layout = BY_RECORD.get(value.getClass());
    return layout != null ? layout : of(value.structType(), value.getClass());
  }

  /**
   * The layout of a type.
   *
   * @param type the type
   * @param declaring its {@code @StructSeq} interface or its record, whose accessors give the
   *     generic types of its fields
   */
  static PickleLayout of(StructType<?> type, Class<?> declaring) {
    return new PickleLayout(type, declaring);
  }

  StructType<?> type() {
    return type;
  }

  /** The module of the global: the name up to its last dot, or empty. */
  String module() {
    return module;
  }

  /** The type's name in its module: the name after its last dot. */
  String typeName() {
    return typeName;
  }

  /** {@code GLOBAL} with its two lines, {@code module\nname\n}. */
  byte[] global() {
    return global;
  }

  /** CPython's words refusing to pickle the type, or null when it pickles. */
  @Nullable String refusal() {
    return refusal;
  }

  /** The hidden fields' names, in canonical order. */
  String[] hiddenNames() {
    return hiddenNames;
  }

  /** Each hidden field's name as a pickled {@code BINUNICODE} string, in canonical order. */
  byte[][] hiddenKeys() {
    return hiddenKeys;
  }

  /**
   * Converts what Pyrolite read, in place, before {@link StructType#fromSequence} checks it: the
   * elements of {@code List} fields, and the ints Pyrolite reads as {@code Integer} or {@code Long}
   * that a {@code long} or {@code BigInteger} field holds (exact, without the general conversion's
   * {@code BigDecimal}).
   *
   * @param canonical every field's value, in canonical order
   * @throws IllegalArgumentException naming the field when a {@code List} element does not fit
   */
  void convert(@Nullable Object[] canonical) {
    for (int i = 0; i < canonical.length; i++) {
      Object value = canonical[i];
      FieldValues values = fieldValues[i];
      if (values != null) {
        canonical[i] = values.convert(value, paths[i]);
      } else if (widening[i] == TO_LONG && value instanceof Integer integer) {
        canonical[i] = Long.valueOf(integer);
      } else if (widening[i] == TO_BIG_INTEGER && (value instanceof Integer || value instanceof Long)) {
        canonical[i] = BigInteger.valueOf(((Number) value).longValue());
      }
    }
  }

  /**
   * CPython's struct sequences in {@code sys} are instances bound to the type's own name, so pickle
   * finds an object that is not the type; a name without a module names nothing in {@code builtins}.
   */
  private static @Nullable String refusal(String module, String typeName) {
    if (module.equals("sys")) {
      return "Can't pickle <class 'sys." + typeName + "'>: it's not the same object as sys." + typeName;
    }
    if (module.isEmpty()) {
      return "Can't pickle <class '" + typeName + "'>: attribute lookup " + typeName
          + " on builtins failed (its @StructSeq name has no module)";
    }
    return null;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = new byte[a.length + b.length];
    System.arraycopy(a, 0, both, 0, a.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }
}
