package dev.epidural.model;

/** The route a needle takes into the epidural space. */
public enum Approach implements Coded {
  /** Between the laminae, toward the posterior epidural space. */
  INTERLAMINAR("interlaminar"),
  /** Near a nerve root where it leaves through its foramen. */
  TRANSFORAMINAL("transforaminal"),
  /** Through the sacral hiatus, from the sacral canal. */
  CAUDAL("caudal");

  private final String code;

  Approach(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * The constant with this code.
   *
   * @param code a code such as {@code "interlaminar"}
   * @return the constant
   * @throws IllegalArgumentException naming the bad code and the allowed ones
   */
  public static Approach of(String code) {
    return Coded.of(Approach.class, code);
  }
}
