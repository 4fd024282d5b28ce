package io.structseq;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One field of a {@link StructType}: its name, canonical position, Java type, documentation and kind
 * (visible, hidden or unnamed). Instances are created by generated code through the static factories
 * and are immutable.
 */
public final class StructField {
  private final String name;
  private final int index;
  private final Class<?> type;
  private final String doc;
  private final boolean hidden;
  private final boolean unnamed;
  private final boolean nullable;
  private final String label;

  private StructField(
      int index,
      String name,
      Class<?> type,
      boolean nullable,
      String doc,
      boolean hidden,
      boolean unnamed,
      String label) {
    if (index < 0) {
      throw new IllegalArgumentException("negative field index " + index + " for " + name);
    }
    this.index = index;
    this.name = Objects.requireNonNull(name, "name");
    this.type = Objects.requireNonNull(type, "type");
    this.nullable = nullable;
    this.doc = Objects.requireNonNull(doc, "doc");
    this.hidden = hidden;
    this.unnamed = unnamed;
    this.label = label;
    if (nullable && type.isPrimitive()) {
      throw new IllegalArgumentException(name + " is primitive (" + type + ") and cannot be nullable");
    }
  }

  /**
   * A visible named field, reachable by index and by name.
   *
   * @param index canonical position
   * @param name Java accessor name, which is also the field name
   * @param type the accessor's erased return type ({@code int.class} for primitives)
   * @param nullable whether the field may hold {@code null}
   * @param doc the accessor's Javadoc, or {@code ""}
   * @return the field
   */
  public static StructField visible(int index, String name, Class<?> type, boolean nullable, String doc) {
    return new StructField(index, name, type, nullable, doc, false, false, name);
  }

  /**
   * A hidden field, reachable by name only.
   *
   * @param index canonical position (after every visible field)
   * @param name Java accessor name, which is also the field name
   * @param type the accessor's erased return type ({@code int.class} for primitives)
   * @param nullable whether the field may hold {@code null}
   * @param doc the accessor's Javadoc, or {@code ""}
   * @return the field
   */
  public static StructField hidden(int index, String name, Class<?> type, boolean nullable, String doc) {
    return new StructField(index, name, type, nullable, doc, true, false, name);
  }

  /**
   * A visible unnamed field, reachable by index only.
   *
   * @param index canonical position
   * @param name Java accessor name (not a field name for {@link StructSequence#get(String)})
   * @param label the label {@code toString()} shows, or {@code ""} for {@code unnamed@index}
   * @param type the accessor's erased return type ({@code int.class} for primitives)
   * @param nullable whether the field may hold {@code null}
   * @param doc the accessor's Javadoc, or {@code ""}
   * @return the field
   */
  public static StructField unnamed(
      int index, String name, String label, Class<?> type, boolean nullable, String doc) {
    String shown = label.isEmpty() ? "unnamed@" + index : label;
    return new StructField(index, name, type, nullable, doc, false, true, shown);
  }

  /** Returns the Java accessor name. */
  public String name() {
    return name;
  }

  /** Returns the canonical position: visible fields first, then hidden ones. */
  public int index() {
    return index;
  }

  /** Returns the accessor's erased return type, primitives as {@code int.class} and the like. */
  public Class<?> type() {
    return type;
  }

  /** Returns the accessor's Javadoc, trimmed, or {@code ""}. */
  public String doc() {
    return doc;
  }

  /** Returns whether the field is outside the sequence (reachable by name only). */
  public boolean isHidden() {
    return hidden;
  }

  /** Returns whether the field is reachable by index only. */
  public boolean isUnnamed() {
    return unnamed;
  }

  /** Returns whether the field may hold {@code null}. */
  public boolean isNullable() {
    return nullable;
  }

  /**
   * The label {@code toString()} shows before the value: the name of a named field; for an unnamed
   * field its {@link Unnamed#label()}, or {@code unnamed@N} when it has none.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof StructField structField
        && structField.index == index
        && structField.name.equals(name)
        && structField.type == type
        && structField.doc.equals(doc)
        && structField.hidden == hidden
        && structField.unnamed == unnamed
        && structField.nullable == nullable
        && structField.label.equals(label);
  }

  @Override
  public int hashCode() {
    return Objects.hash(index, name, type, hidden, unnamed, nullable, label);
  }

  @Override
  public String toString() {
    String kind = hidden ? "hidden " : unnamed ? "unnamed " : "";
    return "StructField[" + index + ": " + kind + (nullable ? "@Nullable " : "")
        + type.getTypeName() + " " + name + (unnamed ? " label=" + label : "") + "]";
  }
}
