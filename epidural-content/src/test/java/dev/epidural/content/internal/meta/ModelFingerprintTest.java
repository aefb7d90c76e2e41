package dev.epidural.content.internal.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The model description a snapshot is tied to, and its fingerprint. */
class ModelFingerprintTest {

  @Test
  void theDescriptionNamesEveryKindAndEachRecordsComponentsWithTheirGenericTypes() {
    String description = ModelFingerprint.description();

    for (Kind kind : Kind.values()) {
      assertThat(description.lines()).anyMatch(l -> l.startsWith(kind.property() + "=" + kind.type().getName()));
    }
    assertThat(description)
        .contains("dev.epidural.model.Procedure(id:dev.epidural.model.Id<dev.epidural.model.Procedure>,")
        .contains("regions:java.util.Set<dev.epidural.model.SpinalRegion>")
        .contains("region:dev.epidural.model.SpinalRegion[cervical,thoracic,lumbar,sacral]")
        .contains("dev.epidural.model.Source(id:dev.epidural.model.Id<dev.epidural.model.Source>,title:java.lang.String,")
        .endsWith("\nsource=dev.epidural.model.Source\n");
  }

  @Test
  void theFingerprintIsThatOfTheDescriptionAndFollowsEveryChange() {
    String description = ModelFingerprint.description();

    assertThat(ModelFingerprint.current()).isEqualTo(ModelFingerprint.of(description));
    assertThat(ModelFingerprint.of(description.replace("regions:", "areas:")))
        .isNotEqualTo(ModelFingerprint.current());
    assertThat(ModelFingerprint.of(description.replace("lumbar", "lumbarx")))
        .isNotEqualTo(ModelFingerprint.current());
  }
}
