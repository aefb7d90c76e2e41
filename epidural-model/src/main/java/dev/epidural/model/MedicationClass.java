package dev.epidural.model;

/** A kind of substance placed or used in an epidural procedure. */
public enum MedicationClass implements Coded {
  /** Numbs by reducing nerve signals for a time. */
  LOCAL_ANESTHETIC("local-anesthetic"),
  /** A steroid that aims to reduce inflammation. */
  CORTICOSTEROID("corticosteroid"),
  /** Saline or a similar solution used as part of a technique. */
  SALINE("saline"),
  /** Contrast that shows on X-ray, used to check needle position. */
  CONTRAST_AGENT("contrast-agent"),
  /** The patient's own blood, used for a blood patch. */
  AUTOLOGOUS_BLOOD("autologous-blood"),
  /** A non-steroid anti-inflammatory medication. */
  ANTI_INFLAMMATORY("anti-inflammatory"),
  /** A sedative given to ease anxiety during the procedure. */
  SEDATIVE("sedative");

  private final String code;

  MedicationClass(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * The constant with this code.
   *
   * @param code a code such as {@code "local-anesthetic"}
   * @return the constant
   * @throws IllegalArgumentException naming the bad code and the allowed ones
   */
  public static MedicationClass of(String code) {
    return Coded.of(MedicationClass.class, code);
  }
}
