package dev.epidural.content.export;

import dev.epidural.model.QuantityRange;
import java.math.BigDecimal;

/** Quantities as people write them: no trailing zeros, one number when a range is a single value. */
final class Numbers {

  private Numbers() {}

  /** {@code "2–5 mL"}, or {@code "3 mL"} when low and high are equal. */
  static String range(QuantityRange range) {
    String low = plain(range.low());
    String high = plain(range.high());
    return (low.equals(high) ? low : low + "\u2013" + high) + " " + range.unit();
  }

  /** A finite double without exponent or trailing zeros: {@code 2.0} is {@code "2"}, {@code 0.5} is {@code "0.5"}. */
  static String plain(double value) {
    BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
    return decimal.signum() == 0 ? "0" : decimal.toPlainString();
  }
}
