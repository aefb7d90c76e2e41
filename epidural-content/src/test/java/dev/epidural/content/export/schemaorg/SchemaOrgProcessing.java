package dev.epidural.content.export.schemaorg;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Expands JSON-LD documents with a real JSON-LD 1.1 processor (Titanium JSON-LD) and the vendored
 * schema.org context, served by a {@link DocumentLoader} that answers only schema.org's context URLs
 * from the test resources and refuses every other URL: the network is never used.
 *
 * <p>The schema.org context maps every term of the release to its IRI and also sets
 * {@code "@vocab": "http://schema.org/"}, under which a term the release does not define (such as
 * {@code indication}) would still expand, to an IRI no reader of the vocabulary knows. So each
 * document is expanded twice: with the context as published, and with the same context less its
 * {@code @vocab}, where a JSON-LD processor drops every undefined term. The check fails when the
 * second expansion loses any property value or type the document has, or differs from the first.
 * Thread-safe.
 */
public final class SchemaOrgProcessing {

  /** The URLs a document's {@code "@context"} may name for schema.org's context. */
  public static final Set<String> CONTEXT_URLS = Set.of("https://schema.org", "https://schema.org/",
      "http://schema.org", "http://schema.org/", "https://schema.org/docs/jsonldcontext.jsonld");

  private static final String IRI_BASE = "http://schema.org/";

  private static volatile SchemaOrgProcessing loaded;

  private final JsonObject context;
  private final JsonObject strictContext;
  private final List<URI> requested = new CopyOnWriteArrayList<>();

  private SchemaOrgProcessing(JsonObject context) {
    this.context = context;
    JsonObject terms = context.getJsonObject("@context");
    if (!terms.containsKey("@vocab")) {
      throw new IllegalStateException("the schema.org context has no @vocab: the strict expansion would equal the plain one");
    }
    JsonObjectBuilder strict = Json.createObjectBuilder(terms);
    strict.remove("@vocab");
    this.strictContext = Json.createObjectBuilder().add("@context", strict).build();
  }

  /**
   * The processor set up with the context of release
   * {@value dev.epidural.content.export.JsonLdExporter#SCHEMA_ORG_RELEASE}, checked against its digest.
   *
   * @return the processor
   */
  public static SchemaOrgProcessing load() {
    SchemaOrgProcessing p = loaded;
    if (p == null) {
      synchronized (SchemaOrgProcessing.class) {
        if (loaded == null) {
          try (JsonReader reader = Json.createReader(new ByteArrayInputStream(SchemaOrgFiles.read(SchemaOrgFiles.CONTEXT)))) {
            loaded = new SchemaOrgProcessing(reader.readObject());
          }
        }
        p = loaded;
      }
    }
    return p;
  }

  /**
   * Every URL the processor asked the loader for, in order, since this processor was loaded.
   *
   * @return the URLs
   */
  public List<URI> requestedUrls() {
    return List.copyOf(requested);
  }

  /**
   * Expands {@code json} with the schema.org context as published.
   *
   * @param json a JSON-LD document
   * @return the expanded form
   * @throws JsonLdError if the processor refuses the document
   */
  public JsonArray expand(String json) throws JsonLdError {
    return expand(json, context);
  }

  /**
   * Expands {@code json} with the schema.org context less its {@code @vocab}, so that terms the
   * context does not define are dropped.
   *
   * @param json a JSON-LD document
   * @return the expanded form
   * @throws JsonLdError if the processor refuses the document
   */
  public JsonArray expandStrictly(String json) throws JsonLdError {
    return expand(json, strictContext);
  }

  /**
   * Expands {@code json} both ways and says what went wrong: a processor error, a dropped term (a
   * property or type of the document that the strict expansion lost, with how many of its values),
   * a type or property that does not expand to a schema.org IRI, or a difference between the two
   * expansions.
   *
   * @param json a JSON-LD document
   * @return one line per problem; empty when the document expands cleanly
   */
  public List<String> check(String json) {
    List<String> problems = new ArrayList<>();
    JsonArray plain;
    JsonArray strict;
    try {
      plain = expand(json);
      strict = expandStrictly(json);
    } catch (JsonLdError e) {
      problems.add("the JSON-LD processor refused the document: " + e.getCode() + " " + e.getMessage());
      return problems;
    }
    JsonValue document;
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      document = reader.readValue();
    }
    Map<String, Integer> written = new TreeMap<>();
    countCompact(document, written);
    Map<String, Integer> kept = new TreeMap<>();
    countExpanded(strict, kept, problems);
    for (Map.Entry<String, Integer> term : written.entrySet()) {
      int left = kept.getOrDefault(term.getKey(), 0);
      if (left < term.getValue()) {
        problems.add("dropped term '" + term.getKey() + "': " + (term.getValue() - left) + " of " + term.getValue()
            + " values lost in expansion");
      }
    }
    if (problems.isEmpty() && !plain.equals(strict)) {
      problems.add("the expansion with the published context differs from the one without @vocab");
    }
    return problems;
  }

  private JsonArray expand(String json, JsonObject served) throws JsonLdError {
    DocumentLoader loader = (url, options) -> {
      requested.add(url);
      if (!CONTEXT_URLS.contains(url.toString())) {
        throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED,
            "the test loader serves only schema.org's context, not " + url);
      }
      Document document = JsonDocument.of(served);
      document.setDocumentUrl(url);
      return document;
    };
    return JsonLd.expand(JsonDocument.of(new StringReader(json))).loader(loader).get();
  }

  /** Counts the values of each term of a compact document; {@code @type} values count under "@type". */
  private static void countCompact(JsonValue value, Map<String, Integer> counts) {
    if (value instanceof JsonArray array) {
      array.forEach(v -> countCompact(v, counts));
    } else if (value instanceof JsonObject object) {
      for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
        String key = entry.getKey();
        if (key.equals("@context") || key.equals("@id")) {
          continue;
        }
        counts.merge(key, entry.getValue() instanceof JsonArray a ? a.size() : 1, Integer::sum);
        if (!key.equals("@type")) {
          countCompact(entry.getValue(), counts);
        }
      }
    }
  }

  /** Counts the values of each schema.org property (by its local name) of an expanded document. */
  private static void countExpanded(JsonValue value, Map<String, Integer> counts, List<String> problems) {
    if (value instanceof JsonArray array) {
      array.forEach(v -> countExpanded(v, counts, problems));
    } else if (value instanceof JsonObject object) {
      for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
        String key = entry.getKey();
        if (key.equals("@value") || key.equals("@id") || key.equals("@language")) {
          continue;
        }
        if (key.equals("@type")) {
          if (object.containsKey("@value")) {
            continue; // a typed literal's datatype, such as schema:Date: not one of the document's types
          }
          for (JsonValue type : entry.getValue().asJsonArray()) {
            String iri = ((JsonString) type).getString();
            if (!iri.startsWith(IRI_BASE)) {
              problems.add("type '" + iri + "' does not expand to a schema.org IRI");
            }
          }
          counts.merge("@type", entry.getValue().asJsonArray().size(), Integer::sum);
          continue;
        }
        if (!key.startsWith(IRI_BASE)) {
          problems.add("property '" + key + "' does not expand to a schema.org IRI");
          continue;
        }
        counts.merge(key.substring(IRI_BASE.length()), entry.getValue().asJsonArray().size(), Integer::sum);
        countExpanded(entry.getValue(), counts, problems);
      }
    }
  }
}
