package io.structseq.processor;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;

/**
 * A JavaPoet format string built piece by piece, with names and string literals written into it as
 * text. JavaPoet parses a format string into parts, and renders each part twice (once to collect the
 * imports, once to write) through a line split by regular expression: rendering is most of what the
 * processor costs javac, and the processor runs interpreted, loaded afresh in every compilation. So
 * the writers join the repetitive, identifier-only text of a body (switch cases, builder calls, null
 * checks, the fields' metadata) into few parts. Types never go this way; they stay {@code $T} so that
 * imports and shadowing are JavaPoet's. What this writes is the text {@code $N}, {@code $L} and
 * {@code $S} would write.
 */
final class PlainCode {
  private final StringBuilder format = new StringBuilder();
  private final List<Object> args = new ArrayList<>();

  /** Appends format text as is: {@code $T}, {@code $>} and the like keep their meaning. */
  PlainCode format(String formatText, Object... formatArgs) {
    format.append(formatText);
    args.addAll(List.of(formatArgs));
    return this;
  }

  /** Appends text, a name or code without placeholders, as {@code $L} would write it. */
  PlainCode text(Object text) {
    format.append(String.valueOf(text).replace("$", "$$"));
    return this;
  }

  /** Appends {@code $T}. */
  PlainCode type(TypeName type) {
    format.append("$T");
    args.add(type);
    return this;
  }

  /** Appends a string literal, as {@code $S} would write it. */
  PlainCode string(String value) {
    String literal = literal(value);
    if (literal == null) {
      format.append("$S");
      args.add(value);
    } else {
      format.append(literal);
    }
    return this;
  }

  CodeBlock build() {
    return CodeBlock.of(format.toString(), args.toArray());
  }

  /** @return the field's name as format-string text: a Java identifier, with {@code $} doubled */
  static String name(FieldModel field) {
    return field.name().replace("$", "$$");
  }

  /**
   * @return the field's name as a string literal in format-string text, as {@code $S} would write it;
   *     an identifier needs no escapes unless it holds control characters, which {@code $S} escapes
   */
  static String literal(FieldModel field) {
    String literal = literal(field.name());
    return literal != null ? literal : CodeBlock.of("$S", field.name()).toString().replace("$", "$$");
  }

  /**
   * @return {@code value} as a string literal in format-string text, as {@code $S} writes it, or null
   *     when it holds a control character: {@code $S} escapes those and breaks the literal after each
   *     line feed, at the current indentation
   */
  private static String literal(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        return null;
      }
    }
    return ("\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"").replace("$", "$$");
  }
}
