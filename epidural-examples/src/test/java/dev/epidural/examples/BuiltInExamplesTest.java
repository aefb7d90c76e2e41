package dev.epidural.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.epidural.content.EpiduralContent;
import dev.epidural.content.ValidationReport;
import dev.epidural.model.Approach;
import dev.epidural.model.ApproachInfo;
import dev.epidural.model.Contraindication;
import dev.epidural.model.Procedure;
import dev.epidural.model.SpinalRegion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every example on the built-in bundle, as the README's first command and each {@code main} run
 * it. What the output must contain is read from the content, not written down here.
 */
class BuiltInExamplesTest {

  private static final EpiduralContent BUILT_IN = EpiduralContent.builtIn();

  @Test
  void quickstartNamesTheBundleEveryLumbarProcedureAndTheCervicalApproaches() {
    String out = String.join("\n", ExampleRuns.lines(o -> Quickstart.run(BUILT_IN, o)));

    assertThat(out).contains(BUILT_IN.bundle().title());
    for (Procedure p : BUILT_IN.all(Procedure.class)) {
      if (p.regions().contains(SpinalRegion.LUMBAR)) {
        assertThat(out).contains(p.name().text());
      }
    }
    List<ApproachInfo> cervical = BUILT_IN.all(ApproachInfo.class).stream()
        .filter(a -> a.regions().contains(SpinalRegion.CERVICAL)).toList();
    assertThat(cervical).extracting(ApproachInfo::approach)
        .containsExactlyInAnyOrder(Approach.INTERLAMINAR, Approach.TRANSFORAMINAL);
    String cervicalPart = out.substring(out.indexOf("cervical region"));
    cervical.forEach(a -> assertThat(cervicalPart).contains(a.name().text()));
  }

  @Test
  void regionLookupListsForEachRegionOnlyTheApproachesTheSourcesAllowThere() {
    List<String> lines = ExampleRuns.lines(o -> RegionApproachLookup.run(BUILT_IN, o));

    for (SpinalRegion r : SpinalRegion.values()) {
      String line = lines.stream().filter(l -> l.startsWith(r.code() + ":")).findFirst().orElseThrow();
      for (ApproachInfo a : BUILT_IN.all(ApproachInfo.class)) {
        assertThat(line.contains(a.approach().code())).as(line).isEqualTo(a.regions().contains(r));
      }
    }
  }

  @Test
  void contraindicationSearchFindsTheItemsWithTheFactorAndShowsTheirSources() {
    String out = String.join("\n", ExampleRuns.lines(o -> ContraindicationSearch.run(BUILT_IN, o)));
    List<Contraindication> anticoagulant = BUILT_IN.all(Contraindication.class).stream()
        .filter(c -> c.factors().contains("anticoagulant-use")).toList();

    assertThat(anticoagulant).isNotEmpty();
    anticoagulant.forEach(c -> assertThat(out).contains(c.name().text()));
    assertThat(out).contains("source:").contains("not advice");
  }

  @Test
  void theLocalizedViewFallsBackToTheBundleLocaleAndSaysSo() {
    List<String> lines = ExampleRuns.lines(o -> LocalizedPatientView.run(BUILT_IN, o));

    assertThat(lines).isNotEmpty();
    assertThat(lines).filteredOn(l -> l.matches(".* \\[[A-Za-z-]+]$") && !l.startsWith("Looking"))
        .isNotEmpty()
        .allSatisfy(l -> assertThat(l).endsWith("[" + BUILT_IN.bundle().locale().toLanguageTag() + "]"));
  }

  @Test
  void theOverlayExampleLaysTheClinicBundleOverTheBuiltInOne() {
    String out = String.join("\n", ExampleRuns.lines(o -> Overlay.run(BUILT_IN, o)));

    assertThat(out).contains("epidural-builtin < example-clinic").contains("replaced:  faq-cost")
        .contains("withdrawn: alt-intrathecal");
    assertThat(BUILT_IN.item("faq-cost")).isPresent();
    assertThat(BUILT_IN.item("alt-intrathecal")).isPresent();
  }

  @Test
  void validatingTheBuiltInBundleFromJavaFindsNoProblem() {
    List<String> lines = ExampleRuns.lines(o -> {
      ValidationReport report = ValidateBundle.run(EpiduralContent.loader().fromBuiltIn().strict(true), o);
      assertThat(report.problems()).isEmpty();
    });

    assertThat(lines).isNotEmpty();
  }

  @Test
  void theStaticSiteHasAPagePerProcedureAndAnFaqPage(@TempDir Path out) throws IOException {
    StaticSite.write(BUILT_IN, out);

    assertThat(out.resolve("index.html")).exists();
    assertThat(out.resolve("faq.html")).exists();
    try (var files = Files.list(out)) {
      assertThat(files.filter(f -> f.toString().endsWith(".html")).count())
          .isEqualTo(BUILT_IN.all(Procedure.class).size() + 2L);
    }
  }
}
