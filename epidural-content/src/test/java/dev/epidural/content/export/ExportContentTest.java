package dev.epidural.content.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.epidural.content.BundleInfo;
import dev.epidural.content.EpiduralContent;
import dev.epidural.content.UnvalidatedContent;
import dev.epidural.model.Audience;
import dev.epidural.model.FaqEntry;
import dev.epidural.model.Id;
import dev.epidural.model.Intent;
import dev.epidural.model.Item;
import dev.epidural.model.MedicationUse;
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
  void exportsReadTheLoadedContentAsItIsWithoutIndexingItAgain() {
    EpiduralContent loaded = Fixtures.loadFixture();
    ExportContent content = ExportContent.from(loaded);
    assertThat(content.items()).isSameAs(loaded.items());
    assertThat(content.all(FaqEntry.class)).isSameAs(loaded.all(FaqEntry.class));
    Procedure esi = loaded.item(Procedure.class, "lumbar-transforaminal-esi").orElseThrow();
    // The content's own view of the procedure, built once: the export follows no reference itself.
    assertThat(content.view(esi)).isSameAs(loaded.procedure("lumbar-transforaminal-esi").orElseThrow());
  }

  @Test
  void theViewOfAProcedureFollowsItsReferencesInItsOrder() {
    ProcedureStep first = step("first");
    ProcedureStep second = step("second");
    Procedure procedure = procedure(List.of(Id.of("second"), Id.of("first")), List.of());
    ExportContent content = records(List.of(procedure, first, second));
    assertThat(content.items()).containsExactly(procedure, first, second);
    assertThat(content.view(procedure).steps()).containsExactly(second, first);
  }

  /** Content of records the loader never saw; the loader's own tests hold it to refusing bad references. */
  private static ExportContent records(List<? extends Item> items) {
    return ExportContent.from(UnvalidatedContent.of(INFO, items));
  }

  @Test
  void exportersRefuseItemsFromOtherContent() {
    ExportContent content = records(List.of(step("inside")));
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
    ExportContent content = records(items);
    items.add(step("two"));
    assertThat(content.items()).hasSize(1);
    assertThat(content.toString()).isEqualTo("ExportContent[test 1, 1 items]");
  }
}
