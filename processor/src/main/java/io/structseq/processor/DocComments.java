package io.structseq.processor;

import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;

/** Javadoc comments as the contract exposes them: each line stripped, the whole trimmed. */
final class DocComments {
  private DocComments() {}

  static String of(Elements elements, Element element) {
    String raw = elements.getDocComment(element);
    if (raw == null) {
      return "";
    }
    StringBuilder doc = new StringBuilder(raw.length());
    for (String line : raw.strip().split("\\R", -1)) {
      if (doc.length() > 0) {
        doc.append('\n');
      }
      doc.append(line.strip());
    }
    return doc.toString().strip();
  }
}
