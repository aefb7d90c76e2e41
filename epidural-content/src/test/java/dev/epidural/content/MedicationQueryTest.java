package dev.epidural.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.epidural.model.MedicationClass;
import org.junit.jupiter.api.Test;

class MedicationQueryTest {

  private final EpiduralContent content = ApiFixtures.clinic();

  @Test
  void inClass() {
    assertThat(content.medications().inClass(MedicationClass.CORTICOSTEROID).list())
        .extracting(m -> m.id().value()).containsExactly("med-triamcinolone");
    assertThat(content.medications().inClass(MedicationClass.AUTOLOGOUS_BLOOD).list())
        .extracting(m -> m.id().value()).containsExactly("med-blood");
    assertThat(content.medications().inClass(MedicationClass.SEDATIVE).list()).isEmpty();
  }

  @Test
  void allMedicationsWithoutFilter() {
    assertThat(content.medications().list()).extracting(m -> m.id().value())
        .containsExactly("med-lidocaine", "med-triamcinolone", "med-contrast", "med-blood");
  }

  @Test
  void twoClassesAtOnceMatchNothing() {
    assertThat(content.medications().inClass(MedicationClass.CORTICOSTEROID)
        .inClass(MedicationClass.LOCAL_ANESTHETIC).list()).isEmpty();
  }

  @Test
  void searchFindsByAction() {
    assertThat(content.medications().search("inflammation")).extracting(h -> h.item().id().value(), SearchHit::fields)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("med-triamcinolone", java.util.List.of("action")));
  }

  @Test
  void inClassRefusesNull() {
    assertThatThrownBy(() -> content.medications().inClass(null)).isInstanceOf(NullPointerException.class);
  }
}
