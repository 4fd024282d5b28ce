package io.structseq.runtime;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field of a runtime result type that may be {@code null}: because the running JDK cannot read
 * it (such as {@link StatResult#st_blksize()} on JDK 17), or because the C library gave no value where
 * CPython shows {@code None} (such as a null {@link StructPasswd#pw_gecos()}). The structseq processor accepts any annotation
 * whose simple name is {@code Nullable}; this one keeps the runtime library free of dependencies.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE_USE})
public @interface Nullable {}
