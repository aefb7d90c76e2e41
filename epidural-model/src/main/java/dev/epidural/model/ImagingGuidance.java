package dev.epidural.model;

/** How the clinician sees where the needle goes. */
public enum ImagingGuidance implements Coded {
  /** Live X-ray. */
  FLUOROSCOPY("fluoroscopy"),
  /** Computed tomography. */
  CT("ct"),
  /** Computed tomography combined with fluoroscopy. */
  CT_FLUOROSCOPY("ct-fluoroscopy"),
  /** Ultrasound. */
  ULTRASOUND("ultrasound"),
  /** No imaging: guided by anatomical landmarks. */
  LANDMARK("landmark");

  private final String code;

  ImagingGuidance(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * The constant with this code.
   *
   * @param code a code such as {@code "fluoroscopy"}
   * @return the constant
   * @throws IllegalArgumentException naming the bad code and the allowed ones
   */
  public static ImagingGuidance of(String code) {
    return Coded.of(ImagingGuidance.class, code);
  }
}
