package dev.epidural.model;

/** What an epidurogram shows about where the needle tip is. */
public enum NeedlePlacement implements Coded {
  /** A true epidurogram: the needle is in the epidural space. */
  CORRECT("correct"),
  /** A false epidurogram: the needle is somewhere else. */
  INCORRECT("incorrect");

  private final String code;

  NeedlePlacement(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * The constant with this code.
   *
   * @param code a code such as {@code "correct"}
   * @return the constant
   * @throws IllegalArgumentException naming the bad code and the allowed ones
   */
  public static NeedlePlacement of(String code) {
    return Coded.of(NeedlePlacement.class, code);
  }

  /**
   * Whether this is the pattern of a true epidurogram.
   *
   * @return true for {@link #CORRECT}
   */
  public boolean isTrueEpidurogram() {
    return this == CORRECT;
  }
}
