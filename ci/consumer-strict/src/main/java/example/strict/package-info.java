/** Interfaces of every shape the processor accepts, in a package NullAway checks. */
@NullMarked
package example.strict;

import org.jspecify.annotations.NullMarked;
