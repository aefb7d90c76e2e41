package dev.epidural.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignOffTest {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

  @Test
  void findsTheFingerprintOfANamedItemOnly() {
    SignOff s = Fixtures.signOff();

    assertThat(s.fingerprintOf(Id.of("proc-lumbar-tfesi"))).contains(Fixtures.reviewedItem().fingerprint());
    assertThat(s.fingerprintOf(Id.of("proc-other"))).isEmpty();
  }

  @Test
  void copiesItsItems() {
    java.util.ArrayList<ReviewedItem> items = new java.util.ArrayList<>(List.of(Fixtures.reviewedItem()));
    SignOff s = new SignOff(Id.of("r"), Fixtures.reviewer(), DAY, ReviewDecision.APPROVED, Optional.empty(),
        Optional.empty(), items);
    items.clear();

    assertThat(s.items()).hasSize(1);
    assertThatThrownBy(() -> s.items().clear()).isInstanceOf(UnsupportedOperationException.class);
  }
}
