package dev.epidural.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.epidural.model.ApproachInfo;
import dev.epidural.model.Procedure;
import dev.epidural.model.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading the valid base bundle from every kind of location, and what warnings do. */
class LoaderTest {

  @TempDir
  Path tmp;

  @Test
  void loadsAFolderWithNoProblems() {
    EpiduralContent content = Fixtures.loader(Fixtures.base()).load();

    assertThat(content.report().problems()).isEmpty();
    assertThat(content.bundle().id()).isEqualTo("test-base");
    assertThat(content.all(Procedure.class)).extracting(p -> p.id().value()).containsExactly("lumbar-esi", "blood-patch");
    assertThat(content.all(ApproachInfo.class)).hasSize(3);
    assertThat(content.item("step-placement")).isPresent();
    assertThat(content.item(Procedure.class, "step-placement")).isEmpty();
  }

  @Test
  void loadsTheSameItemsFromAManifestPathAZipAndTheClasspath() {
    EpiduralContent folder = Fixtures.loader(Fixtures.base()).load();
    EpiduralContent manifest = Fixtures.loader(Fixtures.base().resolve("bundle.json")).load();
    EpiduralContent zip = Fixtures.loader(Fixtures.resource("valid/base-in-folder.zip")).load();
    EpiduralContent classpath = EpiduralContent.loader().clock(Fixtures.TODAY)
        .fromClasspath(LoaderTest.class.getClassLoader(), "valid/base").load();

    assertThat(manifest.items()).isEqualTo(folder.items());
    assertThat(zip.items()).isEqualTo(folder.items());
    assertThat(classpath.items()).isEqualTo(folder.items());
  }

  @Test
  void aWarningLoadsButStrictModeRefusesIt() {
    Path bundle = Fixtures.resource("invalid/ref-unused-source");
    Path dir = Fixtures.patched(bundle, tmp.resolve("b"));

    EpiduralContent lenient = Fixtures.loader(dir).load();

    assertThat(lenient.report().warnings()).extracting(Problem::code).containsExactly("EPI-REF-004");
    assertThatThrownBy(() -> Fixtures.loader(dir).strict(true).load())
        .isInstanceOf(BundleValidationException.class)
        .satisfies(e -> assertThat(((BundleValidationException) e).report().problems())
            .allMatch(p -> p.severity() == Severity.ERROR));
  }

  @Test
  void aSymbolicLinkInsideTheBundleIsRefused() throws IOException {
    Path dir = Fixtures.baseCopy(tmp.resolve("linked"));
    Path real = tmp.resolve("elsewhere.json");
    Files.move(dir.resolve("procedures.json"), real);
    Files.createSymbolicLink(dir.resolve("procedures.json"), real);

    ValidationReport report = Fixtures.loader(dir).validate();

    assertThat(report.problems()).anySatisfy(p -> {
      assertThat(p.code()).isEqualTo("EPI-IO-002");
      assertThat(p.file()).isEqualTo("procedures.json");
    });
  }

  @Test
  void aLoaderWithoutABundleSaysSo() {
    assertThatThrownBy(() -> EpiduralContent.loader().load())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("from(");
  }

  @Test
  void theExceptionSummarisesTheFirstError() {
    BundleValidationException e = (BundleValidationException) org.assertj.core.api.Assertions.catchThrowable(
        () -> EpiduralContent.loader().from(tmp.resolve("missing")).load());

    assertThat(e.getMessage()).contains("1 error(s)").contains("EPI-IO-007");
    assertThat(e.report().bundle()).isEmpty();
  }
}
