package dev.epidural.examples.site;

import dev.epidural.content.BundleInfo;
import dev.epidural.content.EpiduralContent;
import dev.epidural.content.UnvalidatedContent;
import dev.epidural.content.export.ExportContent;
import dev.epidural.model.Citation;
import dev.epidural.model.FaqEntry;
import dev.epidural.model.Id;
import dev.epidural.model.Intent;
import dev.epidural.model.Item;
import dev.epidural.model.Procedure;
import dev.epidural.model.ProcedureStep;
import dev.epidural.model.Review;
import dev.epidural.model.ReviewStatus;
import dev.epidural.model.Source;
import dev.epidural.model.SpinalRegion;
import dev.epidural.model.Text;
import dev.epidural.model.WorkflowPhase;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The content the site tests write: a fixture bundle, and hostile content that only records the
 * loader never saw can carry (from the content module's test jar).
 */
final class SiteFixtures {

  static final String SCRIPT_BREAKOUT = "</script><script>window.__pwned=1</script>";
  static final String IMG_ONERROR = "<img src=x onerror=\"window.__pwned=1\">";
  static final String JAVASCRIPT_URL = "javascript:window.__pwned=1";

  private SiteFixtures() {}

  static EpiduralContent bundle() {
    return EpiduralContent.loader()
        .fromClasspath(SiteFixtures.class.getClassLoader(), "dev/epidural/examples/site/bundle")
        .load();
  }

  /** A procedure, a step and a FAQ entry whose texts are script, markup and a javascript: link. */
  static ExportContent hostile() {
    Review review = new Review(ReviewStatus.SOURCED, Optional.of(LocalDate.of(2026, 11, 21)), Optional.empty());
    Source source = new Source(Id.of("evil-source"), "Source " + SCRIPT_BREAKOUT, "Publisher",
        Optional.of(JAVASCRIPT_URL), Optional.empty(), Optional.empty());
    BundleInfo info = new BundleInfo("hostile", "1.0.0", "Hostile " + IMG_ONERROR, Locale.ENGLISH, "Publisher",
        "CC-BY-4.0", List.of(source));
    List<Citation> cites = List.of(Citation.of("evil-source", "locator " + IMG_ONERROR));
    ProcedureStep step = new ProcedureStep(Id.of("step-evil"), WorkflowPhase.INTERVENTION,
        Text.of("Step " + SCRIPT_BREAKOUT), Text.of("Then " + IMG_ONERROR), cites, review);
    Procedure procedure = new Procedure(Id.of("evil-procedure"), Text.of("Procedure " + SCRIPT_BREAKOUT),
        Text.of("Summary " + IMG_ONERROR + " see " + JAVASCRIPT_URL), Intent.THERAPEUTIC, Set.of(SpinalRegion.LUMBAR),
        Set.of(), Set.of(), Set.of(), List.of(), List.of(Id.of("step-evil")), List.of(), List.of(), List.of(),
        List.of(), List.of(), List.of(), cites, review);
    FaqEntry faq = new FaqEntry(Id.of("faq-evil"), Text.of("Question " + SCRIPT_BREAKOUT),
        Text.of("Answer " + IMG_ONERROR), cites, review);
    return ExportContent.from(UnvalidatedContent.of(info, List.<Item>of(procedure, step, faq)));
  }
}
