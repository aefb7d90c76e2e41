package dev.epidural.content.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.apicatalog.jsonld.JsonLdError;
import dev.epidural.content.export.schemaorg.SchemaOrgProcessing;
import dev.epidural.model.Audience;
import dev.epidural.model.Procedure;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every exported JSON-LD document expands with a real JSON-LD processor (Titanium JSON-LD) and
 * schema.org's own context, served from the test resources, and loses no term on the way.
 */
class SchemaOrgProcessingTest {

  private static final SchemaOrgProcessing PROCESSOR = SchemaOrgProcessing.load();

  private final ExportContent content = Fixtures.fixture();
  private final String esiPage = JsonLdExporter.of(content, ExportOptions.of(Audience.PATIENT))
      .procedurePage(content.item(Procedure.class, "lumbar-transforaminal-esi").orElseThrow()).json();

  static List<ExportedDocuments.Document> documents() {
    return ExportedDocuments.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void everyExportedDocumentExpandsWithoutADroppedTerm(ExportedDocuments.Document document) {
    int before = PROCESSOR.requestedUrls().size();
    assertThat(PROCESSOR.check(document.json())).as(document.name()).isEmpty();
    List<URI> asked = PROCESSOR.requestedUrls().subList(before, PROCESSOR.requestedUrls().size());
    assertThat(asked).isNotEmpty().allSatisfy(url -> assertThat(SchemaOrgProcessing.CONTEXT_URLS).contains(url.toString()));
  }

  @Test
  void aDocumentThatUsesIndicationFails() {
    String withIndication = SchemaOrgVocabularyTest.mutate(esiPage, "\"mainEntity\":{",
        "\"mainEntity\":{\"indication\":[{\"@type\":\"MedicalIndication\",\"name\":\"Leg pain\"}],");
    // The indication and what it holds (its type and name) are lost.
    assertThat(PROCESSOR.check(withIndication)).contains("dropped term 'indication': 1 of 1 values lost in expansion")
        .allSatisfy(p -> assertThat(p).startsWith("dropped term '"));
  }

  @Test
  void anUnknownTypeFails() {
    String unknown = SchemaOrgVocabularyTest.mutate(esiPage, "\"@type\":\"MedicalWebPage\"",
        "\"@type\":\"MedicalArticlePage\"");
    assertThat(PROCESSOR.check(unknown)).anySatisfy(p -> assertThat(p).contains("MedicalArticlePage"));
  }

  @Test
  void theProcedureTypeExpandsToTheEnumerationMemberNotToAText() throws JsonLdError {
    JsonArray expanded = PROCESSOR.expand(esiPage);
    JsonObject procedure = expanded.getJsonObject(0).getJsonArray("http://schema.org/mainEntity").getJsonObject(0);
    assertThat(procedure.getJsonArray("http://schema.org/procedureType").getJsonObject(0))
        .isEqualTo(Json.createObjectBuilder().add("@id", JsonLdExporter.PROCEDURE_TYPE).build());
    // The old plain string was a text value: a reader saw no enumeration member.
    String asText = SchemaOrgVocabularyTest.mutate(esiPage,
        "\"procedureType\":{\"@id\":\"https://schema.org/PercutaneousProcedure\"}",
        "\"procedureType\":\"https://schema.org/PercutaneousProcedure\"");
    JsonObject oldProcedure = PROCESSOR.expand(asText).getJsonObject(0)
        .getJsonArray("http://schema.org/mainEntity").getJsonObject(0);
    assertThat(oldProcedure.getJsonArray("http://schema.org/procedureType").getJsonObject(0).containsKey("@value"))
        .isTrue();
  }

  @Test
  void theLoaderNeverReachesForAnotherContext() {
    String elsewhere = SchemaOrgVocabularyTest.mutate(esiPage, "\"@context\":\"https://schema.org\"",
        "\"@context\":\"https://example.org/context\"");
    assertThat(PROCESSOR.check(elsewhere)).singleElement().asString()
        .startsWith("the JSON-LD processor refused the document")
        .contains("https://example.org/context");
  }
}
