package io.structseq;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a visible field that is reachable only by index, like the integer times of
 * {@code os.stat_result}: {@link StructSequence#get(String)} and {@link StructSequence#asMap()} do not
 * know it, and a type with unnamed fields does not support {@code replace}. Its Java accessor still
 * works.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Unnamed {
  /**
   * The label {@code toString()} shows for this field. Empty (the default) means
   * {@code unnamed@N}, where N is the field's index.
   *
   * @return the label, or {@code ""} for {@code unnamed@N}
   */
  String label() default "";
}
