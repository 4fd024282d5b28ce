package io.structseq;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a default method of a {@link StructSeq @StructSeq} interface as a validation hook. The
 * generated record calls every check in its canonical constructor, after all of its fields are
 * assigned, so no construction path builds an instance that fails one: {@code new XRecord(...)},
 * {@link StructType#fromSequence(Iterable)}, {@code replace}, the withers, the builder and Java
 * deserialization. Checks inherited from superinterfaces run first, in {@code extends} order; then
 * the interface's own, in declaration order. What a check throws reaches the caller unchanged.
 *
 * <pre>{@code
 * @StructSeq(name = "time.struct_time")
 * public interface Clock extends StructSequence {
 *   int tm_hour();
 *   @Check default void check() {
 *     if (tm_hour() > 23) throw new IllegalArgumentException("tm_hour out of range: " + tm_hour());
 *   }
 * }
 * }</pre>
 *
 * <p>A check is a {@code default} method that returns {@code void}, takes no parameters and no type
 * parameters, and is neither {@code static} nor {@code private}; the processor reports anything else
 * as an error on the method.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Check {}
