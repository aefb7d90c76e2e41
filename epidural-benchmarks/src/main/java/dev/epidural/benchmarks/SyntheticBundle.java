package dev.epidural.benchmarks;

import dev.epidural.content.internal.bind.BundleWriter;
import dev.epidural.content.internal.bind.Manifest;
import dev.epidural.model.Citation;
import dev.epidural.model.Contraindication;
import dev.epidural.model.DeliveryMode;
import dev.epidural.model.FaqEntry;
import dev.epidural.model.Id;
import dev.epidural.model.ImagingGuidance;
import dev.epidural.model.Intent;
import dev.epidural.model.Item;
import dev.epidural.model.Medication;
import dev.epidural.model.MedicationClass;
import dev.epidural.model.MedicationUse;
import dev.epidural.model.Procedure;
import dev.epidural.model.ProcedureStep;
import dev.epidural.model.Review;
import dev.epidural.model.ReviewStatus;
import dev.epidural.model.Source;
import dev.epidural.model.SpinalRegion;
import dev.epidural.model.Text;
import dev.epidural.model.WorkflowPhase;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a valid bundle of {@code n} items in files of at most 10,000 items: a mix of steps,
 * contraindications, FAQ entries, medications and procedures that reference them, so that the
 * integrity stage has real references to resolve.
 */
final class SyntheticBundle {

  static final int ITEMS_PER_FILE = 10_000;

  private SyntheticBundle() {}

  @SuppressWarnings("EnumOrdinal") // values()[i % n] only spreads synthetic items over the constants
  static Path write(int n) throws IOException {
    Path dir = Files.createTempDirectory("synthetic-" + n);
    Id<Source> source = Id.of("src-a");
    List<Citation> cites = List.of(new Citation(source, "section 4.2"));
    Review review = new Review(ReviewStatus.SOURCED, Optional.of(LocalDate.of(2026, 11, 21)),
        Optional.of(LocalDate.of(2099, 1, 1)));
    List<String> files = new ArrayList<>();
    List<Item> batch = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int group = i / 5;
      switch (i % 5) {
        case 0 -> batch.add(new ProcedureStep(Id.of("step-" + group), WorkflowPhase.values()[group % 6],
            Text.of("Step " + group), Text.of("The clinician reviews symptoms and history for case " + group + "."),
            cites, review));
        case 1 -> batch.add(new Contraindication(Id.of("ci-" + group), Text.of("Reason " + group),
            Optional.of(Text.of("Timing and management vary by drug and case.")),
            Set.of("local-infection", "factor-" + (group % 50)), cites, review));
        case 2 -> batch.add(new FaqEntry(Id.of("faq-" + group),
            Text.of("Is question " + group + " answered here?"),
            Text.of("Yes: answer " + group + " explains what varies from person to person.")
                .withPatient("Plain answer " + group + "."), cites, review));
        case 3 -> batch.add(new Medication(Id.of("med-" + group), MedicationClass.values()[group % 7],
            Text.of("Medication " + group), Text.of("Reduces nerve signalling for a time."),
            Optional.of(Text.of("Often quick.")), Optional.of(Text.of("Temporary.")), Optional.empty(),
            List.of(), cites, review));
        default -> batch.add(new Procedure(Id.of("procedure-" + group), Text.of("Procedure " + group),
            Text.of("A diagnostic injection, case " + group + "."), Intent.DIAGNOSTIC,
            EnumSet.of(SpinalRegion.values()[group % 4]), Set.of(), EnumSet.of(ImagingGuidance.FLUOROSCOPY),
            EnumSet.of(DeliveryMode.SINGLE_INJECTION),
            List.of(new MedicationUse(Id.of("med-" + group), Optional.empty(), Optional.empty())),
            List.of(Id.of("step-" + group)), List.of(), List.of(), List.of(Id.of("ci-" + group)), List.of(),
            List.of(), List.of(), cites, review));
      }
      if (batch.size() == ITEMS_PER_FILE || i == n - 1) {
        String name = "content-" + files.size() + ".json";
        Files.write(dir.resolve(name), BundleWriter.contentFile(batch));
        files.add(name);
        batch.clear();
      }
    }
    Manifest manifest = new Manifest(1, Id.of("synthetic"), "1", "Synthetic " + n, "en", "Benchmarks", "CC0-1.0",
        Optional.empty(), List.of(new Source(source, "Source A", "Publisher A", Optional.empty(), Optional.empty(),
        Optional.empty())), files, List.of(), List.of(), List.of());
    Files.write(dir.resolve("bundle.json"), BundleWriter.manifest(manifest));
    return dir;
  }

  /** Deletes a bundle written by {@link #write}: its files, then the folder. */
  static void delete(Path dir) throws IOException {
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
      for (Path f : files) {
        Files.delete(f);
      }
    }
    Files.delete(dir);
  }
}
