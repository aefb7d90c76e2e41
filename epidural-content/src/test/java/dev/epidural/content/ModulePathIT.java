package dev.epidural.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.epidural.model.Procedure;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar on the module path, as a modular application uses it (run by failsafe's
 * {@code module-path} execution; the other tests run on the class path). The reflection the loader
 * does (record descriptions reading the model, Hibernate Validator reading the manifest records)
 * must work through the module descriptors, and only the API packages are exported.
 */
class ModulePathIT {

  private static final Module CONTENT = EpiduralContent.class.getModule();

  @Test
  void theLibraryRunsAsANamedModule() {
    assertThat(CONTENT.isNamed()).isTrue();
    assertThat(CONTENT.getName()).isEqualTo("dev.epidural.content");
    assertThat(Procedure.class.getModule().getName()).isEqualTo("dev.epidural.model");
  }

  @Test
  void onlyTheApiPackagesAreExportedToEveryoneAndInternalOnesOnlyToTheCli() {
    Set<String> exported = CONTENT.getDescriptor().exports().stream().filter(e -> !e.isQualified())
        .map(java.lang.module.ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    assertThat(exported).containsExactlyInAnyOrder("dev.epidural.content", "dev.epidural.content.export");
    assertThat(CONTENT.getDescriptor().exports()).filteredOn(java.lang.module.ModuleDescriptor.Exports::isQualified)
        .allSatisfy(e -> assertThat(e.targets()).as(e.source()).containsExactly("dev.epidural.cli"));
    assertThat(CONTENT.getPackages()).filteredOn(p -> p.startsWith("dev.epidural.content.internal"))
        .isNotEmpty()
        .allSatisfy(p -> assertThat(CONTENT.isExported(p)).as(p).isFalse());
  }

  @Test
  void theBuiltInBundleLoads() {
    EpiduralContent content = EpiduralContent.builtIn();

    assertThat(content.items()).isNotEmpty();
    assertThat(content.report().errors()).isEmpty();
  }

  @Test
  void aBundleIsValidatedWithEveryStageIncludingBeanValidation(@TempDir Path tmp) {
    // A constraint only Hibernate Validator reports: it must read the records through the module.
    ValidationReport report = EpiduralContent.loader().from(fixture("shape-constraint", tmp.resolve("a")))
        .validate();

    assertThat(report.problems()).extracting(Problem::code).containsExactly("EPI-SHAPE-005");
    ValidationReport manifest = EpiduralContent.loader().from(fixture("man-version", tmp.resolve("b"))).validate();
    assertThat(manifest.problems()).extracting(Problem::code).contains("EPI-MAN-001");
  }

  /** An invalid fixture: the files it changes laid over the valid base bundle. */
  private static Path fixture(String name, Path into) {
    return Fixtures.patched(Fixtures.resource("invalid/" + name), into);
  }
}
