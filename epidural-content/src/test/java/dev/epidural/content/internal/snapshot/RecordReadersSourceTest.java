package dev.epidural.content.internal.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.epidural.content.internal.meta.ModelFingerprint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The generated snapshot readers and the model's declared fingerprint are those of the model this
 * build compiles: after a change to the model, this fails until they are regenerated (the message
 * gives the command; {@code -Dgenerated.update=true} rewrites both instead of comparing).
 */
class RecordReadersSourceTest {

  private static final boolean UPDATE = Boolean.getBoolean("generated.update");

  private static final Path DECLARED = Path.of("../epidural-model/src/main/resources/" + ModelFingerprint.DECLARED);

  @Test
  void shippedReadersAreExactlyTheGeneratorsOutput() throws IOException {
    Path shipped = Path.of(RecordReadersGenerator.PATH);
    String generated = RecordReadersGenerator.source();
    if (UPDATE) {
      Files.writeString(shipped, generated, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(shipped, StandardCharsets.UTF_8))
        .as("the readers are not the generator's output (the model changed, or the file was edited); regenerate"
            + " them: %s", RecordReadersGenerator.UPDATE)
        .isEqualTo(generated);
    if (!UPDATE) {
      // Compiled into this build (the regenerating build leaves them out) and made for this model.
      assertThat(Snapshot.readers()).isNotNull();
      assertThat(Snapshot.readers().model()).isEqualTo(ModelFingerprint.current());
    }
  }

  @Test
  void theModelDeclaresTheFingerprintOfItsClasses() throws IOException {
    String line = ModelFingerprint.hex(ModelFingerprint.current()) + "\n";
    if (UPDATE) {
      Files.writeString(DECLARED, line, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(DECLARED, StandardCharsets.UTF_8))
        .as("the model changed; regenerate its declared fingerprint: %s", RecordReadersGenerator.UPDATE)
        .isEqualTo(line);
    if (!UPDATE) {
      // As the model's jar (here its classes folder) serves it; the regenerating build still has the old one.
      assertThat(ModelFingerprint.declared()).hasValue(ModelFingerprint.current());
    }
  }

  @Test
  void generationIsDeterministic() {
    assertThat(RecordReadersGenerator.source()).isEqualTo(RecordReadersGenerator.source());
  }
}
