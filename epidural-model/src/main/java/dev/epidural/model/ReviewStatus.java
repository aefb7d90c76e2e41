package dev.epidural.model;

/** How far a content item has been checked. */
public enum ReviewStatus implements Coded {
  /** Written, not yet checked against its sources. */
  DRAFT("draft"),
  /** Written from and checked against its cited sources; not clinically reviewed. */
  SOURCED("sourced"),
  /** Reviewed by a clinician. */
  CLINICALLY_REVIEWED("clinically-reviewed");

  private final String code;

  ReviewStatus(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * The constant with this code.
   *
   * @param code a code such as {@code "draft"}
   * @return the constant
   * @throws IllegalArgumentException naming the bad code and the allowed ones
   */
  public static ReviewStatus of(String code) {
    return Coded.of(ReviewStatus.class, code);
  }

  /**
   * Whether this status claims a clinical review.
   *
   * @return true only for {@link #CLINICALLY_REVIEWED}
   */
  public boolean isClinicallyReviewed() {
    return this == CLINICALLY_REVIEWED;
  }
}
