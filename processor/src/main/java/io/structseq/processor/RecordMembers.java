package io.structseq.processor;

/**
 * Names of the members every generated record declares besides the fields' accessors and withers,
 * which a field must not take.
 */
final class RecordMembers {
  /** The static {@code StructType} field. */
  static final String TYPE_FIELD = "TYPE";
  static final String REPLACE = "replace";
  static final String BUILDER = "builder";
  /** The simple name of the record's nested builder class. */
  static final String BUILDER_CLASS = "Builder";
  static final String TO_BUILDER = "toBuilder";

  private RecordMembers() {}
}
