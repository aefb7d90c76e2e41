package dev.epidural.cli;

import com.fasterxml.classmate.ResolvedType;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.MemberScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaBuilder;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.generator.impl.module.FlattenedWrapperModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationOption;
import dev.epidural.content.internal.bind.Manifest;
import dev.epidural.content.internal.bind.ReviewFile;
import dev.epidural.content.internal.meta.Kind;
import dev.epidural.content.internal.bind.SchemaKey;
import dev.epidural.model.Coded;
import dev.epidural.model.Id;
import dev.epidural.model.Item;
import dev.epidural.model.Text;
import jakarta.validation.constraints.NotBlank;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schema (draft 2020-12) of the bundle format, generated from the model records with the
 * victools generator, so that the schema cannot drift from what the loader binds.
 *
 * <p>One schema describes both kinds of bundle file: {@code $defs/manifest} ({@code bundle.json})
 * and {@code $defs/contentFile} (an object whose properties are the kinds, each an array of that
 * kind's record), joined by a top-level {@code oneOf}. The two never overlap: a manifest needs
 * {@code id}, which a content file may not have.
 *
 * <p>The mapping follows {@code docs/bundle-format.md}: enums are their code strings, {@code Id} is
 * a kebab-case string, {@code Text} is a string or an object of audience variants, an
 * {@code Optional} component is a property that may be left out, lists and sets may be left out
 * (empty), every other component is required except an item's {@code review}, which the manifest's
 * {@code defaultReview} may supply. Every record forbids unknown properties. Jakarta Validation
 * constraints become {@code minLength}/{@code maxLength}/{@code pattern}/{@code minItems}/
 * {@code minimum}; Java patterns, which must match the whole value, are anchored, since JSON
 * Schema patterns match anywhere.
 */
public final class BundleSchema {

  /** The schema's {@code $id}. */
  public static final String ID = "https://epidural.dev/schema/1/bundle.schema.json";

  /** The pattern of an id, anchored. */
  static final String ID_PATTERN = anchor(Id.FORMAT);

  /** A not-blank string: at least one character that is not white space (JSON Schema patterns search). */
  static final String NOT_BLANK_PATTERN = "\\S";

  /** A date as the loader reads it; {@code format: date} alone is only an annotation in 2020-12. */
  static final String DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

  /** Patterns written here in JSON Schema form already; every other one is a Java pattern to anchor. */
  private static final Set<String> SCHEMA_PATTERNS = Set.of(ID_PATTERN, NOT_BLANK_PATTERN, DATE_PATTERN);

  private static final ObjectMapper MAPPER = JsonMapper.builder().build();

  private BundleSchema() {}

  /**
   * Generates the schema.
   *
   * @return a new tree; the caller may change it
   */
  public static ObjectNode generate() {
    SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(MAPPER, SchemaVersion.DRAFT_2020_12,
        OptionPreset.PLAIN_JSON)
        .with(Option.DEFINITIONS_FOR_ALL_OBJECTS, Option.PLAIN_DEFINITION_KEYS)
        .without(Option.SCHEMA_VERSION_INDICATOR, Option.FLATTENED_OPTIONALS)
        // An Optional is its value, in a property that may be left out. Not Option.FLATTENED_OPTIONALS:
        // that also allows null, which the loader refuses everywhere.
        .with(new FlattenedWrapperModule<>(Optional.class))
        .with(new JakartaValidationModule(JakartaValidationOption.NOT_NULLABLE_FIELD_IS_REQUIRED,
            JakartaValidationOption.INCLUDE_PATTERN_EXPRESSIONS));
    config.forTypesInGeneral()
        .withDefinitionNamingStrategy((key, context) -> definitionName(key.getType()))
        .withPropertySorter(BundleSchema::declarationOrder)
        // Every record refuses unknown properties (Void means "false" to the generator).
        .withAdditionalPropertiesResolver(scope -> isObjectRecord(scope.getType()) ? Void.class : null)
        .withCustomDefinitionProvider((type, context) -> {
          Class<?> raw = type.getErasedType();
          if (raw == Id.class) {
            return new CustomDefinition(ref(context.getGeneratorConfig().getObjectMapper(), "id"),
                CustomDefinition.INLINE_DEFINITION, CustomDefinition.INCLUDING_ATTRIBUTES);
          }
          if (raw == LocalDate.class) {
            ObjectNode node = context.getGeneratorConfig().createObjectNode();
            node.put("type", "string");
            node.put("format", "date");
            node.put("pattern", DATE_PATTERN);
            return new CustomDefinition(node, CustomDefinition.INLINE_DEFINITION, CustomDefinition.INCLUDING_ATTRIBUTES);
          }
          if (raw.isEnum() && Coded.class.isAssignableFrom(raw)) {
            ObjectNode node = context.getGeneratorConfig().createObjectNode();
            node.put("type", "string");
            ArrayNode codes = node.putArray("enum");
            Arrays.stream(raw.getEnumConstants()).map(c -> ((Coded) c).code()).forEach(codes::add);
            return new CustomDefinition(node);
          }
          return null;
        });
    config.forFields()
        .withRequiredCheck(BundleSchema::required)
        .withNullableCheck(field -> Boolean.FALSE)
        .withArrayUniqueItemsResolver(field -> field.getType().isInstanceOf(Set.class) ? Boolean.TRUE : null)
        .withStringPatternResolver(BundleSchema::notBlankPattern)
        .withInstanceAttributeOverride((node, field, context) -> {
          if (field.getDeclaringType().getErasedType() == Manifest.class && field.getName().equals("schemaVersion")) {
            node.put("const", Manifest.SCHEMA_VERSION);
          }
        });

    SchemaGenerator generator = new SchemaGenerator(config.build());
    SchemaBuilder builder = generator.buildMultipleSchemaDefinitions();
    ObjectNode manifest = builder.createSchemaReference(Manifest.class);
    ObjectNode contentFile = MAPPER.createObjectNode();
    contentFile.put("type", "object");
    contentFile.put("description", "A content file: each property is a kind, an array of items of that kind.");
    ObjectNode kinds = contentFile.putObject("properties");
    kinds.set(SchemaKey.NAME, schemaKey());
    for (Kind kind : Kind.values()) {
      ObjectNode array = kinds.putObject(kind.property());
      array.put("type", "array");
      array.set("items", builder.createSchemaReference(kind.type()));
    }
    contentFile.put("additionalProperties", false);
    // A sign-off file, listed by the manifest's reviews: its own kind, so a review never touches content.
    ObjectNode reviewFile = builder.createSchemaReference(dev.epidural.content.internal.bind.ReviewFile.class);
    ObjectNode definitions = builder.collectDefinitions("$defs");

    ObjectNode schema = MAPPER.createObjectNode();
    schema.put("$schema", SchemaVersion.DRAFT_2020_12.getIdentifier());
    schema.put("$id", ID);
    schema.put("title", "Epidural SDK content bundle file, format version " + Manifest.SCHEMA_VERSION);
    schema.put("description", "A bundle manifest (bundle.json, $defs/manifest), a content file"
        + " ($defs/contentFile) or a sign-off file ($defs/reviewFile). See docs/bundle-format.md.");
    ArrayNode oneOf = schema.putArray("oneOf");
    oneOf.add(manifest);
    oneOf.addObject().put("$ref", "#/$defs/contentFile");
    oneOf.add(reviewFile);

    // Text: a plain string is the general text; the object form carries audience variants.
    ObjectNode textRecord = (ObjectNode) definitions.remove("text");
    ObjectNode text = MAPPER.createObjectNode();
    ArrayNode alternatives = text.putArray("oneOf");
    ObjectNode plain = alternatives.addObject();
    plain.put("type", "string");
    plain.put("minLength", 1);
    plain.put("maxLength", Text.MAX_LENGTH);
    plain.put("pattern", NOT_BLANK_PATTERN);
    alternatives.add(textRecord);
    definitions.set("text", text);
    ObjectNode id = definitions.putObject("id");
    id.put("type", "string");
    id.put("pattern", ID_PATTERN);
    id.put("maxLength", Id.MAX_LENGTH);

    // The two file kinds first, then every other definition by name, for a stable, readable file.
    ObjectNode defs = schema.putObject("$defs");
    defs.set("manifest", withSchemaKey((ObjectNode) definitions.remove("manifest")));
    defs.set("contentFile", contentFile);
    definitions.properties().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> defs.set(e.getKey(), e.getValue()));
    anchorPatterns(schema);
    return schema;
  }

  /** The optional {@code "$schema"} string a manifest or content file may start with, which the loader ignores. */
  private static ObjectNode schemaKey() {
    ObjectNode key = MAPPER.createObjectNode();
    key.put("type", "string");
    key.put("description", "The JSON Schema an editor checks this file against (a URL or a relative path);"
        + " ignored by the loader.");
    return key;
  }

  /** {@code definition} with the {@code "$schema"} property first among its properties. */
  private static ObjectNode withSchemaKey(ObjectNode definition) {
    ObjectNode properties = MAPPER.createObjectNode();
    properties.set(SchemaKey.NAME, schemaKey());
    properties.setAll((ObjectNode) definition.get("properties"));
    definition.set("properties", properties);
    return definition;
  }

  /** The schema as printed by {@code epidural schema} and shipped: two-space indent, {@code \n}, final newline. */
  public static String print(JsonNode schema) {
    return MAPPER.writer().with(Json.prettyPrinter()).writeValueAsString(schema) + "\n";
  }

  /** The generated schema, printed. */
  public static String text() {
    return print(generate());
  }

  /** A record written as a JSON object ({@code Id} is written as a string). */
  private static boolean isObjectRecord(ResolvedType type) {
    Class<?> raw = type.getErasedType();
    return raw.isRecord() && raw != Id.class;
  }

  private static ObjectNode ref(ObjectMapper mapper, String definition) {
    ObjectNode node = mapper.createObjectNode();
    node.put("$ref", "#/$defs/" + definition);
    return node;
  }

  private static String definitionName(ResolvedType type) {
    String simple = type.getErasedType().getSimpleName();
    return simple.substring(0, 1).toLowerCase(Locale.ROOT) + simple.substring(1);
  }

  /** Properties in record component order, the order of the model and of the docs. */
  private static int declarationOrder(MemberScope<?, ?> a, MemberScope<?, ?> b) {
    List<String> names = componentNames(a.getDeclaringType().getErasedType());
    return Comparator.<String>comparingInt(n -> names.indexOf(n) < 0 ? Integer.MAX_VALUE : names.indexOf(n))
        .compare(a.getSchemaPropertyName(), b.getSchemaPropertyName());
  }

  private static List<String> componentNames(Class<?> type) {
    RecordComponent[] components = type.getRecordComponents();
    return components == null ? List.of() : Arrays.stream(components).map(RecordComponent::getName).toList();
  }

  /**
   * Whether the loader needs the property: every record component that is not an
   * {@code Optional}, a list or a set, except an item's {@code review}.
   */
  private static boolean required(FieldScope field) {
    Class<?> raw = field.getRawMember().getType();
    if (raw == Optional.class || Collection.class.isAssignableFrom(raw)) {
      return false;
    }
    boolean isItem = Item.class.isAssignableFrom(field.getDeclaringType().getErasedType());
    return !(isItem && field.getName().equals("review"));
  }

  /**
   * {@code @NotBlank} as a pattern, where no {@code @Pattern} says more. A list element is a
   * "fake container item" scope, whose constraints are the element's type-use annotations.
   */
  private static String notBlankPattern(FieldScope field) {
    boolean notBlank = constraint(field, NotBlank.class) != null;
    boolean pattern = constraint(field, jakarta.validation.constraints.Pattern.class) != null;
    return notBlank && !pattern ? NOT_BLANK_PATTERN : null;
  }

  private static <A extends java.lang.annotation.Annotation> A constraint(FieldScope field, Class<A> type) {
    return field.isFakeContainerItemScope()
        ? field.getContainerItemAnnotationConsideringFieldAndGetterIfSupported(type)
        : field.getAnnotationConsideringFieldAndGetterIfSupported(type);
  }

  /** Java {@code @Pattern}s match the whole value; JSON Schema patterns search. */
  static String anchor(String javaPattern) {
    return "^(?:" + javaPattern + ")$";
  }

  private static void anchorPatterns(JsonNode node) {
    if (node instanceof ObjectNode object) {
      JsonNode pattern = object.get("pattern");
      if (pattern != null && pattern.isString()) {
        String p = pattern.asString();
        if (p.equals(Text.NOT_BLANK)) {
          // "(?s).*\\S.*" is Java-only syntax; as a search, "\\S" means the same.
          object.put("pattern", NOT_BLANK_PATTERN);
        } else if (!SCHEMA_PATTERNS.contains(p)) {
          object.put("pattern", anchor(p));
        }
      }
      for (Iterator<JsonNode> it = object.values().iterator(); it.hasNext(); ) {
        anchorPatterns(it.next());
      }
    } else if (node instanceof ArrayNode array) {
      array.forEach(BundleSchema::anchorPatterns);
    }
  }
}
