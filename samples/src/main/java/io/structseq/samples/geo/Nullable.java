package io.structseq.samples.geo;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field that may be null. The processor accepts any annotation with this simple name, so a
 * project can use its own, as here, or JSpecify's {@code org.jspecify.annotations.Nullable}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE_USE})
public @interface Nullable {}
