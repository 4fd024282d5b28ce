package io.structseq;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an interface that extends {@link StructSequence} as a struct sequence specification. The
 * structseq processor generates {@code public record XRecord(...) implements X} next to it (a nested
 * {@code Outer.X} gives {@code Outer_XRecord}) with named and index access, like CPython's
 * {@code PyStructSequence}.
 *
 * <p>Every abstract, parameterless, non-void method of the interface, inherited ones included, is a
 * field. Fields are visible (in the sequence) unless marked {@link Hidden}; {@link Unnamed} fields are
 * reachable by index only.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface StructSeq {
  /**
   * The display name used by {@code toString()} and in error messages, such as
   * {@code "os.stat_result"}. Empty (the default) means the interface's simple name.
   *
   * @return the display name, or {@code ""} for the interface's simple name
   */
  String name() default "";
}
