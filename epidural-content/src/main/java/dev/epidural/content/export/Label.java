package dev.epidural.content.export;

/**
 * The fixed wording the HTML and Markdown exports add around content: section headings and the
 * review notice. Each constant has an English default; replace any of them, for a translated page
 * say, with {@link ExportOptions#withLabel(Label, String)}. Labels are escaped like content.
 */
public enum Label {
  /** The heading of a procedure's regions. */
  REGIONS("Where in the spine"),
  /** The heading of a procedure's approaches. */
  APPROACHES("Approach"),
  /** The heading of a procedure's imaging guidance. */
  GUIDANCE("Imaging guidance"),
  /** The heading of a procedure's medications. */
  MEDICATIONS("Medicines used"),
  /** The heading of a procedure's steps. */
  STEPS("What happens, step by step"),
  /** The heading of a procedure's preparation. */
  PREPARATION("Before the procedure"),
  /** The heading of a procedure's indications. */
  INDICATIONS("When it may be considered"),
  /** The heading of a procedure's contraindications. */
  CONTRAINDICATIONS("When it may be avoided or delayed"),
  /** The heading of a procedure's complications. */
  COMPLICATIONS("Possible risks"),
  /** The heading of a procedure's aftercare. */
  AFTERCARE("Afterwards"),
  /** The heading of the sources list. */
  SOURCES("Sources"),
  /** The word before the source numbers an entry cites. */
  CITED("Sources:"),
  /** The heading of the patient FAQ page. */
  FAQ("Frequently asked questions"),
  /** The heading of a list of procedures. */
  PROCEDURES("Procedures"),
  /** The label of a medication's onset. */
  ONSET("Onset"),
  /** The label of a medication's duration. */
  DURATION("Duration"),
  /** The label of a medication's reversibility. */
  REVERSIBILITY("Reversibility"),
  /** The label of a benefit. */
  BENEFIT("Benefit"),
  /** The label of a limitation. */
  LIMITATION("Limitation"),
  /** The review notice of content that has not been checked against its sources. */
  REVIEW_DRAFT("Draft: not yet checked against its sources."),
  /** The review notice of content with status {@code sourced}. */
  REVIEW_SOURCED("Written from the cited sources and checked against them; not clinically reviewed."),
  /**
   * The review notice of content with status {@code sourced} on a patient page: the same claim in
   * plain words, with what a reader should do.
   */
  REVIEW_SOURCED_PATIENT("We wrote this from the sources listed on this page and checked it against them. No doctor"
      + " or nurse has reviewed it, so it is not clinically reviewed. Ask your own care team about your care."),
  /** The review notice of draft content on a patient page. */
  REVIEW_DRAFT_PATIENT("This is a draft. It has not yet been checked against its sources."),
  /** The review notice of clinically reviewed content. */
  REVIEW_CLINICAL("Clinically reviewed."),
  /** The words before the date of the last check against the sources. */
  LAST_CHECKED("Last checked against the sources:"),
  /** The words before the date of the last clinical review. */
  LAST_REVIEWED("Last reviewed:"),
  /** The words before the reviewers of content whose clinical review a sign-off backs. */
  REVIEWED_BY("Reviewed by"),
  /** The word between the reviewers and the date of their review. */
  REVIEWED_ON("on");

  private final String english;

  Label(String english) {
    this.english = english;
  }

  /**
   * The default, English wording.
   *
   * @return the text
   */
  public String english() {
    return english;
  }
}
