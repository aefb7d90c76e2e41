package dev.epidural.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class AnatomicalLayerTest extends CodedEnumContract<AnatomicalLayer> {

  AnatomicalLayerTest() {
    super(AnatomicalLayer.class, AnatomicalLayer::of, "anatomical layer",
        "canal-wall",
        "epidural-space",
        "dura-mater",
        "arachnoid-mater",
        "subarachnoid-space",
        "pia-mater");
  }

  @ParameterizedTest(name = "{0} is outside of {1}: {2}")
  @CsvSource({
      "CANAL_WALL,         EPIDURAL_SPACE,     true",
      "EPIDURAL_SPACE,     DURA_MATER,         true",
      "DURA_MATER,         ARACHNOID_MATER,    true",
      "ARACHNOID_MATER,    SUBARACHNOID_SPACE, true",
      "SUBARACHNOID_SPACE, PIA_MATER,          true",
      "CANAL_WALL,         PIA_MATER,          true",
      "DURA_MATER,         EPIDURAL_SPACE,     false",
      "PIA_MATER,          CANAL_WALL,         false",
      "SUBARACHNOID_SPACE, EPIDURAL_SPACE,     false",
  })
  void layersAreMetFromTheCanalWallInwardToThePiaMater(AnatomicalLayer layer, AnatomicalLayer other,
      boolean outside) {
    assertThat(layer.isOutsideOf(other)).isEqualTo(outside);
  }

  @ParameterizedTest
  @EnumSource(AnatomicalLayer.class)
  void noLayerIsOutsideOfItself(AnatomicalLayer layer) {
    assertThat(layer.isOutsideOf(layer)).isFalse();
  }

  @Test
  void ofAnyTwoDifferentLayersExactlyOneIsOutsideTheOther() {
    for (AnatomicalLayer a : AnatomicalLayer.values()) {
      for (AnatomicalLayer b : AnatomicalLayer.values()) {
        if (a != b) {
          assertThat(a.isOutsideOf(b)).as("%s outside %s", a, b).isNotEqualTo(b.isOutsideOf(a));
        }
      }
    }
  }

  @Test
  void isOutsideOfRejectsNullNamingTheParameter() {
    assertThatThrownBy(() -> AnatomicalLayer.DURA_MATER.isOutsideOf(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("other");
  }
}
