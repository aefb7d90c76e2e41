package dev.epidural.model;

/** How serious a validation problem is. */
public enum Severity implements Coded {
  /** The content cannot be used. */
  ERROR("error"),
  /** The content can be used but should be fixed; strict mode treats it as an error. */
  WARNING("warning"),
  /**
   * A notice about how the content was checked, not a fault in it: it never makes content invalid,
   * and strict mode leaves it as it is.
   */
  INFO("info");

  private final String code;

  Severity(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * The constant with this code.
   *
   * @param code a code such as {@code "error"}
   * @return the constant
   * @throws IllegalArgumentException naming the bad code and the allowed ones
   */
  public static Severity of(String code) {
    return Coded.of(Severity.class, code);
  }
}
