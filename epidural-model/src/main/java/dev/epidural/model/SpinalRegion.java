package dev.epidural.model;

/** Where along the spine an epidural procedure is performed. */
public enum SpinalRegion implements Coded {
  /** The neck. */
  CERVICAL("cervical"),
  /** The middle of the back. */
  THORACIC("thoracic"),
  /** The lower back. */
  LUMBAR("lumbar"),
  /** The base of the spine, including the sacral canal. */
  SACRAL("sacral");

  private final String code;

  SpinalRegion(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * The constant with this code.
   *
   * @param code a code such as {@code "cervical"}
   * @return the constant
   * @throws IllegalArgumentException naming the bad code and the allowed ones
   */
  public static SpinalRegion of(String code) {
    return Coded.of(SpinalRegion.class, code);
  }
}
