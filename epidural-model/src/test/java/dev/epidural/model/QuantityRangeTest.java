package dev.epidural.model;

import static dev.epidural.model.BeanValidation.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class QuantityRangeTest {

  @Test
  void aSingleAmountIsARangeWithEqualBounds() {
    QuantityRange range = new QuantityRange(10.0, 10.0, "mL");

    assertThat(range.low()).isEqualTo(range.high());
  }

  @Test
  void refusesAHighBoundBelowTheLowNamingBoth() {
    assertThatThrownBy(() -> new QuantityRange(25.0, 20.0, "mL"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("25.0")
        .hasMessageContaining("20.0");
  }

  static Stream<Arguments> nonFiniteBounds() {
    return Stream.of(
        Arguments.of(Double.NaN, 1.0),
        Arguments.of(1.0, Double.NaN),
        Arguments.of(Double.NaN, Double.NaN),
        Arguments.of(1.0, Double.POSITIVE_INFINITY),
        Arguments.of(Double.NEGATIVE_INFINITY, 1.0),
        Arguments.of(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY));
  }

  @ParameterizedTest(name = "{0}..{1}")
  @MethodSource("nonFiniteBounds")
  void refusesBoundsThatAreNotFinite(double low, double high) {
    assertThatThrownBy(() -> new QuantityRange(low, high, "mL")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aRangeAsASourceStatesItIsValid() {
    assertThat(violations(new QuantityRange(20.0, 25.0, "mL"))).isEmpty();
    assertThat(violations(new QuantityRange(0.0, 0.0, "mL"))).isEmpty();
  }

  /** The constructor keeps only structural rules; the sign and the unit are content rules. */
  @ParameterizedTest(name = "{0}..{1} {2}")
  @CsvSource(delimiter = '|', value = {
      "-1.0 | 2.0  | mL                    | low @PositiveOrZero",
      "-3.0 | -1.0 | mL                    | high @PositiveOrZero, low @PositiveOrZero",
      "1.0  | 2.0  | ' '                   | unit @NotBlank",
      "1.0  | 2.0  | mL/kg/h per injection | unit @Size",
  })
  void validationReportsNegativeBoundsAndABadUnit(double low, double high, String unit, String expected) {
    assertThat(violations(new QuantityRange(low, high, unit))).isEqualTo(List.of(expected.split(", ")));
  }
}
