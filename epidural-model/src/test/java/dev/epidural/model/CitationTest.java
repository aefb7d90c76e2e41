package dev.epidural.model;

import static dev.epidural.model.BeanValidation.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CitationTest {

  @Test
  void ofReadsTheSourceId() {
    Citation citation = Citation.of("example-esi-review", "table 2");

    assertThat(citation.source()).isEqualTo(Id.<Source>of("example-esi-review"));
    assertThat(citation.locator()).isEqualTo("table 2");
  }

  @Test
  void ofRefusesASourceIdThatIsNotKebabCase() {
    assertThatThrownBy(() -> Citation.of("Example ESI Review", "table 2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'Example ESI Review'");
  }

  @Test
  void aCitationWithALocatorIsValid() {
    assertThat(violations(Fixtures.citation())).isEmpty();
  }

  @ParameterizedTest(name = "locator of {0} characters, blank {1}: {2}")
  @CsvSource({
      "0,   false, locator @NotBlank",
      "3,   true,  locator @NotBlank",
      "301, false, locator @Size",
  })
  void aBlankOrOverlongLocatorIsReported(int length, boolean blank, String expected) {
    String locator = (blank ? " " : "x").repeat(length);

    assertThat(violations(Citation.of("example-esi-review", locator))).containsExactly(expected);
  }

  @Test
  void aLocatorOf300CharactersIsAccepted() {
    assertThat(violations(Citation.of("example-esi-review", "x".repeat(300)))).isEqualTo(List.of());
  }
}
