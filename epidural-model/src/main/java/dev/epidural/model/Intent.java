package dev.epidural.model;

/** What an epidural procedure is done for. */
public enum Intent implements Coded {
  /** To clarify where pain comes from. */
  DIAGNOSTIC("diagnostic"),
  /** To reduce pain and inflammation. */
  THERAPEUTIC("therapeutic"),
  /** To give anesthesia or pain relief, for example in labour or after surgery. */
  ANESTHETIC_ANALGESIC("anesthetic-analgesic"),
  /** To seal a spinal fluid leak with the patient's own blood. */
  BLOOD_PATCH("blood-patch");

  private final String code;

  Intent(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * The constant with this code.
   *
   * @param code a code such as {@code "diagnostic"}
   * @return the constant
   * @throws IllegalArgumentException naming the bad code and the allowed ones
   */
  public static Intent of(String code) {
    return Coded.of(Intent.class, code);
  }
}
