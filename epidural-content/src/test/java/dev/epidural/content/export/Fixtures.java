package dev.epidural.content.export;

import dev.epidural.content.BundleInfo;
import dev.epidural.content.UnvalidatedContent;
import dev.epidural.content.EpiduralContent;
import dev.epidural.model.AftercareInstruction;
import dev.epidural.model.Citation;
import dev.epidural.model.Complication;
import dev.epidural.model.Contraindication;
import dev.epidural.model.FaqEntry;
import dev.epidural.model.Id;
import dev.epidural.model.Indication;
import dev.epidural.model.Intent;
import dev.epidural.model.Item;
import dev.epidural.model.Medication;
import dev.epidural.model.MedicationClass;
import dev.epidural.model.MedicationUse;
import dev.epidural.model.PreparationInstruction;
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

/** Test content: the fixture bundle on the class path, and hostile content built from records. */
final class Fixtures {

  /** Where the fixture bundle lies on the test class path. */
  static final String BUNDLE = "dev/epidural/content/export/fixture";

  /** A text that ends a script element and starts another. */
  static final String SCRIPT_BREAKOUT = "</script><script>window.__pwned=1</script>";
  /** A text that is an image with an event handler. */
  static final String IMG_ONERROR = "<img src=x onerror=\"window.__pwned=1\">";
  /** A URL that runs script when followed. */
  static final String JAVASCRIPT_URL = "javascript:window.__pwned=1";
  /** A text that opens an HTML comment, escapes a script's string and carries the JavaScript line separators. */
  static final String COMMENT_AND_SEPARATORS = "<!-- ' \" & \u2028 \u2029 -->";

  private Fixtures() {}

  /** A fresh load of the fixture bundle. */
  static EpiduralContent loadFixture() {
    return EpiduralContent.loader().fromClasspath(Fixtures.class.getClassLoader(), BUNDLE).load();
  }

  static ExportContent fixture() {
    return ExportContent.from(loadFixture());
  }

  static Review sourced() {
    return new Review(ReviewStatus.SOURCED, Optional.of(LocalDate.of(2026, 11, 21)), Optional.empty());
  }

  static Citation cite(String source) {
    return Citation.of(source, "section 1");
  }

  /** A one-procedure content whose every text, source title and URL is hostile. */
  static ExportContent hostile() {
    Source evil = new Source(Id.of("evil-source"), "Evil " + SCRIPT_BREAKOUT, "Publisher " + IMG_ONERROR,
        Optional.of(JAVASCRIPT_URL), Optional.empty(), Optional.empty());
    BundleInfo info = new BundleInfo("hostile", "1.0.0", "Hostile " + SCRIPT_BREAKOUT, Locale.ENGLISH,
        "Publisher " + IMG_ONERROR, "CC-BY-4.0", List.of(evil));
    List<Citation> cites = List.of(Citation.of("evil-source", "locator " + IMG_ONERROR));
    ProcedureStep step = new ProcedureStep(Id.of("step-evil"), WorkflowPhase.INTERVENTION,
        Text.of("Step " + SCRIPT_BREAKOUT), Text.of("Description " + IMG_ONERROR), cites, sourced());
    PreparationInstruction prep = new PreparationInstruction(Id.of("prep-evil"),
        Text.of("Prepare " + COMMENT_AND_SEPARATORS), cites, sourced());
    Medication medication = new Medication(Id.of("med-evil"), MedicationClass.CORTICOSTEROID,
        Text.of("Drug " + SCRIPT_BREAKOUT), Text.of("Action " + IMG_ONERROR), Optional.empty(), Optional.empty(),
        Optional.empty(), List.of(), cites, sourced());
    Indication indication = new Indication(Id.of("ind-evil"), Text.of("Indication " + IMG_ONERROR),
        Optional.of(Text.of("Note " + SCRIPT_BREAKOUT)), Set.of(Intent.THERAPEUTIC), cites, sourced());
    Contraindication contraindication = new Contraindication(Id.of("ci-evil"),
        Text.of("Contraindication " + SCRIPT_BREAKOUT), Optional.empty(), Set.of("evil"), cites, sourced());
    Complication complication = new Complication(Id.of("comp-evil"), Text.of("Complication " + IMG_ONERROR),
        Optional.of(Text.of("[click](" + JAVASCRIPT_URL + ")")), cites, sourced());
    AftercareInstruction aftercare = new AftercareInstruction(Id.of("ac-evil"),
        Text.of("Aftercare " + COMMENT_AND_SEPARATORS), Set.of(), cites, sourced());
    Procedure procedure = new Procedure(Id.of("evil-procedure"), Text.of("Procedure " + SCRIPT_BREAKOUT),
        Text.of("Summary " + IMG_ONERROR), Intent.THERAPEUTIC, Set.of(SpinalRegion.LUMBAR), Set.of(), Set.of(),
        Set.of(), List.of(MedicationUse.of("med-evil")), List.of(Id.of("step-evil")), List.of(Id.of("prep-evil")),
        List.of(Id.of("ind-evil")), List.of(Id.of("ci-evil")), List.of(Id.of("comp-evil")),
        List.of(Id.of("ac-evil")), List.of(), cites, sourced());
    FaqEntry faq = new FaqEntry(Id.of("faq-evil"), Text.of("Question " + SCRIPT_BREAKOUT),
        Text.of("Answer " + IMG_ONERROR + "\n" + JAVASCRIPT_URL), cites, sourced());
    List<Item> items = List.of(procedure, step, prep, medication, indication, contraindication, complication,
        aftercare, faq);
    return ExportContent.from(UnvalidatedContent.of(info, items));
  }
}
