package dev.epidural.content.export;

import dev.epidural.content.ProcedureMedication;
import dev.epidural.content.ProcedureView;
import dev.epidural.model.AftercareInstruction;
import dev.epidural.model.Audience;
import dev.epidural.model.Coding;
import dev.epidural.model.Complication;
import dev.epidural.model.Contraindication;
import dev.epidural.model.FaqEntry;
import dev.epidural.model.Indication;
import dev.epidural.model.Intent;
import dev.epidural.model.Item;
import dev.epidural.model.Medication;
import dev.epidural.model.PreparationInstruction;
import dev.epidural.model.Procedure;
import dev.epidural.model.ProcedureStep;
import dev.epidural.model.Source;
import dev.epidural.model.Text;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;

/**
 * Exports content as schema.org JSON-LD, for search engines and other readers of structured data
 * on a web page. Every type and property it writes exists in schema.org release
 * {@value #SCHEMA_ORG_RELEASE} and is used on a type in its domain. Procedures become
 * {@code TherapeuticProcedure}, {@code DiagnosticProcedure} or {@code MedicalProcedure} (by intent,
 * see {@link #schemaType(Intent)}), inside a {@code MedicalWebPage} that says for whom it is written,
 * in which language, when it was last checked and which sources it cites. Facts that schema.org
 * gives the procedure's type no property for (indications, contraindications, and for a procedure
 * that is not a {@code TherapeuticProcedure} its complications and medications) are named under the
 * page's {@code mentions}. The output is escaped to stand inside
 * {@code <script type="application/ld+json">}. A review is never claimed: no {@code reviewedBy} is
 * written, and {@code lastReviewed} only repeats a date the content gives. Immutable and thread-safe.
 *
 * <pre>{@code
 * JsonLdExporter ld = JsonLdExporter.of(ExportContent.from(EpiduralContent.builtIn()),
 *     ExportOptions.of(Audience.PATIENT));
 * String block = ld.procedurePage(procedure).scriptElement().html();
 * }</pre>
 */
public final class JsonLdExporter {

  /** The {@code @context} of every document. */
  public static final String CONTEXT = "https://schema.org";

  /**
   * The schema.org release whose vocabulary the output is checked against: every type, property and
   * enumeration member written exists in it, and every property is used on a type in its domain.
   */
  public static final String SCHEMA_ORG_RELEASE = "30.0";

  /**
   * The {@code procedureType} of every procedure: schema.org's {@code MedicalProcedureType} member
   * for access "via needle-puncture of the skin", which is how every epidural procedure reaches the
   * epidural space. Written as a node reference, {@code {"@id": PROCEDURE_TYPE}}, so that JSON-LD
   * readers see the enumeration member and not a text.
   */
  public static final String PROCEDURE_TYPE = "https://schema.org/PercutaneousProcedure";

  /** The one procedure type whose schema.org properties include {@code adverseOutcome} and {@code drug}. */
  private static final String THERAPEUTIC_PROCEDURE = "TherapeuticProcedure";

  private final ExportContent content;
  private final ExportOptions options;
  /** Every page's {@code inLanguage}. */
  private final String language;

  private JsonLdExporter(ExportContent content, ExportOptions options) {
    this.content = content;
    this.options = options;
    this.language = options.languageTag(content.bundle().locale());
  }

  /**
   * An exporter of {@code content} rendered with {@code options}.
   *
   * <pre>{@code
   * JsonLdExporter ld = JsonLdExporter.of(content, ExportOptions.of(Audience.PATIENT));
   * }</pre>
   *
   * @param content what to export
   * @param options how to render it
   * @return the exporter
   * @throws NullPointerException if an argument is null
   */
  public static JsonLdExporter of(ExportContent content, ExportOptions options) {
    return new JsonLdExporter(Objects.requireNonNull(content, "content"), Objects.requireNonNull(options, "options"));
  }

  /**
   * The schema.org type of a procedure with {@code intent}.
   *
   * @param intent the procedure's intent
   * @return {@code TherapeuticProcedure} for therapeutic and blood-patch (a blood patch treats a
   *     spinal fluid leak), {@code DiagnosticProcedure} for diagnostic, {@code MedicalProcedure} for
   *     anesthetic-analgesic (anesthesia or pain relief for an operation or in labour: schema.org's
   *     {@code TherapeuticProcedure} is "aimed at improving a health condition", which does not
   *     describe anesthesia for an operation, and schema.org has no more specific type for it)
   * @throws NullPointerException if {@code intent} is null
   */
  public static String schemaType(Intent intent) {
    return switch (Objects.requireNonNull(intent, "intent")) {
      case THERAPEUTIC, BLOOD_PATCH -> THERAPEUTIC_PROCEDURE;
      case DIAGNOSTIC -> "DiagnosticProcedure";
      case ANESTHETIC_ANALGESIC -> "MedicalProcedure";
    };
  }

  /** Whether a procedure of {@code intent} takes {@code adverseOutcome} and {@code drug} itself. */
  private static boolean takesOutcomesAndDrugs(Intent intent) {
    return schemaType(intent).equals(THERAPEUTIC_PROCEDURE);
  }

  /**
   * One procedure as a schema.org procedure node, with {@code @context}. It holds only what the
   * procedure's schema.org type has properties for; what a {@link #procedurePage(Procedure) page}
   * names under {@code mentions} (indications, contraindications, and so on) is left out.
   *
   * @param procedure a procedure of the content
   * @return the JSON-LD document
   * @throws IllegalArgumentException if {@code procedure} is not part of the content
   */
  public JsonLd procedure(Procedure procedure) {
    ProcedureView view = content.view(procedure);
    return new JsonLd(Json.write(options.isPretty(), g -> {
      g.writeStartObject();
      g.writeStringProperty("@context", CONTEXT);
      writeProcedureBody(g, view);
      g.writeEndObject();
    }));
  }

  /**
   * A {@code MedicalWebPage} about one procedure, the procedure as its {@code mainEntity}. Its
   * {@code lastReviewed} and {@code citation} cover every item the page shows (the procedure, its
   * steps, medications and so on): the earliest check date, only when every one of them has one
   * and none is a draft. Its {@code mentions} names what schema.org gives the procedure no property
   * for: the indications ({@code MedicalIndication}) and contraindications
   * ({@code MedicalContraindication}), and for a procedure other than a {@code TherapeuticProcedure}
   * its complications ({@code MedicalEntity}) and medications ({@code Drug}).
   *
   * @param procedure a procedure of the content
   * @return the JSON-LD document
   * @throws IllegalArgumentException if {@code procedure} is not part of the content
   */
  public JsonLd procedurePage(Procedure procedure) {
    ProcedureView view = content.view(procedure);
    List<Item> shown = PageFacts.shown(content, view);
    return new JsonLd(Json.write(options.isPretty(), g -> {
      g.writeStartObject();
      g.writeStringProperty("@context", CONTEXT);
      g.writeStringProperty("@type", "MedicalWebPage");
      g.writeStringProperty("name", options.resolve(procedure.name()));
      g.writeStringProperty("description", options.resolve(procedure.summary()));
      writePageFacts(g, shown);
      g.writeObjectPropertyStart("mainEntity");
      writeProcedureBody(g, view);
      g.writeEndObject();
      writeMentions(g, view);
      writeCitations(g, shown);
      g.writeEndObject();
    }));
  }

  /**
   * A page of every FAQ entry of the content: typed both {@code MedicalWebPage} and
   * {@code FAQPage}, each entry a {@code Question} with its {@code acceptedAnswer}.
   *
   * @return the JSON-LD document
   */
  public JsonLd faqPage() {
    return faqPage(content.all(FaqEntry.class));
  }

  /**
   * A FAQ page of these entries, in this order.
   *
   * @param entries FAQ entries of the content
   * @return the JSON-LD document
   * @throws IllegalArgumentException if an entry is not part of the content
   */
  public JsonLd faqPage(List<FaqEntry> entries) {
    entries.forEach(content::own);
    return new JsonLd(Json.write(options.isPretty(), g -> {
      g.writeStartObject();
      g.writeStringProperty("@context", CONTEXT);
      g.writeArrayPropertyStart("@type");
      g.writeString("MedicalWebPage");
      g.writeString("FAQPage");
      g.writeEndArray();
      g.writeStringProperty("name", options.label(Label.FAQ));
      writePageFacts(g, entries);
      g.writeArrayPropertyStart("mainEntity");
      for (FaqEntry entry : entries) {
        g.writeStartObject();
        g.writeStringProperty("@type", "Question");
        g.writeStringProperty("name", options.resolve(entry.question()));
        g.writeObjectPropertyStart("acceptedAnswer");
        g.writeStringProperty("@type", "Answer");
        g.writeStringProperty("text", options.resolve(entry.answer()));
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndArray();
      writeCitations(g, entries);
      g.writeEndObject();
    }));
  }

  /**
   * A {@code MedicalWebPage} named after the bundle that lists {@code procedures} by name and
   * summary under {@code about}.
   *
   * @param procedures procedures of the content
   * @return the JSON-LD document
   * @throws IllegalArgumentException if a procedure is not part of the content
   */
  public JsonLd indexPage(List<Procedure> procedures) {
    procedures.forEach(content::own);
    return new JsonLd(Json.write(options.isPretty(), g -> {
      g.writeStartObject();
      g.writeStringProperty("@context", CONTEXT);
      g.writeStringProperty("@type", "MedicalWebPage");
      g.writeStringProperty("name", content.bundle().title());
      writePageFacts(g, procedures);
      g.writeArrayPropertyStart("about");
      for (Procedure procedure : procedures) {
        g.writeStartObject();
        g.writeStringProperty("@type", schemaType(procedure.intent()));
        g.writeStringProperty("name", options.resolve(procedure.name()));
        g.writeStringProperty("description", options.resolve(procedure.summary()));
        g.writeEndObject();
      }
      g.writeEndArray();
      writeCitations(g, procedures);
      g.writeEndObject();
    }));
  }

  private void writePageFacts(JsonGenerator g, List<? extends Item> shown) {
    g.writeStringProperty("inLanguage", language);
    g.writeObjectPropertyStart("medicalAudience");
    g.writeStringProperty("@type", "MedicalAudience");
    g.writeStringProperty("audienceType", options.audience() == Audience.PATIENT ? "Patient" : "Clinician");
    g.writeEndObject();
    writeReview(g, content, shown);
    g.writeObjectPropertyStart("publisher");
    g.writeStringProperty("@type", "Organization");
    g.writeStringProperty("name", content.bundle().publisher());
    g.writeEndObject();
  }

  /**
   * Writes {@code lastReviewed} and {@code reviewedBy} only for a clinical review a sign-off still
   * backs, for every item shown: a check against the sources is not what readers take them to be.
   */
  private static void writeReview(JsonGenerator g, ExportContent content, List<? extends Item> shown) {
    Optional<PageFacts.Approval> approval = PageFacts.approval(content, shown);
    if (approval.isPresent()) {
      g.writeStringProperty("lastReviewed", approval.get().date().toString());
      g.writeArrayPropertyStart("reviewedBy");
      for (dev.epidural.model.Reviewer reviewer : approval.get().reviewers()) {
        g.writeStartObject();
        g.writeStringProperty("@type", "Person");
        g.writeStringProperty("name", reviewer.name());
        g.writeStringProperty("jobTitle", reviewer.role());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
  }

  /**
   * The page's {@code mentions} (a {@code CreativeWork} property): the procedure's facts that its
   * schema.org type has no property for. schema.org dropped {@code indication} in release 7.0 and
   * defines {@code contraindication} only for {@code MedicalTherapy} and {@code MedicalDevice}, which
   * an epidural procedure is not; {@code adverseOutcome} and {@code drug} belong to
   * {@code TherapeuticProcedure}.
   */
  private void writeMentions(JsonGenerator g, ProcedureView view) {
    boolean onProcedure = takesOutcomesAndDrugs(view.procedure().intent());
    List<Indication> indications = view.indications();
    List<Contraindication> contraindications = view.contraindications();
    List<Complication> complications = onProcedure ? List.of() : view.complications();
    List<ProcedureMedication> medications = onProcedure ? List.of() : view.medications();
    if (indications.isEmpty() && contraindications.isEmpty() && complications.isEmpty() && medications.isEmpty()) {
      return;
    }
    g.writeArrayPropertyStart("mentions");
    for (Indication indication : indications) {
      entity(g, "MedicalIndication", indication.name(), indication.note());
    }
    for (Contraindication contraindication : contraindications) {
      entity(g, "MedicalContraindication", contraindication.name(), contraindication.note());
    }
    for (Complication complication : complications) {
      entity(g, "MedicalEntity", complication.name(), complication.description());
    }
    for (ProcedureMedication used : medications) {
      drug(g, used.medication());
    }
    g.writeEndArray();
  }

  private void writeCitations(JsonGenerator g, List<? extends Item> shown) {
    List<Source> cited = PageFacts.sourcesCited(content, shown);
    if (cited.isEmpty()) {
      return;
    }
    g.writeArrayPropertyStart("citation");
    for (Source source : cited) {
      g.writeStartObject();
      g.writeStringProperty("@type", "CreativeWork");
      g.writeStringProperty("name", source.title());
      Optional<String> url = content.link(source);
      if (url.isPresent()) {
        g.writeStringProperty("url", url.get());
      }
      g.writeObjectPropertyStart("publisher");
      g.writeStringProperty("@type", "Organization");
      g.writeStringProperty("name", source.publisher());
      g.writeEndObject();
      if (source.published().isPresent()) {
        g.writeStringProperty("datePublished", source.published().get().toString());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private void writeProcedureBody(JsonGenerator g, ProcedureView view) {
    Procedure procedure = view.procedure();
    g.writeStringProperty("@type", schemaType(procedure.intent()));
    g.writeStringProperty("name", options.resolve(procedure.name()));
    g.writeStringProperty("description", options.resolve(procedure.summary()));
    g.writeObjectPropertyStart("procedureType");
    g.writeStringProperty("@id", PROCEDURE_TYPE);
    g.writeEndObject();
    g.writeArrayPropertyStart("bodyLocation");
    for (String region : PageFacts.regionNames(content, procedure, options)) {
      g.writeString(region);
    }
    g.writeEndArray();
    List<ProcedureStep> steps = view.steps();
    if (!steps.isEmpty()) {
      g.writeStringProperty("howPerformed", howPerformed(steps));
    }
    if (!view.preparation().isEmpty()) {
      g.writeArrayPropertyStart("preparation");
      for (PreparationInstruction preparation : view.preparation()) {
        g.writeString(options.resolve(preparation.text()));
      }
      g.writeEndArray();
    }
    if (!view.aftercare().isEmpty()) {
      g.writeArrayPropertyStart("followup");
      for (AftercareInstruction aftercare : view.aftercare()) {
        g.writeString(options.resolve(aftercare.text()));
      }
      g.writeEndArray();
    }
    if (takesOutcomesAndDrugs(procedure.intent())) {
      List<Complication> complications = view.complications();
      if (!complications.isEmpty()) {
        g.writeArrayPropertyStart("adverseOutcome");
        for (Complication complication : complications) {
          entity(g, "MedicalEntity", complication.name(), complication.description());
        }
        g.writeEndArray();
      }
      if (!view.medications().isEmpty()) {
        g.writeArrayPropertyStart("drug");
        for (ProcedureMedication used : view.medications()) {
          drug(g, used.medication());
        }
        g.writeEndArray();
      }
    }
    codes(g, procedure.codings());
  }

  /** The steps as one text, numbered in order: {@code "1. Name: description"} a line each. */
  private String howPerformed(List<ProcedureStep> steps) {
    StringBuilder out = new StringBuilder(256 * steps.size());
    for (int i = 0; i < steps.size(); i++) {
      ProcedureStep step = steps.get(i);
      if (i > 0) {
        out.append('\n');
      }
      out.append(i + 1).append(". ").append(options.resolve(step.name())).append(": ")
          .append(options.resolve(step.description()));
    }
    return out.toString();
  }

  private void drug(JsonGenerator g, Medication medication) {
    g.writeStartObject();
    g.writeStringProperty("@type", "Drug");
    g.writeStringProperty("name", options.resolve(medication.name()));
    codes(g, medication.codings());
    g.writeEndObject();
  }

  private void entity(JsonGenerator g, String type, Text name, Optional<Text> description) {
    g.writeStartObject();
    g.writeStringProperty("@type", type);
    g.writeStringProperty("name", options.resolve(name));
    if (description.isPresent()) {
      g.writeStringProperty("description", options.resolve(description.get()));
    }
    g.writeEndObject();
  }

  /**
   * The codings as {@code MedicalCode}s. {@code codeValue} is still a pending schema.org term (see
   * docs/exports.md); it is the only one written, and the vocabulary test holds it to that.
   */
  private static void codes(JsonGenerator g, List<Coding> codings) {
    if (codings.isEmpty()) {
      return;
    }
    g.writeArrayPropertyStart("code");
    for (Coding coding : codings) {
      g.writeStartObject();
      g.writeStringProperty("@type", "MedicalCode");
      g.writeStringProperty("codeValue", coding.code());
      g.writeStringProperty("codingSystem", codingSystem(coding.system()));
      g.writeStringProperty("name", coding.display());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** The name schema.org readers know a terminology by; the system URI for any other. */
  static String codingSystem(String system) {
    return switch (system) {
      case Coding.SNOMED_CT -> "SNOMED CT";
      case Coding.RXNORM -> "RxNorm";
      case Coding.ATC -> "ATC";
      case Coding.MESH -> "MeSH";
      default -> system;
    };
  }
}
