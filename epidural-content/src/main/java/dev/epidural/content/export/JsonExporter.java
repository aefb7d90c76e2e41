package dev.epidural.content.export;

import dev.epidural.content.BundleInfo;
import dev.epidural.content.internal.meta.ItemVisitor;
import dev.epidural.content.internal.meta.Kind;
import dev.epidural.model.AftercareInstruction;
import dev.epidural.model.Alternative;
import dev.epidural.model.AnatomyFact;
import dev.epidural.model.ApproachInfo;
import dev.epidural.model.Citation;
import dev.epidural.model.Coded;
import dev.epidural.model.Coding;
import dev.epidural.model.Complication;
import dev.epidural.model.Consideration;
import dev.epidural.model.Contraindication;
import dev.epidural.model.EpidurographyFinding;
import dev.epidural.model.FaqEntry;
import dev.epidural.model.GuidanceInfo;
import dev.epidural.model.Id;
import dev.epidural.model.Indication;
import dev.epidural.model.IntentInfo;
import dev.epidural.model.Item;
import dev.epidural.model.LongevityFactor;
import dev.epidural.model.Medication;
import dev.epidural.model.MedicationUse;
import dev.epidural.model.PreparationInstruction;
import dev.epidural.model.Procedure;
import dev.epidural.model.ProcedureStep;
import dev.epidural.model.Purpose;
import dev.epidural.model.RegionInfo;
import dev.epidural.model.Review;
import dev.epidural.model.Source;
import dev.epidural.model.Text;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JsonGenerator;

/**
 * Exports content as JSON for apps in any language: the whole catalogue, or one item with the items
 * it references. Texts are resolved for the audience of the {@link ExportOptions}, citations carry
 * their source's title, and every item carries its review. The shape is documented in
 * {@code docs/exports.md}. The same content and options always give the same characters. Strings
 * are escaped script-safe ({@code <}, {@code >}, {@code &}, U+2028, U+2029 as JSON {@code u}-escapes).
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * JsonExporter json = JsonExporter.of(ExportContent.from(EpiduralContent.builtIn()),
 *     ExportOptions.of(Audience.PATIENT));
 * String catalogue = json.catalogue();
 * String one = json.item(procedure);
 * }</pre>
 */
public final class JsonExporter {

  /** The value of the document's {@code format} property. */
  public static final String FORMAT = "epidural-sdk-export";

  /** The value of the document's {@code formatVersion} property; raised on any incompatible change. */
  public static final int FORMAT_VERSION = 1;

  private final ExportContent content;
  private final ExportOptions options;
  /** The document's {@code language}: the same for every document. */
  private final String language;

  private JsonExporter(ExportContent content, ExportOptions options) {
    this.content = content;
    this.options = options;
    this.language = options.languageTag(content.bundle().locale());
  }

  /**
   * An exporter of {@code content} rendered with {@code options}.
   *
   * <pre>{@code
   * JsonExporter json = JsonExporter.of(content, ExportOptions.of(Audience.CLINICIAN).withPretty(true));
   * }</pre>
   *
   * @param content what to export
   * @param options how to render it
   * @return the exporter
   * @throws NullPointerException if an argument is null
   */
  public static JsonExporter of(ExportContent content, ExportOptions options) {
    return new JsonExporter(Objects.requireNonNull(content, "content"), Objects.requireNonNull(options, "options"));
  }

  /**
   * Every item of the content, in order, with the sources they cite.
   *
   * @return the JSON document
   */
  public String catalogue() {
    return document(Optional.empty(), content.items());
  }

  /**
   * One item, followed by the items it references (for a procedure: its steps, preparation,
   * medications, indications, contraindications, complications and aftercare), with the sources
   * they cite. The document's {@code subject} names the item.
   *
   * @param item an item of the content
   * @return the JSON document
   * @throws IllegalArgumentException if {@code item} is not part of the content
   * @throws NullPointerException if {@code item} is null
   */
  public String item(Item item) {
    content.own(item);
    List<Item> items = new ArrayList<>();
    items.add(item);
    if (item instanceof Procedure procedure) {
      items.addAll(PageFacts.referenced(content.view(procedure)));
    }
    return document(Optional.of(item.id()), items);
  }

  private String document(Optional<Id<? extends Item>> subject, List<Item> items) {
    return Json.write(options.isPretty(), g -> {
      g.writeStartObject();
      g.writeStringProperty("format", FORMAT);
      g.writeNumberProperty("formatVersion", FORMAT_VERSION);
      writeBundle(g, content.bundle());
      g.writeStringProperty("audience", options.audience().code());
      g.writeStringProperty("language", language);
      if (subject.isPresent()) {
        g.writeStringProperty("subject", subject.get().value());
      }
      g.writeArrayPropertyStart("sources");
      for (Source source : citedSources(items)) {
        writeSource(g, source);
      }
      g.writeEndArray();
      g.writeArrayPropertyStart("items");
      for (Item item : items) {
        writeItem(g, item);
      }
      g.writeEndArray();
      g.writeEndObject();
    });
  }

  private List<Source> citedSources(List<Item> items) {
    Set<String> cited = new LinkedHashSet<>();
    items.forEach(i -> i.sources().forEach(c -> cited.add(c.source().value())));
    return content.bundle().sources().stream().filter(s -> cited.contains(s.id().value())).toList();
  }

  private static void writeBundle(JsonGenerator g, BundleInfo bundle) {
    g.writeObjectPropertyStart("bundle");
    g.writeStringProperty("id", bundle.id());
    g.writeStringProperty("version", bundle.version());
    g.writeStringProperty("title", bundle.title());
    g.writeStringProperty("locale", bundle.locale().toLanguageTag());
    g.writeStringProperty("publisher", bundle.publisher());
    g.writeStringProperty("license", bundle.license());
    g.writeEndObject();
  }

  private static void writeSource(JsonGenerator g, Source source) {
    g.writeStartObject();
    g.writeStringProperty("id", source.id().value());
    g.writeStringProperty("title", source.title());
    g.writeStringProperty("publisher", source.publisher());
    Optional<String> url = source.url().flatMap(Escape::httpUrl);
    if (url.isPresent()) {
      g.writeStringProperty("url", url.get());
    }
    if (source.doi().isPresent()) {
      g.writeStringProperty("doi", source.doi().get());
    }
    if (source.published().isPresent()) {
      g.writeStringProperty("published", source.published().get().toString());
    }
    g.writeEndObject();
  }

  private void writeItem(JsonGenerator g, Item item) {
    g.writeStartObject();
    g.writeStringProperty("id", item.id().value());
    g.writeStringProperty("type", typeOf(item));
    writeFields(g, item);
    g.writeArrayPropertyStart("sources");
    for (Citation citation : item.sources()) {
      Source source = content.source(citation.source());
      g.writeStartObject();
      g.writeStringProperty("source", source.id().value());
      g.writeStringProperty("title", source.title());
      g.writeStringProperty("locator", citation.locator());
      Optional<String> link = content.link(source);
      if (link.isPresent()) {
        g.writeStringProperty("url", link.get());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    writeReview(g, item.review());
    g.writeEndObject();
  }

  private static void writeReview(JsonGenerator g, Review review) {
    g.writeObjectPropertyStart("review");
    g.writeStringProperty("status", review.status().code());
    g.writeBooleanProperty("clinicallyReviewed", review.status().isClinicallyReviewed());
    if (review.lastReviewed().isPresent()) {
      g.writeStringProperty("lastReviewed", review.lastReviewed().get().toString());
    }
    if (review.nextReview().isPresent()) {
      g.writeStringProperty("nextReview", review.nextReview().get().toString());
    }
    g.writeEndObject();
  }

  /** The kind of an item, named as the bundle format names the content-file property. */
  static String typeOf(Item item) {
    return Kind.of(item).property();
  }

  private void writeFields(JsonGenerator g, Item item) {
    Kind.visit(item, new ItemVisitor<Void>() {
      @Override
      public Void anatomy(AnatomyFact a) {
        code(g, "topic", a.topic());
        if (a.layer().isPresent()) {
          code(g, "layer", a.layer().get());
        }
        text(g, "title", a.title());
        text(g, "text", a.text());
        g.writeArrayPropertyStart("items");
        for (Text t : a.items()) {
          g.writeString(options.resolve(t));
        }
        g.writeEndArray();
        return null;
      }

      @Override
      public Void region(RegionInfo r) {
        code(g, "region", r.region());
        text(g, "name", r.name());
        text(g, "use", r.use());
        return null;
      }

      @Override
      public Void approach(ApproachInfo a) {
        code(g, "approach", a.approach());
        text(g, "name", a.name());
        text(g, "description", a.description());
        codes(g, "regions", a.regions());
        return null;
      }

      @Override
      public Void intent(IntentInfo i) {
        code(g, "intent", i.intent());
        text(g, "name", i.name());
        text(g, "description", i.description());
        return null;
      }

      @Override
      public Void purpose(Purpose p) {
        text(g, "name", p.name());
        text(g, "description", p.description());
        codes(g, "intents", p.intents());
        return null;
      }

      @Override
      public Void guidance(GuidanceInfo gi) {
        code(g, "guidance", gi.guidance());
        text(g, "name", gi.name());
        text(g, "description", gi.description());
        return null;
      }

      @Override
      public Void medication(Medication m) {
        code(g, "medicationClass", m.medicationClass());
        text(g, "name", m.name());
        text(g, "action", m.action());
        optionalText(g, "onset", m.onset());
        optionalText(g, "duration", m.duration());
        optionalText(g, "reversibility", m.reversibility());
        codings(g, m.codings());
        return null;
      }

      @Override
      public Void procedure(Procedure p) {
        writeProcedure(g, p);
        return null;
      }

      @Override
      public Void indication(Indication i) {
        text(g, "name", i.name());
        optionalText(g, "note", i.note());
        codes(g, "intents", i.intents());
        return null;
      }

      @Override
      public Void contraindication(Contraindication c) {
        text(g, "name", c.name());
        optionalText(g, "note", c.note());
        g.writeArrayPropertyStart("factors");
        for (String factor : c.factors()) {
          g.writeString(factor);
        }
        g.writeEndArray();
        return null;
      }

      @Override
      public Void step(ProcedureStep s) {
        code(g, "phase", s.phase());
        text(g, "name", s.name());
        text(g, "description", s.description());
        return null;
      }

      @Override
      public Void preparation(PreparationInstruction p) {
        text(g, "text", p.text());
        return null;
      }

      @Override
      public Void epidurography(EpidurographyFinding e) {
        text(g, "name", e.name());
        code(g, "placement", e.placement());
        text(g, "meaning", e.meaning());
        return null;
      }

      @Override
      public Void complication(Complication c) {
        text(g, "name", c.name());
        optionalText(g, "description", c.description());
        return null;
      }

      @Override
      public Void aftercare(AftercareInstruction a) {
        text(g, "text", a.text());
        codes(g, "intents", a.intents());
        return null;
      }

      @Override
      public Void longevityFactor(LongevityFactor l) {
        text(g, "name", l.name());
        optionalText(g, "description", l.description());
        return null;
      }

      @Override
      public Void consideration(Consideration c) {
        code(g, "kind", c.kind());
        text(g, "text", c.text());
        return null;
      }

      @Override
      public Void alternative(Alternative a) {
        text(g, "name", a.name());
        text(g, "description", a.description());
        return null;
      }

      @Override
      public Void faq(FaqEntry f) {
        text(g, "question", f.question());
        text(g, "answer", f.answer());
        return null;
      }
    });
  }

  private void writeProcedure(JsonGenerator g, Procedure p) {
    text(g, "name", p.name());
    text(g, "summary", p.summary());
    code(g, "intent", p.intent());
    codes(g, "regions", p.regions());
    codes(g, "approaches", p.approaches());
    codes(g, "guidance", p.guidance());
    codes(g, "delivery", p.delivery());
    g.writeArrayPropertyStart("medications");
    for (MedicationUse use : p.medications()) {
      g.writeStartObject();
      g.writeStringProperty("medication", use.medication().value());
      if (use.volume().isPresent()) {
        g.writeObjectPropertyStart("volume");
        g.writeNumberProperty("low", use.volume().get().low());
        g.writeNumberProperty("high", use.volume().get().high());
        g.writeStringProperty("unit", use.volume().get().unit());
        g.writeEndObject();
      }
      optionalText(g, "note", use.note());
      g.writeEndObject();
    }
    g.writeEndArray();
    ids(g, "steps", p.steps());
    ids(g, "preparation", p.preparation());
    ids(g, "indications", p.indications());
    ids(g, "contraindications", p.contraindications());
    ids(g, "complications", p.complications());
    ids(g, "aftercare", p.aftercare());
    codings(g, p.codings());
  }

  private void text(JsonGenerator g, String name, Text text) {
    g.writeStringProperty(name, options.resolve(text));
  }

  private void optionalText(JsonGenerator g, String name, Optional<Text> text) {
    if (text.isPresent()) {
      text(g, name, text.get());
    }
  }

  private static void code(JsonGenerator g, String name, Coded value) {
    g.writeStringProperty(name, value.code());
  }

  private static void codes(JsonGenerator g, String name, Collection<? extends Coded> values) {
    g.writeArrayPropertyStart(name);
    for (Coded value : values) {
      g.writeString(value.code());
    }
    g.writeEndArray();
  }

  private static void ids(JsonGenerator g, String name, List<? extends Id<?>> ids) {
    g.writeArrayPropertyStart(name);
    for (Id<?> id : ids) {
      g.writeString(id.value());
    }
    g.writeEndArray();
  }

  private static void codings(JsonGenerator g, List<Coding> codings) {
    g.writeArrayPropertyStart("codings");
    for (Coding coding : codings) {
      g.writeStartObject();
      g.writeStringProperty("system", coding.system());
      g.writeStringProperty("code", coding.code());
      g.writeStringProperty("display", coding.display());
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
