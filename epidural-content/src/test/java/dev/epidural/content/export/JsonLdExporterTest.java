package dev.epidural.content.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.epidural.content.BundleInfo;
import dev.epidural.content.UnvalidatedContent;
import dev.epidural.model.Audience;
import dev.epidural.model.Coding;
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
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JsonLdExporterTest {

  private final ExportContent content = Fixtures.fixture();
  private final Procedure esi = content.item(Procedure.class, "lumbar-transforaminal-esi").orElseThrow();
  private final Procedure block = content.item(Procedure.class, "lumbar-selective-nerve-root-block").orElseThrow();

  private Map<String, Object> page(Procedure procedure, ExportOptions options) {
    return JsonTree.object(JsonLdExporter.of(content, options).procedurePage(procedure).json());
  }

  private Map<String, Object> patientPage(Procedure procedure) {
    return page(procedure, ExportOptions.of(Audience.PATIENT));
  }

  @ParameterizedTest
  @EnumSource(Intent.class)
  void theProcedureTypeFollowsTheIntent(Intent intent) {
    String expected = switch (intent) {
      case THERAPEUTIC, BLOOD_PATCH -> "TherapeuticProcedure";
      case DIAGNOSTIC -> "DiagnosticProcedure";
      case ANESTHETIC_ANALGESIC -> "MedicalProcedure";
    };
    assertThat(JsonLdExporter.schemaType(intent)).isEqualTo(expected);
  }

  @Test
  void aProcedurePageIsAMedicalWebPageAboutTheProcedure() {
    Map<String, Object> page = patientPage(esi);
    assertThat(page.get("@context")).isEqualTo("https://schema.org");
    assertThat(page.get("@type")).isEqualTo("MedicalWebPage");
    assertThat(page.get("name")).isEqualTo("Lumbar transforaminal epidural steroid injection");
    assertThat(page.get("inLanguage")).isEqualTo("en");
    assertThat(JsonTree.map(page, "medicalAudience"))
        .isEqualTo(Map.of("@type", "MedicalAudience", "audienceType", "Patient"));
    assertThat(JsonTree.map(page, "publisher")).isEqualTo(Map.of("@type", "Organization", "name", "Example Clinic"));
    Map<String, Object> procedure = JsonTree.map(page, "mainEntity");
    assertThat(procedure.get("@type")).isEqualTo("TherapeuticProcedure");
    assertThat(procedure.get("name")).isEqualTo("Lumbar transforaminal epidural steroid injection");
    assertThat(procedure.get("description")).isEqualTo(
        "Medicine is placed next to one irritated nerve in the lower back, using X-ray to guide the needle.");
    // An enumeration member is a node reference: a plain string would be read as text.
    assertThat(procedure.get("procedureType")).isEqualTo(Map.of("@id", "https://schema.org/PercutaneousProcedure"));
    assertThat(JsonTree.map(patientPage(block), "mainEntity").get("@type")).isEqualTo("DiagnosticProcedure");
  }

  @Test
  void theProcedureCarriesItsLocationStepsPreparationAndFollowUp() {
    Map<String, Object> procedure = JsonTree.map(patientPage(esi), "mainEntity");
    assertThat(JsonTree.list(procedure, "bodyLocation")).containsExactly("Lower back");
    assertThat(JsonTree.list(JsonTree.map(page(esi, ExportOptions.of(Audience.CLINICIAN)), "mainEntity"),
        "bodyLocation")).containsExactly("Lumbar spine");
    assertThat(procedure.get("howPerformed")).isEqualTo(String.join("\n",
        "1. Check-in: The team checks your health, your medicines and your consent.",
        "2. Positioning: You lie on your front; the skin is cleaned and numbed.",
        "3. Placement: Under fluoroscopy, the needle is advanced and contrast confirms its position before the drug"
            + " is given.",
        "4. Observation: You rest for a short while before going home."));
    assertThat(JsonTree.list(procedure, "preparation")).containsExactly("Arrange for someone to take you home.");
    assertThat(JsonTree.list(procedure, "followup")).containsExactly("Take it easy for the rest of the day.");
  }

  @Test
  void aTherapeuticProcedureCarriesItsComplicationsAndDrugsAndThePageMentionsTheRest() {
    Map<String, Object> page = patientPage(esi);
    Map<String, Object> procedure = JsonTree.map(page, "mainEntity");
    assertThat(JsonTree.list(procedure, "adverseOutcome")).containsExactly(Map.of("@type", "MedicalEntity",
        "name", "Temporary increase in pain", "description", "Soreness at the injection site for a day or two."));
    assertThat(JsonTree.list(procedure, "drug")).containsExactly(
        Map.of("@type", "Drug", "name", "Test steroid", "code", List.of(Map.of("@type", "MedicalCode",
            "codeValue", "H02AB", "codingSystem", "ATC", "name", "Glucocorticoids"))),
        Map.of("@type", "Drug", "name", "Contrast medium"));
    assertThat(JsonTree.list(procedure, "code")).containsExactly(Map.of("@type", "MedicalCode",
        "codeValue", "D015360", "codingSystem", "MeSH", "name", "Injections, Epidural"));
    // schema.org has no indication property, and contraindication is not a procedure's.
    assertThat(procedure).doesNotContainKeys("indication", "contraindication", "mentions");
    assertThat(JsonTree.list(page, "mentions")).containsExactly(
        Map.of("@type", "MedicalIndication", "name", "Pain that spreads down the leg",
            "description", "When a nerve root is irritated."),
        Map.of("@type", "MedicalContraindication", "name", "Infection at the injection site"),
        Map.of("@type", "MedicalContraindication", "name", "Bleeding disorder or blood thinners",
            "description", "Tell the team if you take blood thinners."));
  }

  @ParameterizedTest
  @EnumSource(value = Intent.class, names = {"DIAGNOSTIC", "ANESTHETIC_ANALGESIC"})
  void aProcedureOfAnotherTypeLeavesItsComplicationsAndDrugsToThePage(Intent intent) {
    ExportContent hostile = withIntent(Fixtures.hostile(), "evil-procedure", intent);
    JsonLdExporter ld = JsonLdExporter.of(hostile, ExportOptions.of(Audience.CLINICIAN));
    Procedure procedure = hostile.item(Procedure.class, "evil-procedure").orElseThrow();
    Map<String, Object> page = JsonTree.object(ld.procedurePage(procedure).json());
    assertThat(JsonTree.map(page, "mainEntity")).doesNotContainKeys("adverseOutcome", "drug", "indication",
        "contraindication");
    assertThat(JsonTree.maps(page, "mentions")).extracting(m -> m.get("@type"))
        .containsExactly("MedicalIndication", "MedicalContraindication", "MedicalEntity", "Drug");
    assertThat(JsonTree.object(ld.procedure(procedure).json())).doesNotContainKeys("adverseOutcome", "drug",
        "mentions");
  }

  /** The same content with one procedure's intent changed. */
  private static ExportContent withIntent(ExportContent content, String id, Intent intent) {
    List<Item> items = content.items().stream().map(item -> item instanceof Procedure p && p.id().value().equals(id)
        ? new Procedure(p.id(), p.name(), p.summary(), intent, p.regions(), p.approaches(), p.guidance(),
            p.delivery(), p.medications(), p.steps(), p.preparation(), p.indications(), p.contraindications(),
            p.complications(), p.aftercare(), p.codings(), p.sources(), p.review())
        : item).toList();
    return ExportContent.from(UnvalidatedContent.of(content.bundle(), items));
  }

  @Test
  void emptyListsAndMissingCodesAreLeftOut() {
    Map<String, Object> procedure = JsonTree.map(patientPage(block), "mainEntity");
    assertThat(procedure).doesNotContainKeys("code", "drug", "preparation", "followup", "indication",
        "contraindication", "adverseOutcome");
    assertThat(patientPage(block)).doesNotContainKey("mentions");
  }

  @Test
  void codingSystemsAreNamedAsReadersKnowThem() {
    assertThat(JsonLdExporter.codingSystem(Coding.SNOMED_CT)).isEqualTo("SNOMED CT");
    assertThat(JsonLdExporter.codingSystem(Coding.RXNORM)).isEqualTo("RxNorm");
    assertThat(JsonLdExporter.codingSystem(Coding.ATC)).isEqualTo("ATC");
    assertThat(JsonLdExporter.codingSystem(Coding.MESH)).isEqualTo("MeSH");
    assertThat(JsonLdExporter.codingSystem("urn:oid:1.2.3")).isEqualTo("urn:oid:1.2.3");
  }

  @Test
  void citationsAreCreativeWorksWithTheirLinks() {
    List<Object> citations = JsonTree.list(patientPage(esi), "citation");
    assertThat(citations).containsExactly(
        Map.of("@type", "CreativeWork",
            "name", "Guided Epidural Injections: A Test Fixture",
            "url", "https://doi.org/10.1148/rg.2017160043",
            "publisher", Map.of("@type", "Organization", "name", "Radiographics"),
            "datePublished", "2016-12-09"),
        Map.of("@type", "CreativeWork", "name", "Your epidural injection: a leaflet for patients",
            "url", "https://example.org/leaflets/epidural-injection",
            "publisher", Map.of("@type", "Organization", "name", "Example Clinic")));
  }

  @Test
  void noReviewIsClaimedUnlessASignOffBacksEverythingShown() {
    Map<String, Object> sourced = patientPage(esi);
    assertThat(sourced).doesNotContainKey("lastReviewed");
    // The block itself has an approval (2026-10-01); its steps were only checked against the sources.
    assertThat(patientPage(block)).doesNotContainKey("lastReviewed");
    for (Map<String, Object> page : List.of(sourced, patientPage(block))) {
      assertThat(JsonTree.all(page, "reviewedBy")).isEmpty();
    }
  }

  @Test
  void noDateIsClaimedForADraftOrWhenAnItemHasNone() {
    assertThat(pageOfOneStep(new Review(ReviewStatus.DRAFT, Optional.of(LocalDate.of(2026, 1, 2)),
        Optional.empty()))).doesNotContainKeys("lastReviewed", "reviewedBy");
    assertThat(pageOfOneStep(Review.of(ReviewStatus.SOURCED))).doesNotContainKeys("lastReviewed", "reviewedBy");
    assertThat(pageOfOneStep(new Review(ReviewStatus.CLINICALLY_REVIEWED, Optional.of(LocalDate.of(2026, 3, 4)),
        Optional.empty()))).doesNotContainKeys("lastReviewed", "reviewedBy");
  }

  private static Map<String, Object> pageOfOneStep(Review review) {
    Source source = new Source(Id.of("s"), "S", "P", Optional.empty(), Optional.empty(), Optional.empty());
    BundleInfo info = new BundleInfo("b", "1", "B", Locale.ENGLISH, "P", "CC0-1.0", List.of(source));
    ProcedureStep step = new ProcedureStep(Id.of("step"), WorkflowPhase.INTERVENTION, Text.of("Step"),
        Text.of("Does"), List.of(Fixtures.cite("s")), review);
    Procedure procedure = new Procedure(Id.of("p"), Text.of("P"), Text.of("Summary"), Intent.ANESTHETIC_ANALGESIC,
        Set.of(SpinalRegion.THORACIC), Set.of(), Set.of(), Set.of(), List.of(), List.of(Id.of("step")), List.of(),
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of(Fixtures.cite("s")), review);
    ExportContent content = ExportContent.from(UnvalidatedContent.of(info, List.<Item>of(procedure, step)));
    Map<String, Object> page = JsonTree.object(JsonLdExporter.of(content, ExportOptions.of(Audience.PATIENT))
        .procedurePage(procedure).json());
    assertThat(JsonTree.map(page, "mainEntity").get("@type")).isEqualTo("MedicalProcedure");
    // Without a region fact the region's code names the body location.
    assertThat(JsonTree.list(page, "mainEntity", "bodyLocation")).containsExactly("thoracic");
    return page;
  }

  @Test
  void theAudienceAndLanguageFollowTheOptions() {
    Map<String, Object> page = page(esi, ExportOptions.of(Audience.CLINICIAN).withLanguage(Locale.forLanguageTag("es-MX")));
    assertThat(JsonTree.map(page, "medicalAudience").get("audienceType")).isEqualTo("Clinician");
    assertThat(page.get("inLanguage")).isEqualTo("es-MX");
  }

  @Test
  void theFaqPageHoldsEachQuestionWithItsAnswerInOrder() {
    Map<String, Object> page = JsonTree.object(JsonLdExporter.of(content, ExportOptions.of(Audience.PATIENT))
        .faqPage().json());
    assertThat(JsonTree.list(page, "@type")).containsExactly("MedicalWebPage", "FAQPage");
    assertThat(JsonTree.list(page, "mainEntity")).containsExactly(
        Map.of("@type", "Question", "name", "Does the injection hurt?", "acceptedAnswer",
            Map.of("@type", "Answer", "text", "The skin is numbed first; most people feel pressure rather than pain.")),
        Map.of("@type", "Question", "name", "How long does it take?", "acceptedAnswer",
            Map.of("@type", "Answer", "text",
                "The injection itself takes a few minutes.\n\nPlan to stay about an hour in total.")));
    assertThat(page).doesNotContainKey("lastReviewed");
    assertThat(JsonTree.list(page, "citation")).hasSize(2);
  }

  @Test
  void theIndexPageListsTheProceduresByType() {
    Map<String, Object> page = JsonTree.object(JsonLdExporter.of(content, ExportOptions.of(Audience.PATIENT))
        .indexPage(content.all(Procedure.class)).json());
    assertThat(page.get("name")).isEqualTo("Export test clinic");
    assertThat(JsonTree.maps(page, "about")).extracting(m -> m.get("@type"))
        .containsExactly("TherapeuticProcedure", "DiagnosticProcedure");
    assertThat(page).doesNotContainKey("lastReviewed");
  }

  @Test
  void theProcedureAloneHasItsOwnContext() {
    Map<String, Object> node = JsonTree.object(JsonLdExporter.of(content, ExportOptions.of(Audience.PATIENT))
        .procedure(esi).json());
    assertThat(node.get("@context")).isEqualTo("https://schema.org");
    assertThat(node.get("@type")).isEqualTo("TherapeuticProcedure");
    assertThat(node).doesNotContainKeys("mainEntity", "lastReviewed");
  }

  @Test
  void hostileTextsCannotLeaveTheScriptElement() {
    ExportContent hostile = Fixtures.hostile();
    Procedure procedure = hostile.item(Procedure.class, "evil-procedure").orElseThrow();
    JsonLdExporter ld = JsonLdExporter.of(hostile, ExportOptions.of(Audience.PATIENT).withPretty(true));
    for (JsonLd doc : List.of(ld.procedurePage(procedure), ld.faqPage(), ld.indexPage(List.of(procedure)),
        ld.procedure(procedure))) {
      assertThat(doc.json()).doesNotContain("<", ">", "&", "\u2028", "\u2029");
      String element = doc.scriptElement().html();
      assertThat(element).startsWith("<script type=\"application/ld+json\">").endsWith("</script>");
      assertThat(element.indexOf("</")).isEqualTo(element.length() - "</script>".length());
      assertThat(element).doesNotContain("<!--");
      List<String> strings = JsonTree.strings(JsonTree.parse(doc.json()));
      assertThat(strings).noneMatch(s -> s.startsWith("javascript:"));
    }
    Map<String, Object> page = JsonTree.object(ld.procedurePage(procedure).json());
    assertThat(page.get("name")).isEqualTo("Procedure " + Fixtures.SCRIPT_BREAKOUT);
    assertThat(JsonTree.list(page, "mainEntity", "preparation"))
        .containsExactly("Prepare " + Fixtures.COMMENT_AND_SEPARATORS);
    assertThat(JsonTree.map(page, "citation", 0)).doesNotContainKey("url")
        .containsEntry("name", "Evil " + Fixtures.SCRIPT_BREAKOUT);
  }

  @Test
  void proceduresAndEntriesMustBelongToTheContent() {
    FaqEntry stranger = new FaqEntry(Id.of("stranger"), Text.of("Q"), Text.of("A"), List.of(), Fixtures.sourced());
    JsonLdExporter ld = JsonLdExporter.of(content, ExportOptions.of(Audience.PATIENT));
    assertThatThrownBy(() -> ld.faqPage(List.of(stranger))).isInstanceOf(IllegalArgumentException.class);
    Procedure foreign = Fixtures.hostile().item(Procedure.class, "evil-procedure").orElseThrow();
    assertThatThrownBy(() -> ld.procedurePage(foreign)).isInstanceOf(IllegalArgumentException.class);
  }
}
