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

class ProcedureTest {

  @Test
  void aFullyPopulatedProcedureIsValid() {
    assertThat(violations(Fixtures.procedure())).isEmpty();
  }

  @Test
  void regionsIterateInDeclarationOrderWhateverTheOrderGiven() {
    Procedure procedure = with(Fixtures.procedure(), "regions",
        Fixtures.inGivenOrder(SpinalRegion.SACRAL, SpinalRegion.CERVICAL));

    assertThat(procedure.regions()).containsExactly(SpinalRegion.CERVICAL, SpinalRegion.SACRAL);
  }

  @Test
  void approachesGuidanceAndDeliveryIterateInDeclarationOrderToo() {
    Procedure procedure = with(with(with(Fixtures.procedure(),
        "approaches", Fixtures.inGivenOrder(Approach.CAUDAL, Approach.TRANSFORAMINAL, Approach.INTERLAMINAR)),
        "guidance", Fixtures.inGivenOrder(ImagingGuidance.LANDMARK, ImagingGuidance.CT, ImagingGuidance.FLUOROSCOPY)),
        "delivery", Fixtures.inGivenOrder(DeliveryMode.CATHETER, DeliveryMode.SINGLE_INJECTION));

    assertThat(procedure.approaches())
        .containsExactly(Approach.INTERLAMINAR, Approach.TRANSFORAMINAL, Approach.CAUDAL);
    assertThat(procedure.guidance())
        .containsExactly(ImagingGuidance.FLUOROSCOPY, ImagingGuidance.CT, ImagingGuidance.LANDMARK);
    assertThat(procedure.delivery()).containsExactly(DeliveryMode.SINGLE_INJECTION, DeliveryMode.CATHETER);
  }

  /** Steps are a workflow: unlike the sets, the lists must not be sorted. */
  @Test
  void stepsAndOtherListsKeepTheOrderGiven() {
    List<Id<ProcedureStep>> steps = List.of(Id.of("position-the-patient"), Id.of("clean-the-skin"),
        Id.of("advance-the-needle"));
    List<MedicationUse> medications = List.of(MedicationUse.of("local-anesthetic"), Fixtures.medicationUse());

    Procedure procedure = with(with(Fixtures.procedure(), "steps", steps), "medications", medications);

    assertThat(procedure.steps()).containsExactlyElementsOf(steps);
    assertThat(procedure.medications()).containsExactlyElementsOf(medications);
  }

  @Test
  void emptyRegionsAreLeftForValidationToReport() {
    Procedure procedure = with(Fixtures.procedure(), "regions", Set.of());

    assertThat(procedure.regions()).isEmpty();
    assertThat(violations(procedure)).containsExactly("regions @NotEmpty");
  }

  @Test
  void approachesMayBeEmptyWhereTheSourcesNameNone() {
    assertThat(violations(with(Fixtures.procedure(), "approaches", Set.of()))).isEmpty();
  }

  static Stream<Arguments> invalidProcedures() {
    Text blank = Fixtures.blankText();
    MedicationUse negativeVolume = new MedicationUse(Id.of("contrast-agent"),
        Optional.of(new QuantityRange(-1.0, 2.0, "mL")), Optional.empty());
    MedicationUse blankNote = new MedicationUse(Id.of("saline"), Optional.empty(), Optional.of(blank));
    return Stream.of(
        Arguments.of("summary", blank, List.of("summary.text @NotBlank")),
        Arguments.of("name", blank, List.of("name.text @NotBlank")),
        Arguments.of("regions", Set.of(), List.of("regions @NotEmpty")),
        Arguments.of("medications", List.of(Fixtures.medicationUse(), negativeVolume),
            List.of("medications[1].volume.low @PositiveOrZero")),
        Arguments.of("medications", List.of(blankNote), List.of("medications[0].note.text @NotBlank")),
        Arguments.of("codings", List.of(Coding.of(Coding.SNOMED_CT, "", "Epidural anesthesia")),
            List.of("codings[0].code @NotBlank")),
        Arguments.of("sources", List.of(Citation.of("example-esi-review", "")),
            List.of("sources[0].locator @NotBlank")));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("invalidProcedures")
  void eachBrokenPartIsReportedAtItsPath(String component, Object value, List<String> expected) {
    assertThat(violations(with(Fixtures.procedure(), component, value))).containsExactlyElementsOf(expected);
  }

  @Test
  void severalBrokenPartsAreAllReported() {
    Procedure procedure = with(with(Fixtures.procedure(), "summary", Fixtures.blankText()), "regions", Set.of());

    assertThat(violations(procedure)).containsExactly("regions @NotEmpty", "summary.text @NotBlank");
  }
}
