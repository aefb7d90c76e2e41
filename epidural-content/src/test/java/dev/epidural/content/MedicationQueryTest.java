package dev.epidural.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.epidural.model.MedicationClass;
import org.junit.jupiter.api.Test;

class MedicationQueryTest {

  private final EpiduralContent content = ApiFixtures.clinic();

  @Test
  void ofClass() {
    assertThat(content.medications().ofClass(MedicationClass.CORTICOSTEROID).list())
        .extracting(m -> m.id().value()).containsExactly("med-triamcinolone");
    assertThat(content.medications().ofClass(MedicationClass.AUTOLOGOUS_BLOOD).list())
        .extracting(m -> m.id().value()).containsExactly("med-blood");
    assertThat(content.medications().ofClass(MedicationClass.SEDATIVE).list()).isEmpty();
  }

  @Test
  void allMedicationsWithoutFilter() {
    assertThat(content.medications().list()).extracting(m -> m.id().value())
        .containsExactly("med-lidocaine", "med-triamcinolone", "med-contrast", "med-blood");
  }

  @Test
  void twoClassesAtOnceMatchNothing() {
    assertThat(content.medications().ofClass(MedicationClass.CORTICOSTEROID)
        .ofClass(MedicationClass.LOCAL_ANESTHETIC).list()).isEmpty();
  }

  @Test
  void searchFindsByAction() {
    assertThat(content.medications().search("inflammation")).extracting(h -> h.item().id().value(), SearchHit::fields)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("med-triamcinolone", java.util.List.of("action")));
  }

  @Test
  void ofClassRefusesNull() {
    assertThatThrownBy(() -> content.medications().ofClass(null)).isInstanceOf(NullPointerException.class);
  }
}
