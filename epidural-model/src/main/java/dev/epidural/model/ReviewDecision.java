package dev.epidural.model;

/** What a reviewer decided about the items of a sign-off. */
public enum ReviewDecision implements Coded {
  /** The reviewer approved the items exactly as they were reviewed. */
  APPROVED("approved"),
  /** The reviewer asked for changes; the items are not clinically reviewed. */
  CHANGES_REQUESTED("changes-requested");

  private final String code;

  ReviewDecision(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * The constant with this code.
   *
   * @param code a code such as {@code "approved"}
   * @return the constant
   * @throws IllegalArgumentException naming the bad code and the allowed ones
   */
  public static ReviewDecision of(String code) {
    return Coded.of(ReviewDecision.class, code);
  }

  /**
   * Whether this decision approves the items.
   *
   * @return true only for {@link #APPROVED}
   */
  public boolean isApproval() {
    return this == APPROVED;
  }
}
