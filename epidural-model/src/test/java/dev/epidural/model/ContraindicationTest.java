package dev.epidural.model;

import static dev.epidural.model.BeanValidation.violations;
import static dev.epidural.model.ModelReflection.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ContraindicationTest {

  /** How Hibernate Validator names an element of the factors set: a set has no index. */
  private static final String FACTOR = "factors[].<iterable element>";

  @Test
  void aFullyPopulatedContraindicationIsValid() {
    assertThat(violations(Fixtures.contraindication())).isEmpty();
  }

  @Test
  void factorsIterateAlphabeticallyWhateverTheOrderGiven() {
    Contraindication value = with(Fixtures.contraindication(), "factors",
        Fixtures.inGivenOrder("local-infection", "anticoagulant-use", "bleeding-disorder"));

    assertThat(value.factors()).containsExactly("anticoagulant-use", "bleeding-disorder", "local-infection");
  }

  @Test
  void noFactorIsRequiredAndTheNoteIsOptional() {
    Contraindication bare = with(with(Fixtures.contraindication(), "factors", Set.of()), "note", Optional.empty());

    assertThat(violations(bare)).isEmpty();
  }

  static Stream<Arguments> badFactors() {
    return Stream.of(
        Arguments.of("Not Kebab", List.of(FACTOR + " @Pattern")),
        Arguments.of("Anticoagulant-use", List.of(FACTOR + " @Pattern")),
        Arguments.of("anticoagulant_use", List.of(FACTOR + " @Pattern")),
        Arguments.of("anticoagulant--use", List.of(FACTOR + " @Pattern")),
        Arguments.of("-anticoagulant", List.of(FACTOR + " @Pattern")),
        Arguments.of(" ", List.of(FACTOR + " @NotBlank", FACTOR + " @Pattern")),
        Arguments.of("", List.of(FACTOR + " @NotBlank", FACTOR + " @Pattern")));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @MethodSource("badFactors")
  void aFactorThatIsNotKebabCaseIsReported(String factor, List<String> expected) {
    Contraindication value = with(Fixtures.contraindication(), "factors", Set.of("anticoagulant-use", factor));

    assertThat(violations(value)).containsExactlyElementsOf(expected);
  }

  @Test
  void eachBadFactorIsReportedSeparately() {
    Contraindication value = with(Fixtures.contraindication(), "factors", Set.of("Not Kebab", "Also Bad"));

    assertThat(violations(value)).containsExactly(FACTOR + " @Pattern", FACTOR + " @Pattern");
  }

  @Test
  void aBlankNameOrNoteIsReportedAtItsGeneralText() {
    assertThat(violations(with(Fixtures.contraindication(), "name", Fixtures.blankText())))
        .containsExactly("name.text @NotBlank");
    assertThat(violations(with(Fixtures.contraindication(), "note", Optional.of(Fixtures.blankText()))))
        .containsExactly("note.text @NotBlank");
  }
}
