package dev.epidural.content.export.schemaorg;

import dev.epidural.content.export.JsonLdExporter;
import dev.epidural.content.internal.meta.ValueType;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The schema.org vocabulary of the release the exporter claims, read from the vendored
 * {@code schemaorg-current-https.jsonld}, and a check of a JSON-LD document against it: every
 * {@code @type} is a schema.org type, every property is a schema.org property used on a type in its
 * {@code domainIncludes} (with {@code subClassOf} inheritance), every value fits the property's
 * {@code rangeIncludes} (a text only where a data type such as {@code Text} or {@code Date} is in
 * range, a node only of a type in range), and every {@code {"@id": ...}} value is a member of an
 * enumeration in range. Superseded terms are refused; pending terms are reported so that a test can
 * hold them to the ones the documentation names. Immutable and thread-safe.
 */
public final class SchemaOrgVocabulary {

  private static final String PREFIX = "schema:";
  private static final String PENDING = "https://pending.schema.org";

  private static volatile SchemaOrgVocabulary loaded;

  /** A schema.org property: the types it is defined for and the types its values may have. */
  private record Property(Set<String> domains, Set<String> ranges) {}

  /** Class name to its direct superclasses. */
  private final Map<String, Set<String>> classes = new HashMap<>();
  /** Classes that are data types (instances of {@code DataType}) and their subclasses, filled lazily. */
  private final Set<String> dataTypeRoots = new LinkedHashSet<>();
  private final Map<String, Property> properties = new HashMap<>();
  /** Enumeration member name to the enumerations it belongs to. */
  private final Map<String, Set<String>> members = new HashMap<>();
  private final Set<String> pending = new TreeSet<>();
  private final Set<String> superseded = new TreeSet<>();
  private final Map<String, Set<String>> ancestors = new ConcurrentHashMap<>();

  private SchemaOrgVocabulary(JsonObject file) {
    for (JsonValue value : file.getJsonArray("@graph")) {
      JsonObject node = value.asJsonObject();
      String id = node.getString("@id");
      if (!id.startsWith(PREFIX)) {
        continue;
      }
      String name = id.substring(PREFIX.length());
      Set<String> types = ids(node.get("@type"), false);
      if (types.contains("rdfs:Class")) {
        classes.put(name, ids(node.get("rdfs:subClassOf"), true));
        if (types.contains("schema:DataType")) {
          dataTypeRoots.add(name);
        }
      } else if (types.contains("rdf:Property")) {
        properties.put(name, new Property(ids(node.get("schema:domainIncludes"), true),
            ids(node.get("schema:rangeIncludes"), true)));
      } else {
        members.put(name, local(types));
      }
      if (node.containsKey("schema:isPartOf") && PENDING.equals(node.getJsonObject("schema:isPartOf").getString("@id"))) {
        pending.add(name);
      }
      if (node.containsKey("schema:supersededBy")) {
        superseded.add(name);
      }
    }
    if (classes.isEmpty() || properties.isEmpty() || members.isEmpty()) {
      throw new IllegalStateException("the vocabulary file holds no classes, properties or enumeration members");
    }
  }

  /**
   * The vocabulary of release {@value JsonLdExporter#SCHEMA_ORG_RELEASE}, read once and checked
   * against its digest.
   *
   * @return the vocabulary
   */
  public static SchemaOrgVocabulary load() {
    SchemaOrgVocabulary v = loaded;
    if (v == null) {
      synchronized (SchemaOrgVocabulary.class) {
        if (loaded == null) {
          try (JsonReader reader = Json.createReader(new ByteArrayInputStream(SchemaOrgFiles.read(SchemaOrgFiles.VOCABULARY)))) {
            loaded = new SchemaOrgVocabulary(reader.readObject());
          }
        }
        v = loaded;
      }
    }
    return v;
  }

  /**
   * Whether the release defines {@code name} as a type, a property or an enumeration member.
   *
   * @param name a local name such as {@code "MedicalProcedure"}
   * @return whether the term exists
   */
  public boolean defines(String name) {
    return classes.containsKey(name) || properties.containsKey(name) || members.containsKey(name);
  }

  /**
   * Whether {@code name} is a pending term of the release.
   *
   * @param name a local name
   * @return whether it is pending
   */
  public boolean isPending(String name) {
    return pending.contains(name);
  }

  /**
   * What the check found in one document.
   *
   * @param violations one line each: the JSON pointer, then what is wrong
   * @param pendingTerms the pending schema.org terms the document uses
   */
  public record Findings(List<String> violations, Set<String> pendingTerms) {}

  /**
   * Checks a JSON-LD document as the exporter writes it: one node with {@code "@context":
   * "https://schema.org"}.
   *
   * @param json the document
   * @return what was found; no violations means the document keeps to the vocabulary
   */
  public Findings check(String json) {
    JsonValue document;
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      document = reader.readValue();
    }
    List<String> violations = new ArrayList<>();
    Set<String> used = new TreeSet<>();
    if (document.getValueType() != JsonValue.ValueType.OBJECT) {
      violations.add(": the document is not one JSON object");
      return new Findings(violations, used);
    }
    JsonObject root = document.asJsonObject();
    JsonValue context = root.get("@context");
    if (!(context instanceof JsonString s) || !s.getString().equals(JsonLdExporter.CONTEXT)) {
      violations.add("/@context: expected \"" + JsonLdExporter.CONTEXT + "\", found " + context);
    }
    node(root, "", violations, used);
    return new Findings(violations, used);
  }

  /** Checks one node and returns its types (only the known ones). */
  private Set<String> node(JsonObject node, String path, List<String> violations, Set<String> used) {
    Set<String> types = new LinkedHashSet<>();
    JsonValue typeValue = node.get("@type");
    if (typeValue == null) {
      violations.add(path + ": a node without @type");
    } else {
      List<JsonValue> listed = typeValue instanceof JsonArray a ? a : List.of(typeValue);
      for (int i = 0; i < listed.size(); i++) {
        String at = path + "/@type" + (typeValue instanceof JsonArray ? "/" + i : "");
        if (!(listed.get(i) instanceof JsonString s)) {
          violations.add(at + ": @type must be a string, found " + listed.get(i));
          continue;
        }
        String type = s.getString();
        if (!classes.containsKey(type)) {
          violations.add(at + ": '" + type + "' is not a schema.org " + JsonLdExporter.SCHEMA_ORG_RELEASE + " type"
              + (defines(type) ? " (it is a property or an enumeration member)" : ""));
        } else {
          term(type, at, violations, used);
          types.add(type);
        }
      }
    }
    for (Map.Entry<String, JsonValue> entry : node.entrySet()) {
      String key = entry.getKey();
      String at = path + "/" + key;
      if (key.equals("@type") || (key.equals("@context") && path.isEmpty())) {
        continue;
      }
      if (key.startsWith("@")) {
        violations.add(at + ": keyword " + key + " is not one the export uses");
        continue;
      }
      Property property = properties.get(key);
      if (property == null) {
        violations.add(at + ": '" + key + "' is not a schema.org " + JsonLdExporter.SCHEMA_ORG_RELEASE + " property"
            + (defines(key) ? " (it is a type or an enumeration member)" : ""));
        continue;
      }
      term(key, at, violations, used);
      if (!types.isEmpty() && types.stream().noneMatch(t -> intersects(ancestorsOf(t), property.domains()))) {
        violations.add(at + ": '" + key + "' is not a property of " + types + "; schema.org defines it for "
            + property.domains());
      }
      JsonValue value = entry.getValue();
      if (value instanceof JsonArray array) {
        for (int i = 0; i < array.size(); i++) {
          value(key, property, array.get(i), at + "/" + i, violations, used);
        }
      } else {
        value(key, property, value, at, violations, used);
      }
    }
    return types;
  }

  private void value(String name, Property property, JsonValue value, String at, List<String> violations,
      Set<String> used) {
    switch (value.getValueType()) {
      case STRING, NUMBER, TRUE, FALSE -> {
        if (property.ranges().stream().noneMatch(this::isDataType)) {
          violations.add(at + ": '" + name + "' expects " + property.ranges() + ", not a text or number");
        }
      }
      case OBJECT -> {
        JsonObject object = value.asJsonObject();
        if (object.size() == 1 && object.get("@id") instanceof JsonString iri) {
          member(name, property, iri.getString(), at, violations, used);
          return;
        }
        Set<String> types = node(object, at, violations, used);
        if (!types.isEmpty() && types.stream().noneMatch(t -> intersects(ancestorsOf(t), property.ranges()))) {
          violations.add(at + ": '" + name + "' expects " + property.ranges() + ", not " + types);
        }
      }
      default -> violations.add(at + ": '" + name + "' has a " + value.getValueType().name().toLowerCase(Locale.ROOT)
          + " value");
    }
  }

  private void member(String name, Property property, String iri, String at, List<String> violations,
      Set<String> used) {
    String local = null;
    for (String base : List.of("https://schema.org/", "http://schema.org/")) {
      if (iri.startsWith(base)) {
        local = iri.substring(base.length());
      }
    }
    if (local == null) {
      violations.add(at + ": '" + iri + "' is not a schema.org IRI");
      return;
    }
    Set<String> enumerations = members.get(local);
    if (enumerations == null) {
      violations.add(at + ": '" + local + "' is not a member of any schema.org " + JsonLdExporter.SCHEMA_ORG_RELEASE
          + " enumeration");
      return;
    }
    term(local, at, violations, used);
    if (enumerations.stream().noneMatch(e -> intersects(ancestorsOf(e), property.ranges()))) {
      violations.add(at + ": '" + local + "' is a member of " + enumerations + ", but '" + name + "' expects "
          + property.ranges());
    }
  }

  private void term(String name, String at, List<String> violations, Set<String> used) {
    if (superseded.contains(name)) {
      violations.add(at + ": '" + name + "' is superseded in schema.org " + JsonLdExporter.SCHEMA_ORG_RELEASE);
    }
    if (pending.contains(name)) {
      used.add(name);
    }
  }

  private boolean isDataType(String type) {
    return intersects(ancestorsOf(type), dataTypeRoots);
  }

  /** The type and all its superclasses. */
  private Set<String> ancestorsOf(String type) {
    Set<String> known = ancestors.get(type);
    if (known != null) {
      return known;
    }
    Set<String> all = new LinkedHashSet<>();
    List<String> todo = new ArrayList<>(List.of(type));
    while (!todo.isEmpty()) {
      String next = todo.remove(todo.size() - 1);
      if (all.add(next)) {
        todo.addAll(classes.getOrDefault(next, Set.of()));
      }
    }
    ancestors.put(type, Set.copyOf(all));
    return all;
  }

  private static boolean intersects(Set<String> a, Set<String> b) {
    for (String x : a) {
      if (b.contains(x)) {
        return true;
      }
    }
    return false;
  }

  /** The {@code @id}s of one value or an array of them, as local names if {@code local}. */
  private static Set<String> ids(JsonValue value, boolean local) {
    Set<String> out = new LinkedHashSet<>();
    if (value == null) {
      return out;
    }
    for (JsonValue v : value instanceof JsonArray a ? a : List.of(value)) {
      String id = v instanceof JsonString s ? s.getString() : v.asJsonObject().getString("@id");
      if (!local) {
        out.add(id);
      } else if (id.startsWith(PREFIX)) {
        out.add(id.substring(PREFIX.length()));
      }
    }
    return out;
  }

  private static Set<String> local(Set<String> ids) {
    Set<String> out = new LinkedHashSet<>();
    for (String id : ids) {
      if (id.startsWith(PREFIX)) {
        out.add(id.substring(PREFIX.length()));
      }
    }
    return out;
  }
}
