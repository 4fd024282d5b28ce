package io.structseq;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field that is reachable only by name, like {@code os.stat_result.st_atime_ns}: it is not
 * part of the sequence, so it takes no part in {@code size()}, {@code get(int)}, iteration,
 * {@code equals}, {@code hashCode}, ordering or {@code toString()}. Hidden fields come after every
 * visible field in the canonical order.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Hidden {}
