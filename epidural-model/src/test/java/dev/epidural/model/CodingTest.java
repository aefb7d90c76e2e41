package dev.epidural.model;

import static dev.epidural.model.BeanValidation.violations;
import static dev.epidural.model.ModelReflection.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CodingTest {

  @Test
  void ofBuildsTheSameCodingAsTheConstructor() {
    assertThat(Coding.of(Coding.SNOMED_CT, "18946005", "Epidural anesthesia"))
        .isEqualTo(new Coding("http://snomed.info/sct", "18946005", "Epidural anesthesia"));
  }

  @ParameterizedTest
  @ValueSource(strings = {Coding.SNOMED_CT, Coding.RXNORM, Coding.ATC, Coding.MESH})
  void terminologySystemsAreAbsoluteUrisThatPassValidation(String system) {
    URI uri = URI.create(system);

    assertThat(uri.isAbsolute()).isTrue();
    assertThat(uri.getHost()).isNotBlank();
    assertThat(violations(Coding.of(system, "1", "display"))).isEmpty();
  }

  @ParameterizedTest(name = "{0} of {1} characters, blank {2}")
  @CsvSource({
      "system,  0,   false, system @NotBlank",
      "system,  201, false, system @Size",
      "code,    2,   true,  code @NotBlank",
      "code,    65,  false, code @Size",
      "display, 0,   false, display @NotBlank",
      "display, 301, false, display @Size",
  })
  void eachBlankOrOverlongComponentIsReportedAlone(String component, int length, boolean blank, String expected) {
    String value = (blank ? " " : "x").repeat(length);

    assertThat(violations(with(Fixtures.coding(), component, value))).isEqualTo(List.of(expected));
  }

  @ParameterizedTest(name = "{0} of {1} characters")
  @CsvSource({"system, 200", "code, 64", "display, 300"})
  void componentsAtTheirLimitAreAccepted(String component, int length) {
    assertThat(violations(with(Fixtures.coding(), component, "x".repeat(length)))).isEmpty();
  }
}
