package dev.epidural.cli;

import dev.epidural.content.internal.bind.Manifest;
import dev.epidural.content.internal.bind.ReviewFile;
import dev.epidural.content.internal.bind.SchemaKey;
import dev.epidural.content.internal.meta.JsonSchema;
import dev.epidural.content.internal.meta.Kind;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;

/**
 * The JSON Schema (draft 2020-12) of the bundle format, generated from the model records' compiled
 * descriptions ({@link JsonSchema}, over the same {@code RecordType}s the loader binds with), so
 * that the schema cannot drift from what the loader binds.
 *
 * <p>One schema describes every kind of bundle file: {@code $defs/manifest} ({@code bundle.json}),
 * {@code $defs/contentFile} (an object whose properties are the kinds, each an array of that kind's
 * record) and {@code $defs/reviewFile} (a sign-off file), joined by a top-level {@code oneOf}. They
 * never overlap: a manifest needs {@code id}, which neither of the others may have, and a sign-off
 * file needs {@code reviews}, which a content file may not have.
 *
 * <p>The mapping follows {@code docs/bundle-format.md}, and {@link JsonSchema} spells it out: enums
 * are their code strings, {@code Id} is a kebab-case string, {@code Text} is a string or an object of
 * audience variants, an {@code Optional} component is a property that may be left out, lists and
 * sets may be left out (empty), every other component is required except an item's {@code review},
 * which the manifest's {@code defaultReview} may supply. Every record forbids unknown properties.
 * Jakarta Validation constraints become {@code minLength}/{@code maxLength}/{@code pattern}/
 * {@code minItems}/{@code maxItems}/{@code minimum}; Java patterns, which must match the whole value,
 * are anchored, since JSON Schema patterns match anywhere. What the records do not say is added
 * here: the format version's {@code const}, and the {@code "$schema"} key a manifest or content
 * file may start with.
 */
public final class BundleSchema {

  /** The schema's {@code $id}. */
  public static final String ID = "https://epidural.dev/schema/1/bundle.schema.json";

  /** The JSON Schema version the schema is written in. */
  static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";

  private BundleSchema() {}

  /**
   * Generates the schema: a tree of maps (in the order of the printed keys), lists, strings, integers
   * and booleans.
   *
   * @return a new tree; the caller may change it
   */
  public static Map<String, Object> generate() {
    JsonSchema definitions = new JsonSchema();
    Map<String, Object> manifest = definitions.reference(Manifest.class);
    Map<String, Object> contentFile = new LinkedHashMap<>();
    contentFile.put("type", "object");
    contentFile.put("description", "A content file: each property is a kind, an array of items of that kind.");
    Map<String, Object> kinds = new LinkedHashMap<>();
    kinds.put(SchemaKey.NAME, schemaKey());
    for (Kind kind : Kind.values()) {
      Map<String, Object> array = new LinkedHashMap<>();
      array.put("type", "array");
      array.put("items", definitions.reference(kind.type()));
      kinds.put(kind.property(), array);
    }
    contentFile.put("properties", kinds);
    contentFile.put("additionalProperties", false);
    // A sign-off file, listed by the manifest's reviews: its own kind, so a review never touches content.
    Map<String, Object> reviewFile = definitions.reference(ReviewFile.class);

    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("$schema", DRAFT_2020_12);
    schema.put("$id", ID);
    schema.put("title", "Epidural SDK content bundle file, format version " + Manifest.SCHEMA_VERSION);
    schema.put("description", "A bundle manifest (bundle.json, $defs/manifest), a content file"
        + " ($defs/contentFile) or a sign-off file ($defs/reviewFile). See docs/bundle-format.md.");
    List<Object> oneOf = new ArrayList<>();
    oneOf.add(manifest);
    Map<String, Object> contentFileRef = new LinkedHashMap<>();
    contentFileRef.put("$ref", "#/$defs/contentFile");
    oneOf.add(contentFileRef);
    oneOf.add(reviewFile);
    schema.put("oneOf", oneOf);

    // The two file kinds first, then every other definition by name, for a stable, readable file.
    Map<String, Object> defs = new LinkedHashMap<>();
    String manifestName = JsonSchema.definitionName(Manifest.class);
    defs.put(manifestName, manifest(definitions.definitions().get(manifestName)));
    defs.put("contentFile", contentFile);
    definitions.definitions().forEach(defs::putIfAbsent);
    schema.put("$defs", defs);
    return schema;
  }

  /**
   * The manifest's definition with the {@code "$schema"} property first among its properties and
   * the one format version this release reads as the {@code schemaVersion}'s {@code const}.
   */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> manifest(Map<String, Object> definition) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put(SchemaKey.NAME, schemaKey());
    properties.putAll((Map<String, Object>) definition.get("properties"));
    ((Map<String, Object>) properties.get("schemaVersion")).put("const", Manifest.SCHEMA_VERSION);
    definition.put("properties", properties);
    return definition;
  }

  /** The optional {@code "$schema"} string a manifest or content file may start with, which the loader ignores. */
  private static Map<String, Object> schemaKey() {
    Map<String, Object> key = new LinkedHashMap<>();
    key.put("type", "string");
    key.put("description", "The JSON Schema an editor checks this file against (a URL or a relative path);"
        + " ignored by the loader.");
    return key;
  }

  /** The schema as printed by {@code epidural schema} and shipped: two-space indent, {@code \n}, final newline. */
  public static String print(Map<String, Object> schema) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = Json.generator(out)) {
      write(g, schema);
    }
    return out + "\n";
  }

  /** The generated schema, printed. */
  public static String text() {
    return print(generate());
  }

  private static void write(JsonGenerator g, Object value) {
    if (value instanceof Map<?, ?> map) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        g.writeName((String) e.getKey());
        write(g, e.getValue());
      }
      g.writeEndObject();
    } else if (value instanceof List<?> list) {
      g.writeStartArray();
      for (Object element : list) {
        write(g, element);
      }
      g.writeEndArray();
    } else if (value instanceof String s) {
      g.writeString(s);
    } else if (value instanceof Integer i) {
      g.writeNumber(i);
    } else if (value instanceof Boolean b) {
      g.writeBoolean(b);
    } else {
      throw new IllegalArgumentException("not a JSON Schema value: " + value);
    }
  }
}
