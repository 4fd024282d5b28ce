package io.structseq.processor;

import com.palantir.javapoet.CodeBlock;

/**
 * Field names written straight into a JavaPoet format string. The writers join the repetitive,
 * identifier-only lines of a body (switch cases, builder calls, null checks) into one format string,
 * so JavaPoet parses and emits one part per line instead of several per token: rendering is most of
 * what the processor costs javac. Types never go this way; they stay {@code $T} so that imports and
 * shadowing are JavaPoet's.
 */
final class PlainCode {
  private PlainCode() {}

  /** @return the field's name as format-string text: a Java identifier, with {@code $} doubled */
  static String name(FieldModel field) {
    return field.name().replace("$", "$$");
  }

  /**
   * @return the field's name as a string literal in format-string text, as {@code $S} would write it;
   *     an identifier needs no escapes unless it holds control characters, which {@code $S} escapes
   */
  static String literal(FieldModel field) {
    String name = field.name();
    boolean plain = name.chars().noneMatch(Character::isISOControl);
    return (plain ? "\"" + name + "\"" : CodeBlock.of("$S", name).toString()).replace("$", "$$");
  }
}
