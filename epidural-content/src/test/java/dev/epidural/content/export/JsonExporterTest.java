package dev.epidural.content.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.epidural.content.EpiduralContent;
import dev.epidural.model.Audience;
import dev.epidural.model.FaqEntry;
import dev.epidural.model.Item;
import dev.epidural.model.Procedure;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonExporterTest {

  private final EpiduralContent loaded = Fixtures.loadFixture();
  private final ExportContent content = ExportContent.from(loaded);
  private final Procedure esi = content.item(Procedure.class, "lumbar-transforaminal-esi").orElseThrow();

  private Map<String, Object> catalogue(ExportOptions options) {
    return JsonTree.object(JsonExporter.of(content, options).catalogue());
  }

  private static Map<String, Object> item(Map<String, Object> document, String id) {
    List<Map<String, Object>> items = JsonTree.maps(document, "items");
    return items.stream().filter(i -> id.equals(i.get("id"))).findFirst()
        .orElseThrow(() -> new AssertionError("no item " + id));
  }

  @Test
  void theEnvelopeNamesFormatBundleAudienceAndLanguage() {
    Map<String, Object> doc = catalogue(ExportOptions.of(Audience.PATIENT));
    assertThat(doc.keySet()).containsExactly("format", "formatVersion", "bundle", "audience", "language", "sources",
        "items");
    assertThat(doc.get("format")).isEqualTo("epidural-sdk-export");
    assertThat(doc.get("formatVersion")).isEqualTo(1L);
    assertThat(JsonTree.map(doc, "bundle")).isEqualTo(Map.of(
        "id", "export-fixture", "version", "1.0.0", "title", "Export test clinic", "locale", "en",
        "publisher", "Example Clinic", "license", "CC-BY-4.0"));
    assertThat(doc.get("audience")).isEqualTo("patient");
    assertThat(doc.get("language")).isEqualTo("en");
  }

  @Test
  void theCatalogueHoldsEveryItemInBundleOrderWithItsType() {
    Map<String, Object> doc = catalogue(ExportOptions.of(Audience.PATIENT));
    List<Map<String, Object>> items = JsonTree.maps(doc, "items");
    assertThat(items).extracting(i -> i.get("id"))
        .containsExactlyElementsOf(loaded.items().stream().map(i -> i.id().value()).toList());
    assertThat(item(doc, "lumbar-transforaminal-esi").get("type")).isEqualTo("procedures");
    assertThat(item(doc, "step-placement").get("type")).isEqualTo("steps");
    assertThat(item(doc, "faq-how-long").get("type")).isEqualTo("faq");
    assertThat(item(doc, "region-lumbar").get("type")).isEqualTo("regions");
  }

  @Test
  void textsAreResolvedForTheAudienceChosen() {
    Map<String, Object> patient = catalogue(ExportOptions.of(Audience.PATIENT));
    Map<String, Object> clinician = catalogue(ExportOptions.of(Audience.CLINICIAN));
    assertThat(item(patient, "lumbar-transforaminal-esi").get("summary")).isEqualTo(
        "Medicine is placed next to one irritated nerve in the lower back, using X-ray to guide the needle.");
    assertThat(item(clinician, "lumbar-transforaminal-esi").get("summary"))
        .isEqualTo("A steroid is placed next to one lumbar nerve root under fluoroscopy.");
    assertThat(item(clinician, "faq-does-it-hurt").get("answer"))
        .isEqualTo("Local anaesthetic is infiltrated first; patients usually report pressure.");
    assertThat(item(patient, "faq-does-it-hurt").get("answer"))
        .isEqualTo("The skin is numbed first; most people feel pressure rather than pain.");
    assertThat(clinician.get("audience")).isEqualTo("clinician");
  }

  @Test
  void aProcedureKeepsItsReferencesAsIdsInOrderAndItsCodes() {
    Map<String, Object> procedure = item(catalogue(ExportOptions.of(Audience.PATIENT)), "lumbar-transforaminal-esi");
    assertThat(JsonTree.list(procedure, "steps"))
        .containsExactly("step-check-in", "step-positioning", "step-placement", "step-observation");
    assertThat(JsonTree.list(procedure, "regions")).containsExactly("lumbar");
    assertThat(procedure.get("intent")).isEqualTo("therapeutic");
    assertThat(JsonTree.map(procedure, "medications", 0))
        .containsEntry("medication", "med-test-steroid")
        .containsEntry("volume", Map.of("low", 1.0, "high", 2.0, "unit", "mL"));
    assertThat(JsonTree.map(procedure, "medications", 1)).containsOnlyKeys("medication");
    assertThat(JsonTree.map(procedure, "codings", 0)).isEqualTo(Map.of(
        "system", "http://id.nlm.nih.gov/mesh", "code", "D015360", "display", "Injections, Epidural"));
  }

  @Test
  void absentOptionalTextsAreOmittedAndEmptyListsWritten() {
    Map<String, Object> doc = catalogue(ExportOptions.of(Audience.PATIENT));
    assertThat(item(doc, "ci-infection")).doesNotContainKey("note");
    assertThat(item(doc, "ci-bleeding")).containsEntry("note", "Tell the team if you take blood thinners.");
    assertThat(item(doc, "med-contrast")).containsEntry("codings", List.of()).doesNotContainKey("onset");
  }

  @Test
  void citationsCarryTheSourceTitleLocatorAndLink() {
    Map<String, Object> doc = catalogue(ExportOptions.of(Audience.PATIENT));
    assertThat(JsonTree.list(item(doc, "step-placement"), "sources")).containsExactly(Map.of(
        "source", "radiographics-2017-esi",
        "title", "Guided Epidural Injections: A Test Fixture",
        "locator", "abstract: epidurography before delivery",
        "url", "https://doi.org/10.1148/rg.2017160043"));
    assertThat(JsonTree.list(item(doc, "step-check-in"), "sources")).containsExactly(Map.of(
        "source", "example-clinic-leaflet", "title", "Your epidural injection: a leaflet for patients",
        "locator", "before your injection", "url", "https://example.org/leaflets/epidural-injection"));
    assertThat(JsonTree.list(doc, "sources")).extracting(s -> (Object) ((Map<?, ?>) s).get("id"))
        .containsExactly("radiographics-2017-esi", "example-clinic-leaflet");
    assertThat(JsonTree.map(doc, "sources", 0)).containsEntry("doi", "10.1148/rg.2017160043")
        .containsEntry("published", "2016-12-09").doesNotContainKey("url");
  }

  @Test
  void everyItemCarriesItsReviewAsGiven() {
    Map<String, Object> doc = catalogue(ExportOptions.of(Audience.PATIENT));
    assertThat(JsonTree.map(item(doc, "lumbar-transforaminal-esi"), "review")).isEqualTo(
        Map.of("status", "sourced", "clinicallyReviewed", false, "lastReviewed", "2026-11-21",
            "nextReview", "2027-11-21"));
    assertThat(JsonTree.map(item(doc, "lumbar-selective-nerve-root-block"), "review"))
        .containsEntry("status", "clinically-reviewed").containsEntry("clinicallyReviewed", true)
        .containsEntry("lastReviewed", "2026-10-01");
  }

  @Test
  void oneItemComesWithTheItemsItReferencesAndOnlyTheSourcesTheyCite() {
    Map<String, Object> doc = JsonTree.object(JsonExporter.of(content, ExportOptions.of(Audience.PATIENT)).item(esi));
    assertThat(doc.get("subject")).isEqualTo("lumbar-transforaminal-esi");
    List<Map<String, Object>> items = JsonTree.maps(doc, "items");
    assertThat(items).extracting(i -> i.get("id")).containsExactly("lumbar-transforaminal-esi",
        "step-check-in", "step-positioning", "step-placement", "step-observation", "prep-driver",
        "med-test-steroid", "med-contrast", "ind-radicular-pain", "ci-infection", "ci-bleeding",
        "comp-temporary-pain", "ac-rest");

    FaqEntry faq = content.item(FaqEntry.class, "faq-does-it-hurt").orElseThrow();
    Map<String, Object> one = JsonTree.object(JsonExporter.of(content, ExportOptions.of(Audience.PATIENT)).item(faq));
    assertThat(JsonTree.list(one, "items")).hasSize(1);
    assertThat(JsonTree.list(one, "sources")).extracting(s -> (Object) ((Map<?, ?>) s).get("id"))
        .containsExactly("example-clinic-leaflet");
  }

  @Test
  void theSameContentGivesTheSameBytes() {
    ExportContent again = ExportContent.from(Fixtures.loadFixture());
    for (ExportOptions options : List.of(ExportOptions.of(Audience.PATIENT),
        ExportOptions.of(Audience.CLINICIAN).withPretty(true))) {
      byte[] first = JsonExporter.of(content, options).catalogue().getBytes(StandardCharsets.UTF_8);
      byte[] second = JsonExporter.of(again, options).catalogue().getBytes(StandardCharsets.UTF_8);
      assertThat(second).isEqualTo(first);
    }
  }

  @Test
  void prettyAndCompactOutputsHoldTheSameDocument() {
    String compact = JsonExporter.of(content, ExportOptions.of(Audience.PATIENT)).catalogue();
    String pretty = JsonExporter.of(content, ExportOptions.of(Audience.PATIENT).withPretty(true)).catalogue();
    assertThat(compact).doesNotContain("\n");
    assertThat(pretty).contains("\n  \"format\": \"epidural-sdk-export\",\n").doesNotContain("\r");
    assertThat(JsonTree.parse(pretty)).isEqualTo(JsonTree.parse(compact));
  }

  @Test
  void aPluggedInResolverAndLanguageAreUsed() {
    TextResolver spanish = (text, audience) -> text.text().equals("How long does it take?")
        ? "¿Cuánto dura?" : text.forAudience(audience);
    ExportOptions options = ExportOptions.of(Audience.PATIENT).withTextResolver(spanish)
        .withLanguage(Locale.forLanguageTag("es"));
    Map<String, Object> doc = catalogue(options);
    assertThat(doc.get("language")).isEqualTo("es");
    assertThat(item(doc, "faq-how-long").get("question")).isEqualTo("¿Cuánto dura?");
    assertThat(item(doc, "faq-does-it-hurt").get("question")).isEqualTo("Does the injection hurt?");
  }

  @Test
  void hostileTextsStayTextAndCannotCloseAScriptElement() {
    ExportContent hostile = Fixtures.hostile();
    String json = JsonExporter.of(hostile, ExportOptions.of(Audience.PATIENT)).catalogue();
    assertThat(json).doesNotContain("<", ">", "&", "\u2028", "\u2029");
    Object doc = JsonTree.parse(json);
    List<String> strings = JsonTree.strings(doc);
    assertThat(strings).contains("Procedure " + Fixtures.SCRIPT_BREAKOUT, "Summary " + Fixtures.IMG_ONERROR,
        "Prepare " + Fixtures.COMMENT_AND_SEPARATORS);
    // The javascript: URL of the source is not offered as a link.
    assertThat(strings).noneMatch(s -> s.startsWith("javascript:"));
    assertThat(JsonTree.map(doc, "sources", 0)).doesNotContainKey("url");
  }

  @Test
  void everyKindOfItemIsExported() {
    for (Item item : loaded.items()) {
      Map<String, Object> one = JsonTree.object(JsonExporter.of(content, ExportOptions.of(Audience.PATIENT))
          .item(item));
      assertThat(JsonTree.map(one, "items", 0).get("id")).isEqualTo(item.id().value());
      assertThat(JsonTree.map(one, "items", 0).get("type")).isEqualTo(JsonExporter.typeOf(item));
    }
  }
}
