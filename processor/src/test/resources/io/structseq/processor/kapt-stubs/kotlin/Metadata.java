package kotlin;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** The members of Kotlin's kotlin.Metadata that kapt's stubs set, for compiling the stubs alone. */
@Retention(RetentionPolicy.RUNTIME)
public @interface Metadata {
  int k() default 1;

  int[] mv() default {};

  String[] d1() default {};

  String[] d2() default {};

  String xs() default "";

  String pn() default "";

  int xi() default 0;
}
