package dev.epidural.model;

/** Who a text is written for. */
public enum Audience implements Coded {
  /** Patients and the public. */
  PATIENT("patient"),
  /** Clinicians. */
  CLINICIAN("clinician");

  private final String code;

  Audience(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * The constant with this code.
   *
   * @param code a code such as {@code "patient"}
   * @return the constant
   * @throws IllegalArgumentException naming the bad code and the allowed ones
   */
  public static Audience of(String code) {
    return Coded.of(Audience.class, code);
  }
}
