package io.structseq.processor.behaviour;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A declaration annotation named Nullable, on methods (as javax.annotation's): the processor matches
 * any annotation of that simple name, on the method or on its return type.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Nullable {}
