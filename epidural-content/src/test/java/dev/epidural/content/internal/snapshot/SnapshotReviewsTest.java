package dev.epidural.content.internal.snapshot;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.epidural.content.ApiFixtures;
import dev.epidural.content.EpiduralContent;
import dev.epidural.content.internal.bind.Translations;
import dev.epidural.content.internal.catalogue.Catalogue;
import dev.epidural.model.Item;
import dev.epidural.model.SignOff;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A snapshot holds no sign-offs, so it must never be made from content whose reviews depend on them. */
class SnapshotReviewsTest {

  @Test
  void aCatalogueWithApprovalsIsRefused() {
    EpiduralContent clinic = ApiFixtures.clinic();
    Map<String, SignOff> approvals = new HashMap<>();
    for (Item item : clinic.items()) {
      clinic.approval(item).ifPresent(s -> approvals.put(item.id().value(), s));
    }
    Catalogue catalogue = new Catalogue(clinic.items(), Translations.none(), List.of(), approvals);

    assertThatThrownBy(() -> Snapshot.write(Map.of(), clinic.bundle(), java.util.Optional.empty(), catalogue, Map.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sign-offs");
  }
}
