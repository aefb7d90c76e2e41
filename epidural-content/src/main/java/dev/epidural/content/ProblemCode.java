package dev.epidural.content;

import dev.epidural.model.Severity;
import java.util.Optional;

/**
 * Every problem code the loader raises, with its default severity and a one-line meaning, so that a
 * program can match a {@link Problem} without spelling its code:
 *
 * <pre>{@code
 * ValidationReport report = EpiduralContent.validate(Path.of("my-bundle"));
 * List<Problem> broken = report.problems().stream().filter(p -> p.is(ProblemCode.REF_UNRESOLVED)).toList();
 * }</pre>
 *
 * <p>A code is never renamed or reused for another problem; a release may add codes, and a code no
 * longer reported stays here (see {@code docs/compatibility.md}). {@code docs/problems.md} explains each one, with an example and
 * how to fix it, under the heading of its code (anchor {@code #epi-xxx-nnn}); a test keeps the two
 * in step. The severity is the default: strict mode reports warnings as errors.
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
  IO_ZIP_CENTRAL_DIRECTORY("EPI-IO-009", Severity.ERROR, "a zip has no end-of-central-directory record, or its central directory is damaged or cut short"),
  IO_ZIP_HEADER_MISMATCH("EPI-IO-010", Severity.ERROR, "a zip entry's local header disagrees with its central directory entry (name, method, sizes, CRC-32, flags)"),
  IO_ZIP_STRAY_DATA("EPI-IO-011", Severity.ERROR, "a zip has bytes outside its listed entries, or entries that overlap"),
  IO_ZIP_UNSUPPORTED("EPI-IO-012", Severity.ERROR, "a zip uses encryption, ZIP64, several disks or a compression method other than stored or deflated"),
  IO_ZIP_ENTRY_DATA("EPI-IO-013", Severity.ERROR, "a zip entry's data does not inflate to the size and CRC-32 its headers give"),
  IO_READ_BUDGET("EPI-IO-014", Severity.ERROR, "a folder bundle's files together are larger than the read budget"),
  IO_SAME_FILE("EPI-IO-015", Severity.ERROR, "two listed paths are the same file on disk (hard links)"),
  IO_NOT_REGULAR("EPI-IO-016", Severity.ERROR, "a listed path is a directory, a FIFO, a device or another non-regular file"),
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
  TEXT_READABILITY("EPI-TEXT-009", Severity.WARNING, "a patient text reads above the grade limit"),
  TEXT_READABILITY_UNSCORED("EPI-TEXT-010", Severity.INFO, "patient texts in a language other than English were not scored for readability"),
  TEXT_MIXED_SCRIPT("EPI-TEXT-011", Severity.WARNING, "a word in an item's name or code mixes letters of several scripts, as look-alike names do"),
  REVIEW_OVERDUE("EPI-REV-001", Severity.WARNING, "an item's next review date has passed"),
  REVIEW_UNDATED("EPI-REV-002", Severity.ERROR, "an item claims a clinical review but gives no review date"),
  REVIEW_STALE("EPI-REV-003", Severity.WARNING, "an item changed after a sign-off approved it; its approval no longer counts"),
  REVIEW_UNKNOWN_ITEM("EPI-REV-004", Severity.ERROR, "a sign-off names an item the bundle does not have"),
  REVIEW_FUTURE("EPI-REV-005", Severity.ERROR, "a sign-off is dated after today"),
  REVIEW_FINGERPRINT("EPI-REV-006", Severity.ERROR, "a sign-off's fingerprint is not 'sha256:' and 64 lowercase hex digits"),
  REVIEW_UNBACKED("EPI-REV-007", Severity.WARNING, "an item claims a clinical review that no matching approval backs"),
  REVIEW_DUPLICATE_ID("EPI-REV-008", Severity.ERROR, "two sign-offs have the same id"),
  REVIEW_NEXT_BEFORE("EPI-REV-009", Severity.ERROR, "a sign-off's next review date is before its review date"),
  L10N_LOCALE("EPI-L10N-001", Severity.ERROR, "a translation file's locale is not a well-formed language tag"),
  L10N_UNKNOWN_ID("EPI-L10N-002", Severity.ERROR, "a translation names an item the bundle does not have"),
  L10N_FIELD("EPI-L10N-003", Severity.ERROR, "a translation's field names no text of its item"),
  L10N_DUPLICATE("EPI-L10N-004", Severity.ERROR, "the same text, audience and locale is translated twice in one bundle"),
  L10N_STALE("EPI-L10N-005", Severity.WARNING, "a translation is stale: its source text changed since it was translated"),
  L10N_SAME_LOCALE("EPI-L10N-006", Severity.ERROR, "a translation file is in the bundle's own locale"),
  OVL_ADDED_TWICE("EPI-OVL-001", Severity.ERROR, "an overlay adds an item whose id the base has, without listing it in replace"),
  OVL_REPLACE_MISSING("EPI-OVL-002", Severity.ERROR, "an overlay replaces an id the base does not have"),
  OVL_REPLACE_WITHOUT_ITEM("EPI-OVL-003", Severity.ERROR, "an overlay lists an id in replace but gives no item with that id"),
  OVL_WITHDRAW_MISSING("EPI-OVL-004", Severity.ERROR, "an overlay withdraws an id the base does not have"),
  OVL_WITHDRAW_CONFLICT("EPI-OVL-005", Severity.ERROR, "an overlay withdraws an id it also replaces or gives an item for"),
  OVL_NOT_AN_OVERLAY("EPI-OVL-006", Severity.ERROR, "a bundle loaded without a base lists replace or withdraw"),
  OVL_LOCALE("EPI-OVL-007", Severity.ERROR, "an overlay's locale differs from its base's"),
  OVL_SOURCE_CONFLICT("EPI-OVL-008", Severity.ERROR, "an overlay declares a source id the base declares differently"),
  OVL_WITHDRAWN_REFERENCED("EPI-OVL-009", Severity.ERROR, "an item refers to an item an overlay withdraws"),
  OVL_BASE_CHANGED("EPI-OVL-010", Severity.ERROR, "the base's files no longer give the items the base was loaded with"),
  LIM_CODE_IN_FILE("EPI-LIM-001", Severity.ERROR, "more problems of one code in one file than a report lists; one summary stands for the rest (an error if any of them is)"),
  LIM_BUNDLE("EPI-LIM-002", Severity.ERROR, "more capped codes and files than a report summarizes one by one; one summary stands for the rest"),
  LIM_EXHAUSTED("EPI-LIM-003", Severity.ERROR, "validating the bundle ran out of memory or stack; the report is cut short");

  private final String code;
  private final Severity severity;
  private final String meaning;

  ProblemCode(String code, Severity severity, String meaning) {
    this.code = code;
    this.severity = severity;
    this.meaning = meaning;
  }

  /**
   * The stable code, as {@link Problem#code()} gives it.
   *
   * @return the code, such as {@code EPI-REF-002}
   */
  public String code() {
    return code;
  }

  /**
   * The severity the loader gives a problem of this code, outside strict mode.
   *
   * @return error, warning or info
   */
  public Severity severity() {
    return severity;
  }

  /**
   * What the code means, in one line of lowercase prose.
   *
   * @return the meaning, such as "a reference names no item of the expected kind"
   */
  public String meaning() {
    return meaning;
  }

  /**
   * The problem code with this stable code.
   *
   * @param code a code such as {@code EPI-REF-002}, exactly as {@link Problem#code()} gives it
   * @return the problem code, or empty when no code of this release is spelled so
   * @throws NullPointerException if {@code code} is null
   */
  public static Optional<ProblemCode> of(String code) {
    java.util.Objects.requireNonNull(code, "code");
    for (ProblemCode c : values()) {
      if (c.code.equals(code)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
