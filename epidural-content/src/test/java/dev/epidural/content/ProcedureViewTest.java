package dev.epidural.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.epidural.model.Item;
import dev.epidural.model.MedicationClass;
import dev.epidural.model.QuantityRange;
import dev.epidural.model.ReviewStatus;
import dev.epidural.model.Text;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProcedureViewTest {

  private final EpiduralContent content = ApiFixtures.clinic();
  private final ProcedureView view = content.procedure("lumbar-transforaminal-esi").orElseThrow();

  private static List<String> ids(List<? extends Item> items) {
    return items.stream().map(i -> i.id().value()).toList();
  }

  @Test
  void stepsInTheProceduresOrder() {
    assertThat(ids(view.steps())).containsExactly("step-evaluation", "step-placement", "step-contrast",
        "step-monitoring");
  }

  @Test
  void medicationsResolvedWithTheirUse() {
    assertThat(view.medications()).extracting(m -> m.medication().id().value())
        .containsExactly("med-triamcinolone", "med-lidocaine", "med-contrast");
    ProcedureMedication steroid = view.medications().get(0);
    assertThat(steroid.medication().name().text()).isEqualTo("Triamcinolone");
    assertThat(steroid.volume()).contains(new QuantityRange(1, 2, "mL"));
    assertThat(steroid.note()).contains(Text.of("Given after the contrast check."));
    assertThat(view.medications().get(1).volume()).isEmpty();
  }

  @Test
  void medicationClassesOfTheMedicationsUsed() {
    assertThat(view.medicationClasses()).containsExactly(MedicationClass.LOCAL_ANESTHETIC,
        MedicationClass.CORTICOSTEROID, MedicationClass.CONTRAST_AGENT);
    assertThat(content.procedure("epidural-blood-patch").orElseThrow().medicationClasses())
        .containsExactly(MedicationClass.AUTOLOGOUS_BLOOD);
  }

  @Test
  void everyOtherReferenceResolved() {
    assertThat(ids(view.preparation())).containsExactly("prep-driver");
    assertThat(ids(view.indications())).containsExactly("ind-radicular-pain");
    assertThat(ids(view.contraindications())).containsExactly("ci-anticoagulants", "ci-local-infection", "ci-pregnancy");
    assertThat(ids(view.complications())).containsExactly("comp-headache", "comp-infection");
    assertThat(ids(view.aftercare())).containsExactly("after-rest");
    assertThat(ids(view.approaches())).containsExactly("approach-transforaminal");
  }

  @Test
  void approachFactsOfEveryApproachInTheEnumsOrder() {
    assertThat(ids(content.procedure("cervical-epidural-steroid-injection").orElseThrow().approaches()))
        .containsExactly("approach-interlaminar", "approach-transforaminal");
  }

  @Test
  void emptyReferencesGiveEmptyLists() {
    ProcedureView caudal = content.procedure("caudal-epidural-injection").orElseThrow();
    assertThat(caudal.preparation()).isEmpty();
    assertThat(caudal.indications()).isEmpty();
    assertThat(caudal.aftercare()).isEmpty();
  }

  @Test
  void theProcedureItsSourcesAndReview() {
    assertThat(view.procedure().id().value()).isEqualTo("lumbar-transforaminal-esi");
    assertThat(view.id()).isEqualTo("lumbar-transforaminal-esi");
    assertThat(view.name().text()).isEqualTo("Lumbar transforaminal epidural steroid injection");
    assertThat(view.sources()).extracting(c -> c.source().id().value(), CitedSource::locator)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("radiographics-2017-esi", "procedures"));
    assertThat(view.review().status()).isEqualTo(ReviewStatus.CLINICALLY_REVIEWED);
  }

  @Test
  void listsAreImmutable() {
    assertThatThrownBy(() -> view.steps().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> view.medicationClasses().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void lookupOfAnUnknownIdOrAnotherKindIsEmpty() {
    assertThat(content.procedure("no-such-procedure")).isEmpty();
    assertThat(content.procedure("faq-drive")).isEmpty();
  }

  @Test
  void viewsAreBuiltOnce() {
    assertThat(content.procedure("lumbar-transforaminal-esi")).containsSame(view);
  }

  @Test
  void equalProceduresWithEqualReferencesGiveEqualViews() {
    EpiduralContent again = EpiduralContent.loader().from(ApiFixtures.resource("l10n/clinic"))
        .clock(ApiFixtures.CLOCK).load();
    Optional<ProcedureView> other = again.procedure("lumbar-transforaminal-esi");

    assertThat(other).get().isNotSameAs(view).isEqualTo(view).hasSameHashCodeAs(view);
    assertThat(view).isNotEqualTo(content.procedure("lumbar-interlaminar-esi").orElseThrow());
    assertThat(view).hasToString("ProcedureView[lumbar-transforaminal-esi]");
  }
}
