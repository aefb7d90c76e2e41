package dev.epidural.content.internal.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
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

  @Test
  void theDeclaredLineIsSixteenLowercaseHexDigitsAndNothingElse() {
    assertThat(ModelFingerprint.parse(bytes("e801588a2b5117d5\n"))).hasValue(0xe801588a2b5117d5L);
    assertThat(ModelFingerprint.parse(bytes("000000000000002a"))).hasValue(42L);
    assertThat(ModelFingerprint.hex(0xe801588a2b5117d5L)).isEqualTo("e801588a2b5117d5");
    assertThat(ModelFingerprint.hex(42L)).isEqualTo("000000000000002a");
    for (String bad : new String[] {"", "\n", "E801588A2B5117D5\n", "e801588a2b5117d\n", "e801588a2b5117d55\n",
        "e801588a2b5117dg\n", "e801588a2b5117d5\r\n", " 801588a2b5117d5\n"}) {
      assertThat(ModelFingerprint.parse(bytes(bad))).as("'%s'", bad).isEmpty();
    }
  }

  @Test
  void theModelFingerprintIsTheDeclaredOneWhereTheModelJarDeclaresOne() {
    assertThat(ModelFingerprint.declared()).isPresent();
    assertThat(ModelFingerprint.model()).isEqualTo(ModelFingerprint.declared().getAsLong());
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
