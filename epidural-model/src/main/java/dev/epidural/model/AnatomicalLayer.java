package dev.epidural.model;

/** The layers met going from the outside of the spinal canal toward the spinal cord, in that order. */
public enum AnatomicalLayer implements Coded {
  /** The vertebrae and ligaments that form the spinal canal, including the ligamentum flavum. */
  CANAL_WALL("canal-wall"),
  /** The epidural space, just inside the canal. */
  EPIDURAL_SPACE("epidural-space"),
  /** The dura mater, the tough sleeve around the cord and nerve roots. */
  DURA_MATER("dura-mater"),
  /** The arachnoid mater. */
  ARACHNOID_MATER("arachnoid-mater"),
  /** The subarachnoid space, where cerebrospinal fluid flows. */
  SUBARACHNOID_SPACE("subarachnoid-space"),
  /** The pia mater, closely covering the cord and roots. */
  PIA_MATER("pia-mater");

  private final String code;

  AnatomicalLayer(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * The constant with this code.
   *
   * @param code a code such as {@code "canal-wall"}
   * @return the constant
   * @throws IllegalArgumentException naming the bad code and the allowed ones
   */
  public static AnatomicalLayer of(String code) {
    return Coded.of(AnatomicalLayer.class, code);
  }

  /**
   * Whether this layer lies further out than {@code other}.
   *
   * @param other another layer
   * @return true if this layer is met before {@code other} going inward
   * @throws NullPointerException if {@code other} is null
   */
  @SuppressWarnings("EnumOrdinal") // declaration order is the documented outside-in order of the layers
  public boolean isOutsideOf(AnatomicalLayer other) {
    return ordinal() < java.util.Objects.requireNonNull(other, "other").ordinal();
  }
}
