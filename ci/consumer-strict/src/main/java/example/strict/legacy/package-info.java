/** A type whose nullable field carries a declaration annotation. */
@NullMarked
package example.strict.legacy;

import org.jspecify.annotations.NullMarked;
