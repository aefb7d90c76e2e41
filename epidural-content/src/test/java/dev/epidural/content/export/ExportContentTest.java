package dev.epidural.content.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.epidural.content.BundleInfo;
import dev.epidural.content.EpiduralContent;
import dev.epidural.model.Audience;
import dev.epidural.model.FaqEntry;
import dev.epidural.model.Id;
import dev.epidural.model.Intent;
import dev.epidural.model.Item;
import dev.epidural.model.MedicationUse;
import dev.epidural.model.PreparationInstruction;
import dev.epidural.model.Procedure;
import dev.epidural.model.ProcedureStep;
import dev.epidural.model.Source;
import dev.epidural.model.SpinalRegion;
import dev.epidural.model.Text;
import dev.epidural.model.WorkflowPhase;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExportContentTest {

  private static final Source SOURCE = new Source(Id.of("a-source"), "A source", "A publisher",
      Optional.of("https://example.org/a"), Optional.empty(), Optional.empty());
  private static final BundleInfo INFO = new BundleInfo("test", "1", "Test", Locale.ENGLISH, "Tester", "CC0-1.0",
      List.of(SOURCE));

  private static ProcedureStep step(String id) {
    return new ProcedureStep(Id.of(id), WorkflowPhase.INTERVENTION, Text.of("Step " + id), Text.of("Does " + id),
        List.of(Fixtures.cite("a-source")), Fixtures.sourced());
  }

  private static Procedure procedure(List<Id<ProcedureStep>> steps, List<MedicationUse> medications) {
    return new Procedure(Id.of("a-procedure"), Text.of("A procedure"), Text.of("What it is"), Intent.THERAPEUTIC,
        Set.of(SpinalRegion.LUMBAR), Set.of(), Set.of(), Set.of(), medications, steps, List.of(), List.of(),
        List.of(), List.of(), List.of(), List.of(), List.of(Fixtures.cite("a-source")), Fixtures.sourced());
  }

  @Test
  void fromLoadedContentKeepsItsItemsInBundleOrderAndItsBundleInformation() {
    EpiduralContent loaded = Fixtures.loadFixture();
    ExportContent content = ExportContent.from(loaded);
    assertThat(content.items()).isEqualTo(loaded.items());
    assertThat(content.bundle()).isEqualTo(loaded.bundle());
    assertThat(content.all(FaqEntry.class)).isEqualTo(loaded.all(FaqEntry.class));
    assertThat(content.item(Procedure.class, "lumbar-transforaminal-esi"))
        .isEqualTo(loaded.item(Procedure.class, "lumbar-transforaminal-esi"));
    assertThat(content.item(FaqEntry.class, "lumbar-transforaminal-esi")).isEmpty();
    assertThat(content.item("no-such-item")).isEmpty();
  }

  @Test
  void recordsWhoseReferencesResolveMakeContent() {
    ProcedureStep first = step("first");
    ProcedureStep second = step("second");
    Procedure procedure = procedure(List.of(Id.of("second"), Id.of("first")), List.of());
    ExportContent content = ExportContent.of(INFO, List.of(procedure, first, second));
    assertThat(content.items()).containsExactly(procedure, first, second);
    assertThat(content.view(procedure).steps()).containsExactly(second, first);
  }

  @Test
  void duplicateIdsAreRefused() {
    assertThatThrownBy(() -> ExportContent.of(INFO, List.of(step("same"), step("same"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two items have the id 'same'");
  }

  @Test
  void everyUnresolvedReferenceIsNamed() {
    Procedure procedure = procedure(List.of(Id.of("missing-step")), List.of(MedicationUse.of("missing-drug")));
    assertThatThrownBy(() -> ExportContent.of(INFO, List.of(procedure)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a-procedure references 'missing-step', which is not among the items")
        .hasMessageContaining("a-procedure references 'missing-drug', which is not among the items");
  }

  @Test
  void aReferenceToAnItemOfAnotherKindIsRefused() {
    PreparationInstruction notAStep = new PreparationInstruction(Id.of("prep"), Text.of("Fast"),
        List.of(Fixtures.cite("a-source")), Fixtures.sourced());
    Procedure procedure = procedure(List.of(Id.of("prep")), List.of());
    assertThatThrownBy(() -> ExportContent.of(INFO, List.of(procedure, notAStep)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("references 'prep' as ProcedureStep, but it is a PreparationInstruction");
  }

  @Test
  void aCitationOfAnUnlistedSourceIsRefused() {
    ProcedureStep step = new ProcedureStep(Id.of("s"), WorkflowPhase.INTERVENTION, Text.of("S"), Text.of("D"),
        List.of(Fixtures.cite("unlisted")), Fixtures.sourced());
    assertThatThrownBy(() -> ExportContent.of(INFO, List.of(step)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("s cites source 'unlisted', which the bundle does not list");
  }

  @Test
  void duplicateSourcesAreRefused() {
    BundleInfo twice = new BundleInfo("t", "1", "T", Locale.ENGLISH, "P", "CC0-1.0", List.of(SOURCE, SOURCE));
    assertThatThrownBy(() -> ExportContent.of(twice, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two sources have the id 'a-source'");
  }

  @Test
  void exportersRefuseItemsFromOtherContent() {
    ExportContent content = ExportContent.of(INFO, List.of(step("inside")));
    ProcedureStep outside = step("outside");
    ExportOptions options = ExportOptions.of(Audience.PATIENT);
    assertThatThrownBy(() -> JsonExporter.of(content, options).item(outside))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside is not part of this content");
    assertThatThrownBy(() -> HtmlExporter.of(content, options).item(outside))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MarkdownExporter.of(content, options).item(outside))
        .isInstanceOf(IllegalArgumentException.class);
    // Same id, different record: not the content's item either.
    ProcedureStep impostor = new ProcedureStep(Id.of("inside"), WorkflowPhase.IMAGING, Text.of("Other"),
        Text.of("Other"), List.of(), Fixtures.sourced());
    assertThatThrownBy(() -> HtmlExporter.of(content, options).item(impostor))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theItemListIsCopied() {
    java.util.ArrayList<Item> items = new java.util.ArrayList<>(List.of(step("one")));
    ExportContent content = ExportContent.of(INFO, items);
    items.add(step("two"));
    assertThat(content.items()).hasSize(1);
    assertThat(content.toString()).isEqualTo("ExportContent[test 1, 1 items]");
  }
}
