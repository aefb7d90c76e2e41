package dev.epidural.model;

/** How medication reaches the epidural space. */
public enum DeliveryMode implements Coded {
  /** One injection through a needle. */
  SINGLE_INJECTION("single-injection"),
  /** A thin tube left in place for ongoing dosing. */
  CATHETER("catheter");

  private final String code;

  DeliveryMode(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * The constant with this code.
   *
   * @param code a code such as {@code "single-injection"}
   * @return the constant
   * @throws IllegalArgumentException naming the bad code and the allowed ones
   */
  public static DeliveryMode of(String code) {
    return Coded.of(DeliveryMode.class, code);
  }
}
