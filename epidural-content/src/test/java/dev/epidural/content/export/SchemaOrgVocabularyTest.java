package dev.epidural.content.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.epidural.content.export.schemaorg.SchemaOrgFiles;
import dev.epidural.content.export.schemaorg.SchemaOrgVocabulary;
import dev.epidural.model.Audience;
import dev.epidural.model.Procedure;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every exported JSON-LD document keeps to the vocabulary of the schema.org release the exporter
 * claims (vendored under {@code dev/epidural/content/export/schemaorg/}): its types, its properties
 * on types in their domain, its values in range, its enumeration members.
 */
class SchemaOrgVocabularyTest {

  /** The one pending schema.org term the export uses, as docs/exports.md says. */
  private static final Set<String> DOCUMENTED_PENDING = Set.of("codeValue");

  private static final SchemaOrgVocabulary VOCABULARY = SchemaOrgVocabulary.load();

  static List<ExportedDocuments.Document> documents() {
    return ExportedDocuments.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void everyExportedDocumentKeepsToTheVocabulary(ExportedDocuments.Document document) {
    SchemaOrgVocabulary.Findings findings = VOCABULARY.check(document.json());
    assertThat(findings.violations()).as(document.name()).isEmpty();
    assertThat(findings.pendingTerms()).as("pending terms of %s", document.name()).isSubsetOf(DOCUMENTED_PENDING);
  }

  @Test
  void theBuiltInBundleUsesExactlyTheDocumentedPendingTerm() {
    Set<String> pending = new TreeSet<>();
    for (ExportedDocuments.Document document : ExportedDocuments.builtIn()) {
      pending.addAll(VOCABULARY.check(document.json()).pendingTerms());
    }
    assertThat(pending).isEqualTo(DOCUMENTED_PENDING);
    assertThat(VOCABULARY.isPending("codeValue")).isTrue();
  }

  @Test
  void theVendoredFilesAreTheRelease() {
    assertThat(SchemaOrgFiles.sha256(SchemaOrgFiles.read(SchemaOrgFiles.VOCABULARY)))
        .isEqualTo("4467fa19edcb1d7fb3c46c0adf3591b7f870c4a60b7838bdb61694fd02864cf6");
    assertThat(SchemaOrgFiles.sha256(SchemaOrgFiles.read(SchemaOrgFiles.CONTEXT)))
        .isEqualTo("d8167890b056bc7c71eb39b30cbb4816490d5e671371ba50a5a633d1bc36961a");
    assertThat(SchemaOrgFiles.FOLDER).endsWith("/" + JsonLdExporter.SCHEMA_ORG_RELEASE + "/");
    // Removed in release 7.0: consumers of the current vocabulary do not know it.
    assertThat(VOCABULARY.defines("indication")).isFalse();
    assertThat(VOCABULARY.defines("MedicalIndication")).isTrue();
  }

  /** A mutation of a real exported page, and what the check must say about it. */
  static Stream<Arguments> brokenDocuments() {
    ExportContent content = Fixtures.fixture();
    JsonLdExporter ld = JsonLdExporter.of(content, ExportOptions.of(Audience.PATIENT));
    String therapeutic = ld.procedurePage(content.item(Procedure.class, "lumbar-transforaminal-esi").orElseThrow())
        .json();
    String diagnostic = ld.procedurePage(content.item(Procedure.class, "lumbar-selective-nerve-root-block")
        .orElseThrow()).json();
    return Stream.of(
        Arguments.of("indication on the procedure",
            withEntityProperty(therapeutic, "\"indication\":[{\"@type\":\"MedicalIndication\",\"name\":\"Leg pain\"}]"),
            "/mainEntity/indication: 'indication' is not a schema.org 30.0 property"),
        Arguments.of("contraindication on a TherapeuticProcedure",
            withEntityProperty(therapeutic,
                "\"contraindication\":[{\"@type\":\"MedicalContraindication\",\"name\":\"Infection\"}]"),
            "/mainEntity/contraindication: 'contraindication' is not a property of [TherapeuticProcedure]"),
        Arguments.of("adverseOutcome on a DiagnosticProcedure",
            withEntityProperty(diagnostic, "\"adverseOutcome\":[{\"@type\":\"MedicalEntity\",\"name\":\"Headache\"}]"),
            "/mainEntity/adverseOutcome: 'adverseOutcome' is not a property of [DiagnosticProcedure]"),
        Arguments.of("drug on a DiagnosticProcedure",
            withEntityProperty(diagnostic, "\"drug\":{\"@type\":\"Drug\",\"name\":\"Lidocaine\"}"),
            "/mainEntity/drug: 'drug' is not a property of [DiagnosticProcedure]"),
        Arguments.of("procedureType as a text",
            withProcedureType(therapeutic, "\"https://schema.org/PercutaneousProcedure\""),
            "/mainEntity/procedureType: 'procedureType' expects [MedicalProcedureType], not a text or number"),
        Arguments.of("procedureType not an enumeration member",
            withProcedureType(therapeutic, "{\"@id\":\"https://schema.org/NeedleProcedure\"}"),
            "/mainEntity/procedureType: 'NeedleProcedure' is not a member of any schema.org 30.0 enumeration"),
        Arguments.of("procedureType a member of another enumeration",
            withProcedureType(therapeutic, "{\"@id\":\"https://schema.org/InStock\"}"),
            "/mainEntity/procedureType: 'InStock' is a member of [ItemAvailability], but 'procedureType' expects"
                + " [MedicalProcedureType]"),
        Arguments.of("an unknown type",
            mutate(therapeutic, "\"@type\":\"MedicalWebPage\"", "\"@type\":\"MedicalArticlePage\""),
            "/@type: 'MedicalArticlePage' is not a schema.org 30.0 type"),
        Arguments.of("a node of a type out of range",
            mutate(therapeutic, "\"@type\":\"MedicalAudience\"", "\"@type\":\"Drug\""),
            "/medicalAudience: 'medicalAudience' expects [MedicalAudience, MedicalAudienceType], not [Drug]"),
        Arguments.of("another context",
            mutate(therapeutic, "\"@context\":\"https://schema.org\"", "\"@context\":\"https://example.org/context\""),
            "/@context: expected \"https://schema.org\""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenDocuments")
  void aDocumentOutsideTheVocabularyFails(String what, String json, String violation) {
    assertThat(VOCABULARY.check(json).violations()).anySatisfy(v -> assertThat(v).startsWith(violation));
  }

  /** {@code page} with {@code property} (a JSON member) added first to its main entity. */
  static String withEntityProperty(String page, String property) {
    return mutate(page, "\"mainEntity\":{", "\"mainEntity\":{" + property + ",");
  }

  /** {@code page} with its procedure type, percutaneous, replaced by {@code value} (JSON). */
  static String withProcedureType(String page, String value) {
    return mutate(page, "\"procedureType\":{\"@id\":\"https://schema.org/PercutaneousProcedure\"}",
        "\"procedureType\":" + value);
  }

  /** {@code json} with its first {@code from} replaced, failing if there is none. */
  static String mutate(String json, String from, String to) {
    assertThat(json).contains(from);
    return json.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to));
  }
}
