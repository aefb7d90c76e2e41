package dev.epidural.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NeedlePlacementTest extends CodedEnumContract<NeedlePlacement> {

  NeedlePlacementTest() {
    super(NeedlePlacement.class, NeedlePlacement::of, "needle placement",
        "correct",
        "incorrect");
  }

  @ParameterizedTest(name = "{0}: true epidurogram {1}")
  @CsvSource({"correct, true", "incorrect, false"})
  void onlyACorrectPlacementIsATrueEpidurogram(String code, boolean trueEpidurogram) {
    assertThat(NeedlePlacement.of(code).isTrueEpidurogram()).isEqualTo(trueEpidurogram);
  }
}
