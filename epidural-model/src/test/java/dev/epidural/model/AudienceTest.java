package dev.epidural.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AudienceTest extends CodedEnumContract<Audience> {

  AudienceTest() {
    super(Audience.class, Audience::of, "audience",
        "patient",
        "clinician");
  }

  /** Fails if an audience is added that {@link Text} does not yet have a variant for. */
  @Test
  void everyAudienceGetsItsOwnVariantOfAText() {
    Text text = Text.of("general").withPatient("for patients").withClinician("for clinicians");

    assertThat(Arrays.stream(Audience.values()).map(text::forAudience))
        .doesNotHaveDuplicates()
        .doesNotContain("general");
  }
}
