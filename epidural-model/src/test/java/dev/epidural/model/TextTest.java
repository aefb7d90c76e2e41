package dev.epidural.model;

import static dev.epidural.model.BeanValidation.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class TextTest {

  private static final String GENERAL = "A needle places medication near an irritated nerve root.";
  private static final String FOR_PATIENTS = "Medicine is placed next to the sore nerve.";
  private static final String FOR_CLINICIANS = "Transforaminal delivery of corticosteroid to the affected root.";

  @ParameterizedTest
  @EnumSource(Audience.class)
  void withoutVariantsEveryAudienceGetsTheGeneralText(Audience audience) {
    Text text = Text.of(GENERAL);

    assertThat(text.forAudience(audience)).isEqualTo(GENERAL);
    assertThat(text.hasVariant(audience)).isFalse();
  }

  @Test
  void eachAudienceGetsItsOwnVariant() {
    Text text = Text.of(GENERAL).withPatient(FOR_PATIENTS).withClinician(FOR_CLINICIANS);

    assertThat(text.forAudience(Audience.PATIENT)).isEqualTo(FOR_PATIENTS);
    assertThat(text.forAudience(Audience.CLINICIAN)).isEqualTo(FOR_CLINICIANS);
  }

  @Test
  void anAudienceWithoutAVariantFallsBackToTheGeneralTextNotToTheOtherVariant() {
    Text onlyForPatients = Text.of(GENERAL).withPatient(FOR_PATIENTS);
    Text onlyForClinicians = Text.of(GENERAL).withClinician(FOR_CLINICIANS);

    assertThat(onlyForPatients.forAudience(Audience.CLINICIAN)).isEqualTo(GENERAL);
    assertThat(onlyForPatients.hasVariant(Audience.CLINICIAN)).isFalse();
    assertThat(onlyForClinicians.forAudience(Audience.PATIENT)).isEqualTo(GENERAL);
    assertThat(onlyForClinicians.hasVariant(Audience.PATIENT)).isFalse();
  }

  @Test
  void withVariantReturnsACopyAndLeavesTheOriginalUnchanged() {
    Text original = Text.of(GENERAL);

    Text withPatient = original.withPatient(FOR_PATIENTS);
    Text withBoth = withPatient.withClinician(FOR_CLINICIANS);

    assertThat(original).isEqualTo(new Text(GENERAL, Optional.empty(), Optional.empty()));
    assertThat(withPatient).isEqualTo(new Text(GENERAL, Optional.of(FOR_PATIENTS), Optional.empty()));
    assertThat(withBoth).isEqualTo(new Text(GENERAL, Optional.of(FOR_PATIENTS), Optional.of(FOR_CLINICIANS)));
  }

  @Test
  void forAudienceRejectsNullNamingTheParameter() {
    assertThatThrownBy(() -> Text.of(GENERAL).forAudience(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("audience");
  }

  @Test
  void ofRejectsNullNamingTheComponent() {
    assertThatThrownBy(() -> Text.of(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
  }

  @Test
  void toStringIsTheGeneralText() {
    assertThat(Text.of(GENERAL).withPatient(FOR_PATIENTS)).hasToString(GENERAL);
  }

  static Stream<Arguments> invalidTexts() {
    String limit = "x".repeat(4000);
    String pastLimit = "x".repeat(4001);
    return Stream.of(
        Arguments.of("blank general text", new Text(" ", Optional.of("p"), Optional.of("c")),
            List.of("text @NotBlank")),
        Arguments.of("empty general text", new Text("", Optional.of("p"), Optional.of("c")),
            List.of("text @NotBlank")),
        Arguments.of("general text one past the limit", new Text(pastLimit, Optional.of("p"), Optional.of("c")),
            List.of("text @Size")),
        Arguments.of("blank patient variant", new Text("t", Optional.of(" "), Optional.of("c")),
            List.of("patient @Pattern")),
        Arguments.of("clinician variant one past the limit", new Text("t", Optional.of("p"), Optional.of(pastLimit)),
            List.of("clinician @Size")),
        Arguments.of("everything blank", new Text("", Optional.of(""), Optional.of(" ")),
            List.of("clinician @Pattern", "patient @Pattern", "text @NotBlank")),
        Arguments.of("everything at the limit is fine", new Text(limit, Optional.of(limit), Optional.of(limit)),
            List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidTexts")
  void validationReportsExactlyTheBrokenParts(String description, Text text, List<String> expected) {
    assertThat(violations(text)).containsExactlyElementsOf(expected);
  }

  @Test
  void theDocumentedLimitIs4000Characters() {
    assertThat(Text.MAX_LENGTH).isEqualTo(4000);
  }

  /**
   * Variants are optional: an absent variant is not a blank one. (The variants use a null-tolerant
   * not-blank pattern because {@code @NotBlank} on {@code Optional<String>} would see an absent
   * variant as null and reject it.)
   */
  @Test
  void absentVariantsAreValid() {
    assertThat(violations(Text.of(GENERAL))).isEmpty();
    assertThat(violations(Text.of(GENERAL).withPatient(FOR_PATIENTS))).isEmpty();
  }
}
