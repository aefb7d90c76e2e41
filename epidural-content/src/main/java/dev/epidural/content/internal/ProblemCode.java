package dev.epidural.content.internal;

import dev.epidural.model.Severity;

/**
 * Every problem code the validator raises, with its default severity and a one-line meaning.
 * {@code docs/problems.md} lists the same codes (a test keeps them in step).
 */
public enum ProblemCode {
  IO_UNREADABLE("EPI-IO-001", Severity.ERROR, "a bundle file is missing or cannot be read"),
  IO_UNSAFE_PATH("EPI-IO-002", Severity.ERROR, "a path is absolute, leaves the bundle root or goes through a symbolic link"),
  IO_ZIP_ENTRY_NAME("EPI-IO-003", Severity.ERROR, "a zip entry name is absolute, contains '..' or a backslash"),
  IO_ZIP_TOO_MANY_ENTRIES("EPI-IO-004", Severity.ERROR, "a zip has more entries than allowed"),
  IO_TOO_LARGE("EPI-IO-005", Severity.ERROR, "a file, a zip entry or a whole zip is larger than allowed"),
  IO_NESTED_ARCHIVE("EPI-IO-006", Severity.ERROR, "a zip holds another archive"),
  IO_NOT_A_BUNDLE("EPI-IO-007", Severity.ERROR, "the path is not a bundle folder, zip or manifest"),
  IO_BUILT_IN_ALTERED("EPI-IO-008", Severity.ERROR, "the built-in bundle differs from the one validated when the library was built"),
  ENC_BOM("EPI-ENC-001", Severity.ERROR, "a file starts with a byte-order mark"),
  ENC_NOT_UTF8("EPI-ENC-002", Severity.ERROR, "a file is not valid UTF-8 (or is UTF-16/UTF-32)"),
  JSON_SYNTAX("EPI-JSON-001", Severity.ERROR, "a file is not well-formed JSON"),
  JSON_DUPLICATE_KEY("EPI-JSON-002", Severity.ERROR, "an object has the same property twice"),
  JSON_TRAILING("EPI-JSON-003", Severity.ERROR, "there is content after the JSON document"),
  JSON_LIMIT("EPI-JSON-004", Severity.ERROR, "a read limit is exceeded (depth, string, name, number, document or token count)"),
  SHAPE_MISSING("EPI-SHAPE-001", Severity.ERROR, "a required property is missing"),
  SHAPE_UNKNOWN("EPI-SHAPE-002", Severity.ERROR, "a property is not part of the format"),
  SHAPE_TYPE("EPI-SHAPE-003", Severity.ERROR, "a value has the wrong JSON type (including null)"),
  SHAPE_VALUE("EPI-SHAPE-004", Severity.ERROR, "a value is not one of the allowed values or has the wrong form"),
  SHAPE_CONSTRAINT("EPI-SHAPE-005", Severity.ERROR, "a value breaks a rule of the model (blank, too long, empty, pattern)"),
  SHAPE_DUPLICATE_ELEMENT("EPI-SHAPE-006", Severity.ERROR, "a set lists the same value twice"),
  MANIFEST_VERSION("EPI-MAN-001", Severity.ERROR, "the manifest's schemaVersion is not supported"),
  MANIFEST_LOCALE("EPI-MAN-002", Severity.ERROR, "the manifest's locale is not a well-formed language tag"),
  MANIFEST_FILE_TWICE("EPI-MAN-003", Severity.ERROR, "the manifest lists the same file twice"),
  REF_DUPLICATE_ID("EPI-REF-001", Severity.ERROR, "two items have the same id"),
  REF_UNRESOLVED("EPI-REF-002", Severity.ERROR, "a reference names no item of the expected kind"),
  REF_UNKNOWN_SOURCE("EPI-REF-003", Severity.ERROR, "a citation names a source the manifest does not list"),
  REF_UNUSED_SOURCE("EPI-REF-004", Severity.WARNING, "a source in the manifest is cited by no item"),
  REF_DUPLICATE_SOURCE("EPI-REF-005", Severity.ERROR, "two sources in the manifest have the same id"),
  CLIN_APPROACH_REGION("EPI-CLIN-001", Severity.ERROR, "a procedure uses an approach the bundle's approach facts do not allow in one of its regions"),
  CLIN_CAUDAL_REGION("EPI-CLIN-002", Severity.ERROR, "a caudal approach is used for, or allowed in, a region other than lumbar or sacral"),
  CLIN_BLOOD_PATCH("EPI-CLIN-003", Severity.ERROR, "a blood-patch procedure does not use autologous blood"),
  CLIN_UNSOURCED("EPI-CLIN-004", Severity.ERROR, "a clinical item cites no source"),
  CLIN_SNOMED("EPI-CLIN-005", Severity.ERROR, "a SNOMED CT id fails its form or its Verhoeff check digit"),
  CLIN_ATC("EPI-CLIN-006", Severity.ERROR, "an ATC code does not have the form of an ATC code"),
  CLIN_RXNORM("EPI-CLIN-007", Severity.ERROR, "an RxNorm code is not a positive whole number"),
  CLIN_APPROACH_FACT("EPI-CLIN-008", Severity.ERROR, "an approach is described twice, or a procedure uses one the bundle does not describe"),
  TEXT_MARKUP("EPI-TEXT-001", Severity.ERROR, "a text contains markup or HTML"),
  TEXT_BIDI("EPI-TEXT-002", Severity.ERROR, "a text contains a bidirectional control character"),
  TEXT_ZERO_WIDTH("EPI-TEXT-003", Severity.ERROR, "a text contains a zero-width character"),
  TEXT_CONTROL("EPI-TEXT-004", Severity.ERROR, "a text contains a C0 or C1 control character"),
  TEXT_SURROGATE("EPI-TEXT-005", Severity.ERROR, "a text contains an unpaired surrogate"),
  TEXT_NONCHARACTER("EPI-TEXT-006", Severity.ERROR, "a text contains a Unicode noncharacter"),
  TEXT_NOT_NFC("EPI-TEXT-007", Severity.ERROR, "a text is not in Unicode normalization form C"),
  TEXT_BLANKS("EPI-TEXT-008", Severity.ERROR, "a text has leading or trailing blanks"),
  REVIEW_OVERDUE("EPI-REV-001", Severity.WARNING, "an item's next review date has passed"),
  REVIEW_UNDATED("EPI-REV-002", Severity.ERROR, "an item claims a clinical review but gives no review date");

  private final String code;
  private final Severity severity;
  private final String meaning;

  ProblemCode(String code, Severity severity, String meaning) {
    this.code = code;
    this.severity = severity;
    this.meaning = meaning;
  }

  /** The stable code, such as {@code EPI-REF-002}. */
  public String code() {
    return code;
  }

  /** The default severity. */
  public Severity severity() {
    return severity;
  }

  /** What the code means, one line. */
  public String meaning() {
    return meaning;
  }
}
