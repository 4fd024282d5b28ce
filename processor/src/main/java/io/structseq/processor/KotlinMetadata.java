package io.structseq.processor;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * The members of a Kotlin interface as Kotlin declared them, read from the {@code @kotlin.Metadata}
 * annotation that kapt's stubs (and Kotlin's class files) carry: which JVM methods are the getters and
 * setters of which properties, and which members have a body.
 *
 * <p>Why the metadata and not the stub's methods: a stub cannot tell {@code val a: Int} (getter
 * {@code getA()}) from {@code fun getA(): Int}, nor {@code val isOpen: Boolean} from
 * {@code fun isOpen(): Boolean}, and under {@code -jvm-default=disable} a member with a body is an
 * abstract method there, its body in {@code DefaultImpls}. kapt 2.4.21's stubs of
 * {@code @Hidden val a: Long} put the annotation on a synthetic static {@code getA$annotations()}
 * (in {@code DefaultImpls}, or on the interface under {@code -jvm-default=no-compatibility}), which
 * the metadata names too. The d1/d2 pair is read without a library: d1 is the protobuf of
 * {@code metadata.proto} ({@code Class}, fields {@code function = 9}, {@code property = 10}) after a
 * delimited {@code StringTableTypes}, stored one char per byte ("UTF-8 mode", every Kotlin since
 * 1.4); d2 is the string table those messages index.
 */
final class KotlinMetadata {
  static final String ANNOTATION = "kotlin.Metadata";
  /** The class nested in a Kotlin interface that holds its bodies (and static helpers) for Java. */
  static final String DEFAULT_IMPLS = "DefaultImpls";
  /** {@code Metadata.k} of a class, interface or object (not a file facade or lambda). */
  private static final int KIND_CLASS = 1;
  /** {@code ProtoBuf.Modality.ABSTRACT}, bits 4-5 of a member's flags. */
  private static final int ABSTRACT = 2;
  /** Kotlin's default flags of a function and of a property when the message omits them. */
  private static final int DEFAULT_FUNCTION_FLAGS = 6;
  private static final int DEFAULT_PROPERTY_FLAGS = 518;
  /** JvmNameResolver's predefined strings, which a string-table record can name by index. */
  private static final List<String> PREDEFINED = List.of(
      "kotlin/Any", "kotlin/Nothing", "kotlin/Unit", "kotlin/Throwable", "kotlin/Number",
      "kotlin/Byte", "kotlin/Double", "kotlin/Float", "kotlin/Int", "kotlin/Long", "kotlin/Short",
      "kotlin/Boolean", "kotlin/Char", "kotlin/CharSequence", "kotlin/String", "kotlin/Comparable",
      "kotlin/Enum", "kotlin/Array", "kotlin/ByteArray", "kotlin/DoubleArray", "kotlin/FloatArray",
      "kotlin/IntArray", "kotlin/LongArray", "kotlin/ShortArray", "kotlin/BooleanArray",
      "kotlin/CharArray", "kotlin/Cloneable", "kotlin/Annotation", "kotlin/collections/Iterable",
      "kotlin/collections/MutableIterable", "kotlin/collections/Collection",
      "kotlin/collections/MutableCollection", "kotlin/collections/List",
      "kotlin/collections/MutableList", "kotlin/collections/Set", "kotlin/collections/MutableSet",
      "kotlin/collections/Map", "kotlin/collections/MutableMap", "kotlin/collections/Map.Entry",
      "kotlin/collections/MutableMap.MutableEntry", "kotlin/collections/Iterator",
      "kotlin/collections/MutableIterator", "kotlin/collections/ListIterator",
      "kotlin/collections/MutableListIterator");

  /**
   * A property of the interface.
   *
   * @param name the property's name, which is the field's name
   * @param getter the getter's JVM name
   * @param setter the setter's JVM name, or null for a {@code val}
   * @param annotations the JVM name of the synthetic method that holds the property's own
   *     annotations, or null when it has none
   * @param hasBody whether the getter has a body (the property is not abstract)
   */
  record Property(String name, String getter, String setter, String annotations, boolean hasBody) {}

  /** A function that has a body, by JVM name and number of JVM parameters. */
  private record Function(String name, int parameters) {}

  private final Map<String, Property> byGetter = new HashMap<>();
  private final Map<String, Property> bySetter = new HashMap<>();
  private final List<Property> properties = new ArrayList<>();
  private final List<Function> functionsWithBody = new ArrayList<>();

  private KotlinMetadata() {}

  /**
   * @return the Kotlin declarations of {@code type}, or null when it is not a Kotlin class
   * @throws IllegalArgumentException when the metadata cannot be read
   */
  static KotlinMetadata of(TypeElement type) {
    AnnotationMirror metadata = ModelReader.annotation(type, ANNOTATION);
    if (metadata == null) {
      return null;
    }
    int kind = KIND_CLASS;
    List<String> d1 = null;
    List<String> d2 = List.of();
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
        metadata.getElementValues().entrySet()) {
      String attribute = e.getKey().getSimpleName().toString();
      Object value = e.getValue().getValue();
      if (attribute.equals("k") && value instanceof Integer k) {
        kind = k;
      } else if (attribute.equals("d1")) {
        d1 = strings(value);
      } else if (attribute.equals("d2")) {
        d2 = strings(value);
      }
    }
    if (kind != KIND_CLASS || d1 == null) {
      return null;
    }
    KotlinMetadata result = new KotlinMetadata();
    result.read(new Proto(bytes(d1)), d2);
    return result;
  }

  /** Returns the property whose getter {@code m} is, or null. */
  Property propertyOfGetter(ExecutableElement m) {
    return m.getParameters().isEmpty() ? byGetter.get(m.getSimpleName().toString()) : null;
  }

  /** Returns the property whose setter {@code m} is, or null. */
  Property propertyOfSetter(ExecutableElement m) {
    return m.getParameters().size() == 1 ? bySetter.get(m.getSimpleName().toString()) : null;
  }

  /** Returns every property, in the metadata's order. */
  List<Property> properties() {
    return properties;
  }

  /** Returns whether Kotlin declared {@code m} (a function or a getter) with a body. */
  boolean hasBody(ExecutableElement m) {
    Property property = propertyOfGetter(m);
    if (property != null) {
      return property.hasBody();
    }
    return functionsWithBody.contains(new Function(m.getSimpleName().toString(), m.getParameters().size()));
  }

  private static List<String> strings(Object value) {
    List<String> strings = new ArrayList<>();
    if (value instanceof List<?> items) {
      for (Object item : items) {
        Object string = item instanceof AnnotationValue annotationValue ? annotationValue.getValue() : item;
        strings.add(String.valueOf(string));
      }
    }
    return strings;
  }

  /**
   * Kotlin's BitEncoding.decodeBytes in "UTF-8 mode", which Kotlin writes since 1.4: a marker char,
   * then one char per byte. Older metadata (7 bits per char) is reported as unreadable.
   */
  static byte[] bytes(List<String> d1) {
    if (d1.isEmpty() || d1.get(0).isEmpty() || d1.get(0).charAt(0) != '\u0000') {
      throw new IllegalArgumentException("d1 is not in the encoding of Kotlin 1.4 and later");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < d1.size(); i++) {
      String s = i == 0 ? d1.get(0).substring(1) : d1.get(i);
      for (int j = 0; j < s.length(); j++) {
        out.write(s.charAt(j));
      }
    }
    return out.toByteArray();
  }

  private void read(Proto proto, List<String> d2) {
    Strings strings = new Strings(proto.delimited(), d2);
    while (proto.more()) {
      int tag = proto.varint();
      switch (tag >>> 3) {
        case 9 -> readFunction(proto.delimited(), strings);
        case 10 -> readProperty(proto.delimited(), strings);
        default -> proto.skip(tag);
      }
    }
  }

  /** {@code ProtoBuf.Function}: flags 9, name 2, receiver 5/8, value_parameter 6, context receivers 10/11. */
  private void readFunction(Proto function, Strings strings) {
    int flags = DEFAULT_FUNCTION_FLAGS;
    String name = null;
    String jvmName = null;
    int parameters = 0;
    while (function.more()) {
      int tag = function.varint();
      switch (tag >>> 3) {
        case 9 -> flags = function.varint();
        case 2 -> name = strings.get(function.varint());
        case 5, 6, 10 -> {
          parameters++;
          function.skip(tag);
        }
        case 8 -> {
          parameters++;
          function.varint();
        }
        case 11 -> parameters += function.packedCount(tag);
        case 100 -> jvmName = methodName(function.delimited(), strings);
        default -> function.skip(tag);
      }
    }
    if (modality(flags) != ABSTRACT && name != null) {
      functionsWithBody.add(new Function(jvmName != null ? jvmName : name, parameters));
    }
  }

  /**
   * {@code ProtoBuf.Property}: flags 11 (modality bits 4-5, is_var bit 8), name 2, and JvmProtoBuf's
   * extension 100, {@code JvmPropertySignature}: synthetic_method 2, getter 3, setter 4.
   */
  private void readProperty(Proto property, Strings strings) {
    int flags = DEFAULT_PROPERTY_FLAGS;
    String name = null;
    String getter = null;
    String setter = null;
    String annotations = null;
    while (property.more()) {
      int tag = property.varint();
      switch (tag >>> 3) {
        case 11 -> flags = property.varint();
        case 2 -> name = strings.get(property.varint());
        case 100 -> {
          Proto signature = property.delimited();
          while (signature.more()) {
            int t = signature.varint();
            switch (t >>> 3) {
              case 2 -> annotations = methodName(signature.delimited(), strings);
              case 3 -> getter = methodName(signature.delimited(), strings);
              case 4 -> setter = methodName(signature.delimited(), strings);
              default -> signature.skip(t);
            }
          }
        }
        default -> property.skip(tag);
      }
    }
    if (name == null) {
      return;
    }
    boolean isVar = (flags & (1 << 8)) != 0;
    Property p = new Property(name, getter != null ? getter : getterName(name),
        isVar ? (setter != null ? setter : "set" + capitalized(name)) : null, annotations,
        modality(flags) != ABSTRACT);
    properties.add(p);
    byGetter.put(p.getter(), p);
    if (p.setter() != null) {
      bySetter.put(p.setter(), p);
    }
  }

  /** {@code JvmMethodSignature}: name 1, desc 2; null when the name is the Kotlin one. */
  private static String methodName(Proto signature, Strings strings) {
    String name = null;
    while (signature.more()) {
      int tag = signature.varint();
      if (tag >>> 3 == 1) {
        name = strings.get(signature.varint());
      } else {
        signature.skip(tag);
      }
    }
    return name;
  }

  private static int modality(int flags) {
    return (flags >>> 4) & 3;
  }

  /** Kotlin's JvmAbi.getterName: {@code isOpen} keeps its name, {@code size} gets {@code getSize}. */
  private static String getterName(String property) {
    boolean isPrefixed = property.startsWith("is") && property.length() > 2
        && !Character.isLowerCase(property.charAt(2));
    return isPrefixed ? property : "get" + capitalized(property);
  }

  private static String capitalized(String name) {
    return name.isEmpty() || name.charAt(0) < 'a' || name.charAt(0) > 'z'
        ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /**
   * JvmNameResolver, as far as names go: d2 with StringTableTypes' records, each of which covers
   * {@code range} strings and may replace them by its own string or a predefined one. A record's
   * substring, replace and class-id operations apply to class names and descriptors, which are not
   * read here.
   */
  private static final class Strings {
    private final List<String> d2;
    private final List<String> resolved = new ArrayList<>();

    Strings(Proto table, List<String> d2) {
      this.d2 = d2;
      while (table.more()) {
        int tag = table.varint();
        if (tag >>> 3 == 1) {
          record(table.delimited());
        } else {
          table.skip(tag);
        }
      }
    }

    /** {@code Record}: range 1, predefined_index 2, string 6. */
    private void record(Proto record) {
      int range = 1;
      int predefined = -1;
      String string = null;
      while (record.more()) {
        int tag = record.varint();
        switch (tag >>> 3) {
          case 1 -> range = record.varint();
          case 2 -> predefined = record.varint();
          case 6 -> string = record.string();
          default -> record.skip(tag);
        }
      }
      for (int i = 0; i < range; i++) {
        int index = resolved.size();
        resolved.add(string != null ? string
            : predefined >= 0 && predefined < PREDEFINED.size() ? PREDEFINED.get(predefined)
            : index < d2.size() ? d2.get(index) : "");
      }
    }

    String get(int index) {
      if (index < resolved.size()) {
        return resolved.get(index);
      }
      if (index >= 0 && index < d2.size()) {
        return d2.get(index);
      }
      throw new IllegalArgumentException("string index " + index + " out of range");
    }
  }

  /** The part of protobuf's wire format the metadata uses. */
  private static final class Proto {
    private final byte[] bytes;
    private int position;
    private final int end;

    Proto(byte[] bytes) {
      this(bytes, 0, bytes.length);
    }

    private Proto(byte[] bytes, int start, int end) {
      this.bytes = bytes;
      this.position = start;
      this.end = end;
    }

    boolean more() {
      return position < end;
    }

    int varint() {
      long result = 0;
      for (int shift = 0; shift < 64; shift += 7) {
        if (position >= end) {
          throw new IllegalArgumentException("truncated varint");
        }
        byte b = bytes[position++];
        result |= (long) (b & 0x7F) << shift;
        if (b >= 0) {
          return (int) result;
        }
      }
      throw new IllegalArgumentException("malformed varint");
    }

    Proto delimited() {
      int length = varint();
      if (length < 0 || length > end - position) {
        throw new IllegalArgumentException("truncated message");
      }
      Proto message = new Proto(bytes, position, position + length);
      position += length;
      return message;
    }

    String string() {
      Proto s = delimited();
      return new String(bytes, s.position, s.end - s.position, StandardCharsets.UTF_8);
    }

    /** Counts the values of a repeated int32, packed (wire type 2) or not. */
    int packedCount(int tag) {
      if ((tag & 7) != 2) {
        varint();
        return 1;
      }
      Proto values = delimited();
      int count = 0;
      while (values.more()) {
        values.varint();
        count++;
      }
      return count;
    }

    void skip(int tag) {
      switch (tag & 7) {
        case 0 -> varint();
        case 1 -> advance(8);
        case 2 -> delimited();
        case 5 -> advance(4);
        default -> throw new IllegalArgumentException("unsupported wire type " + (tag & 7));
      }
    }

    private void advance(int n) {
      if (n > end - position) {
        throw new IllegalArgumentException("truncated field");
      }
      position += n;
    }
  }
}
