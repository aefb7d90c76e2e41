package dev.epidural.model;

/** Whether a consideration speaks for or against a procedure. */
public enum ConsiderationKind implements Coded {
  /** A benefit. */
  BENEFIT("benefit"),
  /** A limitation or drawback. */
  LIMITATION("limitation");

  private final String code;

  ConsiderationKind(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * The constant with this code.
   *
   * @param code a code such as {@code "benefit"}
   * @return the constant
   * @throws IllegalArgumentException naming the bad code and the allowed ones
   */
  public static ConsiderationKind of(String code) {
    return Coded.of(ConsiderationKind.class, code);
  }
}
