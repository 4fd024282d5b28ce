package io.structseq.processor.property;

import io.structseq.PyRepr;
import io.structseq.StructField;
import io.structseq.StructSequence;
import io.structseq.StructType;
import io.structseq.testing.CPython;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Checks one loaded record generated from a {@link ValidSpec} against the contract, with random values
 * seeded by the spec: metadata, the List contract against ArrayList copies, fromSequence, serialization,
 * toString, named access, withers, replace, null checks and compareTo. Collects every problem instead
 * of stopping at the first.
 */
final class RecordChecks implements FieldType.Values {
  private final ValidSpec spec;
  private final String pkg;
  private final ClassLoader loader;
  private final Random random;
  private final List<String> problems = new ArrayList<>();
  /** How many specs of each kind were checked and how many checks ran, printed after the property. */
  static final java.util.Map<String, java.util.concurrent.atomic.AtomicInteger> STATISTICS =
      new java.util.concurrent.ConcurrentSkipListMap<>();
  private final List<ValidSpec.FieldSpec> canonical;
  private final int visibleCount;

  RecordChecks(ValidSpec spec, String pkg, ClassLoader loader) {
    this.spec = spec;
    this.pkg = pkg;
    this.loader = loader;
    this.random = new Random(spec.seed() ^ 0x5DEECE66DL);
    this.canonical = spec.canonical();
    this.visibleCount = spec.visible().size();
  }

  /** @return the problems found, empty when the record honours the contract */
  List<String> run() {
    try {
      checkAll();
    } catch (Throwable t) {
      problems.add("check threw " + trace(t));
    }
    return problems;
  }

  @Override
  public Class<?> load(String binaryName) {
    try {
      return Class.forName(binaryName.replace("PKG", pkg), false, loader);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public Object typeArgument(String variable, Random r) {
    if (variable.equals("A")) {
      return spec.argumentA().equals("String") ? FieldType.Samples.aString(r) : FieldType.Samples.anInt(r);
    }
    return FieldType.Samples.list(r, () -> FieldType.Samples.aString(r));
  }

  private void check(boolean condition, Supplier<String> message) {
    count("checks made");
    if (!condition) {
      problems.add(message.get());
    }
  }

  static void count(String what) {
    STATISTICS.computeIfAbsent(what, k -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet();
  }

  private void countFeatures() {
    count("specs");
    if (spec.comparable()) {
      count("specs Comparable<Self>");
    }
    if (spec.generic()) {
      count("specs generic <A, B>");
    }
    if (spec.holder() != null) {
      count("specs nested in a class");
    }
    if (canonical.size() >= 20) {
      count("specs with 20+ fields");
    }
    for (ValidSpec.FieldSpec f : canonical) {
      count("fields");
      if (f.hidden()) {
        count("fields hidden");
      }
      if (f.unnamed()) {
        count(f.label() == null ? "fields unnamed without label" : "fields unnamed with label");
      }
      if (f.nullable()) {
        count("fields nullable");
      }
      if (f.type().isArray()) {
        count("fields arrays");
      }
      if (f.type().isTypeVariable()) {
        count("fields type variables");
      }
      if (f.name().length() >= 100) {
        count("fields with 100+ char names");
      }
      if (!f.name().chars().allMatch(c -> c < 128)) {
        count("fields with non-ASCII names");
      }
      if (Identifiers.KEYWORD_NEIGHBOURS.contains(f.name()) || Identifiers.GENERATED_CODE_NAMES.contains(f.name())) {
        count("fields named like keywords or generated-code names");
      }
    }
  }

  private void checkAll() throws Exception {
    countFeatures();
    Class<?> recordClass = load(pkg + "." + spec.recordName());
    Class<?> iface = load(spec.interfaceBinaryName(pkg));
    check(recordClass.isRecord() && iface.isAssignableFrom(recordClass),
        () -> recordClass + " is not a record implementing " + iface);

    // Components in canonical order, with the erased types.
    Class<?>[] types = canonical.stream().map(f -> f.type().erasureClass(this)).toArray(Class<?>[]::new);
    List<String> names = canonical.stream().map(ValidSpec.FieldSpec::name).collect(Collectors.toList());
    RecordComponent[] components = recordClass.getRecordComponents();
    List<String> componentNames = Arrays.stream(components).map(RecordComponent::getName).collect(Collectors.toList());
    check(componentNames.equals(names), () -> "components " + componentNames + ", expected " + names);
    Constructor<?> constructor = recordClass.getDeclaredConstructor(types);

    checkStructType(recordClass, types);
    StructType<?> type = (StructType<?>) recordClass.getField("TYPE").get(null);

    Object[] values = newValues();
    StructSequence seq = (StructSequence) constructor.newInstance(values.clone());
    for (int i = 0; i < canonical.size(); i++) {
      Object actual = recordClass.getMethod(canonical.get(i).name()).invoke(seq);
      int index = i;
      check(same(actual, values[i]), () -> "accessor " + canonical.get(index).name() + "() gave "
          + show(actual) + ", constructed with " + show(values[index]));
    }

    checkList(seq, values);
    if (visibleCount < canonical.size()) {
      Object[] otherHidden = values.clone();
      Object[] fresh = newValues();
      System.arraycopy(fresh, visibleCount, otherHidden, visibleCount, canonical.size() - visibleCount);
      StructSequence twin = (StructSequence) constructor.newInstance(otherHidden);
      check(seq.equals(twin) && twin.equals(seq) && seq.hashCode() == twin.hashCode(),
          () -> "records differing only in hidden fields are not equal with equal hashCodes: " + seq + " / " + twin);
    }
    checkFromSequence(type, seq, values);
    checkSerialization(seq);
    checkToString(seq, values);
    checkNamedAccess(seq, values);
    checkWithersAndReplace(recordClass, seq, values);
    checkNullRejected(constructor, values);
    if (spec.comparable()) {
      checkCompareTo(constructor, seq, values);
    }
  }

  private void checkStructType(Class<?> recordClass, Class<?>[] types) throws Exception {
    StructType<?> type = (StructType<?>) recordClass.getField("TYPE").get(null);
    check(type.name().equals(spec.shownName()), () -> "TYPE.name() " + type.name() + ", expected " + spec.shownName());
    String doc = spec.doc() == null ? "" : spec.doc().trim();
    check(type.doc().equals(doc), () -> "TYPE.doc() '" + type.doc() + "', expected '" + doc + "'");
    long unnamed = canonical.stream().filter(ValidSpec.FieldSpec::unnamed).count();
    check(type.sequenceSize() == visibleCount && type.fieldCount() == canonical.size()
        && type.unnamedCount() == unnamed, () -> "TYPE sizes " + type.sequenceSize() + "/" + type.fieldCount()
        + "/" + type.unnamedCount() + ", expected " + visibleCount + "/" + canonical.size() + "/" + unnamed);
    List<StructField> fields = type.fields();
    check(fields.size() == canonical.size(), () -> "TYPE.fields() " + fields);
    for (int i = 0; i < Math.min(fields.size(), canonical.size()); i++) {
      StructField actual = fields.get(i);
      ValidSpec.FieldSpec f = canonical.get(i);
      String fieldDoc = f.doc() == null ? "" : f.doc().trim();
      boolean ok = actual.name().equals(f.name()) && actual.index() == i && actual.type() == types[i]
          && actual.isHidden() == f.hidden() && actual.isUnnamed() == f.unnamed()
          && actual.isNullable() == f.nullable() && actual.doc().equals(fieldDoc)
          && actual.label().equals(f.shownLabel(i));
      int index = i;
      check(ok, () -> "TYPE.fields().get(" + index + ") is " + describe(actual) + ", expected name=" + f.name()
          + " type=" + types[index].getName() + " hidden=" + f.hidden() + " unnamed=" + f.unnamed()
          + " nullable=" + f.nullable() + " doc='" + fieldDoc + "' label='" + f.shownLabel(index) + "'");
      if (!f.unnamed()) {
        check(type.field(f.name()).map(x -> x.index() == index).orElse(false),
            () -> "TYPE.field(" + f.name() + ") does not find index " + index);
      } else {
        check(type.field(f.name()).isEmpty(), () -> "TYPE.field finds the unnamed " + f.name());
      }
    }
  }

  private static String describe(StructField f) {
    return "name=" + f.name() + " index=" + f.index() + " type=" + f.type().getName() + " hidden=" + f.isHidden()
        + " unnamed=" + f.isUnnamed() + " nullable=" + f.isNullable() + " doc='" + f.doc() + "' label='"
        + f.label() + "'";
  }

  private void checkList(StructSequence seq, Object[] values) {
    List<Object> expected = new ArrayList<>(Arrays.asList(values).subList(0, visibleCount));
    List<Object> copy = new ArrayList<>(seq);
    check(seq.size() == visibleCount, () -> "size() " + seq.size() + ", expected " + visibleCount);
    check(copy.equals(expected), () -> "new ArrayList<>(record) is " + show(copy) + ", expected " + show(expected));
    check(seq.equals(copy), () -> "record.equals(its ArrayList copy) is false: " + seq);
    check(copy.equals(seq), () -> "ArrayList copy.equals(record) is false: " + seq);
    check(seq.hashCode() == copy.hashCode(), () -> "hashCode " + seq.hashCode() + ", its ArrayList copy's "
        + copy.hashCode());
    check(seq.equals(seq), () -> "record not equal to itself");
    for (int i = 0; i < visibleCount; i++) {
      Object got = seq.get(i);
      int index = i;
      check(same(got, values[i]), () -> "get(" + index + ") gave " + show(got) + ", expected " + show(values[index]));
    }
    for (int bad : new int[] {-1, visibleCount}) {
      try {
        seq.get(bad);
        problems.add("get(" + bad + ") did not throw");
      } catch (IndexOutOfBoundsException expectedException) {
        // the contract
      }
    }
    Iterator<Object> it = seq.iterator();
    for (Object value : expected) {
      if (!it.hasNext() || !same(it.next(), value)) {
        problems.add("iterator() disagrees with get(int)");
        break;
      }
    }
    check(!it.hasNext(), () -> "iterator() has more than size() values");
  }

  private void checkFromSequence(StructType<?> type, StructSequence seq, Object[] values) {
    StructSequence back = type.fromSequence(new ArrayList<>(Arrays.asList(values)));
    check(back.equals(seq) && seq.equals(back) && back.asMap().equals(seq.asMap()),
        () -> "TYPE.fromSequence(all values) gave " + back + " " + show(back.asMap()) + ", expected " + seq + " "
            + show(seq.asMap()));
    checkSameComponents(back, values, "fromSequence(all values)");
    Map<String, Object> hidden = new HashMap<>();
    for (int i = visibleCount; i < canonical.size(); i++) {
      hidden.put(canonical.get(i).name(), values[i]);
    }
    StructSequence named = type.fromSequence(new ArrayList<>(Arrays.asList(values).subList(0, visibleCount)), hidden);
    checkSameComponents(named, values, "fromSequence(visible values, hidden by name)");
  }

  private void checkSameComponents(Object record, Object[] values, String what) {
    try {
      for (int i = 0; i < canonical.size(); i++) {
        Object actual = record.getClass().getMethod(canonical.get(i).name()).invoke(record);
        int index = i;
        check(same(actual, values[i]), () -> what + ": " + canonical.get(index).name() + " is " + show(actual)
            + ", expected " + show(values[index]));
      }
    } catch (ReflectiveOperationException e) {
      problems.add(what + ": " + trace(e));
    }
  }

  private void checkSerialization(StructSequence seq) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(seq);
    }
    Object read;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray())) {
      @Override
      protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
        try {
          return Class.forName(desc.getName(), false, loader);
        } catch (ClassNotFoundException e) {
          return super.resolveClass(desc);
        }
      }
    }) {
      read = in.readObject();
    }
    StructSequence back = (StructSequence) read;
    check(back.getClass() == seq.getClass(), () -> "deserialized as " + back.getClass());
    check(deepEquals(back.asMap(), seq.asMap()), () -> "serialization changed asMap: " + show(seq.asMap()) + " -> "
        + show(back.asMap()));
    check(deepEquals(new ArrayList<>(back), new ArrayList<>(seq)), () -> "serialization changed the values: "
        + seq + " -> " + back);
    if (spec.fields().stream().noneMatch(f -> f.type().isArray())) {
      check(back.equals(seq) && seq.equals(back) && back.hashCode() == seq.hashCode(),
          () -> "deserialized record not equal: " + seq + " -> " + back);
    }
  }

  private void checkToString(StructSequence seq, Object[] values) {
    String s = seq.toString();
    check(s.startsWith(spec.shownName() + "("), () -> "toString() " + s + " does not start with "
        + spec.shownName() + "(");
    int at = spec.shownName().length();
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < visibleCount; i++) {
      labels.add(canonical.get(i).shownLabel(i));
      String label = labels.get(i) + "=";
      int found = s.indexOf(label, at);
      int index = i;
      check(found >= 0, () -> "toString() " + s + " lacks label " + label + " of field " + index + " in order");
      at = found < 0 ? at : found + label.length();
    }
    if (!CPython.available()) {
      count("toString checks without CPython (labels only)");
      return;
    }
    String expected = CPythonRepr.structRepr(spec.shownName(), labels, Arrays.asList(values).subList(0, visibleCount));
    if (expected == null) {
      count("toString checks without an oracle: a code point the JDK's and CPython's Unicode data disagree on");
      return;
    }
    count("toString checks against CPython");
    check(s.equals(expected), () -> "toString() is " + s + ", CPython's repr is " + expected);
  }

  private void checkNamedAccess(StructSequence seq, Object[] values) {
    Map<String, Object> map = seq.asMap();
    List<String> named = new ArrayList<>();
    for (int i = 0; i < canonical.size(); i++) {
      ValidSpec.FieldSpec f = canonical.get(i);
      if (f.unnamed()) {
        try {
          Object got = seq.get(f.name());
          problems.add("get(\"" + f.name() + "\") of an unnamed field gave " + show(got) + " instead of throwing");
        } catch (IllegalArgumentException expected) {
          // the contract
        }
        continue;
      }
      named.add(f.name());
      Object got = seq.get(f.name());
      int index = i;
      check(same(got, values[i]) && same(got, map.get(f.name())), () -> "get(\"" + f.name() + "\") gave "
          + show(got) + ", asMap has " + show(map.get(f.name())) + ", constructed with " + show(values[index]));
    }
    check(new ArrayList<>(map.keySet()).equals(named), () -> "asMap() keys " + map.keySet() + ", expected " + named);
    try {
      seq.get("no such field \u0000");
      problems.add("get(unknown name) did not throw");
    } catch (IllegalArgumentException expected) {
      // the contract
    }
  }

  private void checkWithersAndReplace(Class<?> recordClass, StructSequence seq, Object[] values) throws Exception {
    int j = random.nextInt(canonical.size());
    ValidSpec.FieldSpec f = canonical.get(j);
    Object value = newValue(f);
    Method wither = recordClass.getMethod(Identifiers.witherName(f.name()), f.type().erasureClass(this));
    Object changed = wither.invoke(seq, value);
    Object[] expected = values.clone();
    expected[j] = value;
    checkSameComponents(changed, expected, "wither " + wither.getName());
    Method replace = recordClass.getMethod("replace", Map.class);
    Map<String, Object> changes = new HashMap<>();
    changes.put(f.name(), value);
    boolean hasUnnamed = canonical.stream().anyMatch(ValidSpec.FieldSpec::unnamed);
    try {
      Object replaced = replace.invoke(seq, changes);
      check(!hasUnnamed, () -> "replace() worked on a type with unnamed fields");
      if (!f.unnamed()) {
        checkSameComponents(replaced, expected, "replace({" + f.name() + "})");
      }
    } catch (InvocationTargetException e) {
      check(hasUnnamed && e.getCause() instanceof UnsupportedOperationException,
          () -> "replace({" + f.name() + "}) threw " + trace(e.getCause()));
    }
  }

  private void checkNullRejected(Constructor<?> constructor, Object[] values) throws Exception {
    for (int i = 0; i < canonical.size(); i++) {
      ValidSpec.FieldSpec f = canonical.get(i);
      if (f.type().primitive() || f.nullable()) {
        continue;
      }
      Object[] withNull = values.clone();
      withNull[i] = null;
      String message = spec.shownName() + "." + f.name() + " is null";
      try {
        constructor.newInstance(withNull);
        problems.add("constructor accepted null for the non-null " + f.name());
      } catch (InvocationTargetException e) {
        check(e.getCause() instanceof NullPointerException && message.equals(e.getCause().getMessage()),
            () -> "null " + f.name() + " threw " + e.getCause() + ", expected NPE '" + message + "'");
      }
      return;
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private void checkCompareTo(Constructor<?> constructor, StructSequence seq, Object[] values) throws Exception {
    Comparable self = (Comparable) seq;
    check(self.compareTo(seq) == 0, () -> "compareTo(itself) != 0: " + seq);
    for (int n = 0; n < 6; n++) {
      int j = random.nextInt(visibleCount);
      Object[] changed = values.clone();
      changed[j] = random.nextInt(4) == 0 ? values[j] : newValue(canonical.get(j));
      Object other = constructor.newInstance(changed);
      int c = self.compareTo(other);
      int back = ((Comparable) other).compareTo(seq);
      boolean equal = seq.equals(other);
      check((c == 0) == equal && Integer.signum(c) == -Integer.signum(back),
          () -> "compareTo inconsistent with equals: " + seq + " vs " + other + ": compareTo " + c + ", reverse "
              + back + ", equals " + equal);
    }
  }

  private Object[] newValues() {
    Object[] values = new Object[canonical.size()];
    for (int i = 0; i < values.length; i++) {
      ValidSpec.FieldSpec f = canonical.get(i);
      values[i] = f.nullable() && random.nextInt(4) == 0 ? null : newValue(f);
    }
    return values;
  }

  private Object newValue(ValidSpec.FieldSpec f) {
    return f.type().values().apply(random, this);
  }

  /** The same value: identical references, or equal boxes of primitives. */
  private static boolean same(Object a, Object b) {
    if (a == b) {
      return true;
    }
    return a != null && b != null && a.getClass() == b.getClass()
        && (a instanceof Number || a instanceof Boolean || a instanceof Character) && a.equals(b);
  }

  /** Equality that looks into arrays, also inside lists and maps. */
  static boolean deepEquals(Object a, Object b) {
    if (a instanceof List && b instanceof List) {
      List<?> x = (List<?>) a;
      List<?> y = (List<?>) b;
      if (x.size() != y.size()) {
        return false;
      }
      for (int i = 0; i < x.size(); i++) {
        if (!deepEquals(x.get(i), y.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof Map && b instanceof Map) {
      Map<?, ?> x = (Map<?, ?>) a;
      Map<?, ?> y = (Map<?, ?>) b;
      return x.keySet().equals(y.keySet()) && x.keySet().stream().allMatch(k -> deepEquals(x.get(k), y.get(k)));
    }
    return Objects.deepEquals(a, b);
  }

  private static String show(Object value) {
    return PyRepr.repr(value);
  }

  static String trace(Throwable t) {
    StringWriter s = new StringWriter();
    t.printStackTrace(new PrintWriter(s));
    String text = s.toString();
    return text.length() > 3000 ? text.substring(0, 3000) + "..." : text;
  }
}
