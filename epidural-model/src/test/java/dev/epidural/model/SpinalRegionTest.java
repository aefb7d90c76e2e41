package dev.epidural.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class SpinalRegionTest extends CodedEnumContract<SpinalRegion> {

  SpinalRegionTest() {
    super(SpinalRegion.class, SpinalRegion::of, "spinal region",
        "cervical",
        "thoracic",
        "lumbar",
        "sacral");
  }

  @Test
  void regionsSortFromTheNeckDownSoThatRecordsListThemInThatOrder() {
    Set<SpinalRegion> sorted = new TreeSet<>(Set.of(SpinalRegion.SACRAL, SpinalRegion.CERVICAL,
        SpinalRegion.LUMBAR, SpinalRegion.THORACIC));

    assertThat(sorted).containsExactly(SpinalRegion.CERVICAL, SpinalRegion.THORACIC, SpinalRegion.LUMBAR,
        SpinalRegion.SACRAL);
    assertThat(sorted).containsExactlyElementsOf(EnumSet.allOf(SpinalRegion.class));
  }
}
