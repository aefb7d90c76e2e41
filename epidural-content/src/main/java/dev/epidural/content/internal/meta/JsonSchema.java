package dev.epidural.content.internal.meta;

import dev.epidural.model.Id;
import dev.epidural.model.Text;
import jakarta.validation.constraints.Pattern;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The JSON Schema (draft 2020-12) definitions of described records, as the loader binds them: what
 * the bundle schema ({@code epidural schema}) is made of, generated from each record's
 * {@link RecordType}, so the schema cannot drift from the binder. {@link #reference} gives the schema
 * of a value and adds the definitions it needs, each named after its class in lower camel case
 * ({@code procedureStep}); {@link #definitions} gives them all.
 *
 * <p>A record is an object of its components' property names in declaration order, which refuses
 * unknown properties. A property is required unless it may be left out (an optional, a list, a set:
 * {@link Component#mayBeAbsent()}) or is an item's {@code review}, which the manifest's
 * {@code defaultReview} may supply; a component with {@code @NotNull}, {@code @NotBlank} or
 * {@code @NotEmpty} is required all the same. By form:
 *
 * <ul>
 *   <li>a string is {@code "type": "string"}; {@code @NotBlank} or {@code @NotEmpty} gives
 *       {@code minLength} 1, {@code @Size} {@code minLength} and {@code maxLength}, {@code @Pattern}
 *       its pattern, anchored, since a Java pattern matches the whole value and a JSON Schema one
 *       searches; the model's not-blank pattern ({@link Text#NOT_BLANK}), and {@code @NotBlank}
 *       where no {@code @Pattern} says more, is {@code \S};
 *   <li>a number or an integer, with {@code minimum} 0 for {@code @PositiveOrZero}; a boolean;
 *   <li>a date is a {@code YYYY-MM-DD} string ({@code format: date} alone only annotates in 2020-12);
 *   <li>a code, an id, a text and a nested record refer to a definition: an enum's codes, the
 *       kebab-case id, a text as a plain string (as its {@code text} component) or an object of
 *       audience variants, the record's object;
 *   <li>a list or a set is an array of its element, with {@code minItems} and {@code maxItems} from
 *       {@code @NotEmpty} and {@code @Size}, and {@code uniqueItems} for a set;
 *   <li>an optional is what it holds, under its own constraints and its content's; never null.
 * </ul>
 *
 * <p>A constraint the schema cannot say fails the generation, naming the component: a constraint of
 * another type ({@link Constraints#others()}), a pattern with flags, two patterns on one value, or a
 * constraint on a form it does not apply to. The schema would otherwise allow what the loader refuses.
 *
 * <p>A schema is a tree of {@link LinkedHashMap}s (keys in the order a schema file prints them),
 * {@link List}s, strings, integers and booleans, new for each instance and the caller's to change.
 * One instance collects the definitions of one schema; not thread-safe.
 */
public final class JsonSchema {

  /** The pattern of an id, anchored. */
  public static final String ID_PATTERN = anchor(Id.FORMAT);

  /** A not-blank string: at least one character that is not white space (JSON Schema patterns search). */
  public static final String NOT_BLANK_PATTERN = "\\S";

  /** A date as the loader reads it. */
  public static final String DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

  private static final String DEFS = "#/$defs/";

  private final SortedMap<String, Map<String, Object>> definitions = new TreeMap<>();
  private final Map<String, Class<?>> named = new HashMap<>();

  /** A schema with no definition yet. */
  public JsonSchema() {}

  /**
   * The schema of a value of {@code type} (a record, an enum, an {@code Id} or a {@code Text}: a
   * reference to its definition), adding the definitions it needs.
   *
   * @throws IllegalArgumentException for a type the bundle format has no form for, or a constraint
   *     the schema cannot say
   */
  public Map<String, Object> reference(Class<?> type) {
    return value(ValueType.of(type), Constraints.NONE, type.getSimpleName());
  }

  /** Every definition added so far, by name, in name order. */
  public SortedMap<String, Map<String, Object>> definitions() {
    return Collections.unmodifiableSortedMap(definitions);
  }

  /** The name of a class's definition: its simple name in lower camel case. */
  public static String definitionName(Class<?> type) {
    String simple = type.getSimpleName();
    return simple.substring(0, 1).toLowerCase(Locale.ROOT) + simple.substring(1);
  }

  /** A Java pattern as a JSON Schema pattern: Java's match the whole value, JSON Schema's search. */
  public static String anchor(String javaPattern) {
    return "^(?:" + javaPattern + ")$";
  }

  private Map<String, Object> value(ValueType type, Constraints c, String where) {
    switch (type.form()) {
      case STRING -> {
        expect(c, where, true, false, false);
        Map<String, Object> node = node("type", "string");
        int minLength = c.minSize() > 0 ? c.minSize() : (c.notBlank() || c.notEmpty()) ? 1 : 0;
        if (minLength > 0) {
          node.put("minLength", minLength);
        }
        if (c.maxSize() < Integer.MAX_VALUE) {
          node.put("maxLength", c.maxSize());
        }
        if (!c.patterns().isEmpty()) {
          node.put("pattern", pattern(c.patterns().get(0)));
        } else if (c.notBlank()) {
          node.put("pattern", NOT_BLANK_PATTERN);
        }
        return node;
      }
      case NUMBER, INTEGER -> {
        expect(c, where, false, true, false);
        Map<String, Object> node = node("type", type.form() == ValueType.Form.NUMBER ? "number" : "integer");
        if (c.positiveOrZero()) {
          node.put("minimum", 0);
        }
        return node;
      }
      case BOOLEAN -> {
        expect(c, where, false, false, false);
        return node("type", "boolean");
      }
      case DATE -> {
        expect(c, where, false, false, false);
        Map<String, Object> node = node("type", "string");
        node.put("format", "date");
        node.put("pattern", DATE_PATTERN);
        return node;
      }
      case CODE -> {
        expect(c, where, false, false, false);
        if (define(type.raw())) {
          Map<String, Object> definition = definitions.get(definitionName(type.raw()));
          definition.put("type", "string");
          definition.put("enum", new ArrayList<Object>(type.codes()));
        }
        return ref(type.raw());
      }
      case ID -> {
        expect(c, where, false, false, false);
        if (define(Id.class)) {
          Map<String, Object> definition = definitions.get(definitionName(Id.class));
          definition.put("type", "string");
          definition.put("pattern", ID_PATTERN);
          definition.put("maxLength", Id.MAX_LENGTH);
        }
        return ref(Id.class);
      }
      case TEXT -> {
        expect(c, where, false, false, false);
        if (define(type.raw())) {
          // Put first, so that a text inside a text would refer to it rather than recurse.
          Map<String, Object> definition = definitions.get(definitionName(type.raw()));
          RecordType text = type.record();
          Component general = text.component("text")
              .orElseThrow(() -> new IllegalStateException("a text without its general text: " + text));
          List<Object> forms = new ArrayList<>();
          forms.add(value(general.type(), general.constraints(), where(text, general)));
          forms.add(object(text));
          definition.put("oneOf", forms);
        }
        return ref(type.raw());
      }
      case RECORD -> {
        expect(c, where, false, false, false);
        if (define(type.raw())) {
          definitions.get(definitionName(type.raw())).putAll(object(type.record()));
        }
        return ref(type.raw());
      }
      case LIST, SET -> {
        expect(c, where, false, false, true);
        Map<String, Object> node = new LinkedHashMap<>();
        int minItems = c.minSize() > 0 ? c.minSize() : c.notEmpty() ? 1 : 0;
        if (minItems > 0) {
          node.put("minItems", minItems);
        }
        if (c.maxSize() < Integer.MAX_VALUE) {
          node.put("maxItems", c.maxSize());
        }
        if (type.form() == ValueType.Form.SET) {
          node.put("uniqueItems", true);
        }
        node.put("type", "array");
        node.put("items", value(type.element(), c.element(), where + "[]"));
        return node;
      }
      case OPTIONAL -> {
        return value(type.element(), c.unwrapped(), where);
      }
    }
    throw new AssertionError(type.form());
  }

  /** The object schema of a record. */
  private Map<String, Object> object(RecordType record) {
    Map<String, Object> node = node("type", "object");
    Map<String, Object> properties = new LinkedHashMap<>();
    List<Object> required = new ArrayList<>();
    for (Component c : record.components()) {
      properties.put(c.name(), value(c.type(), c.constraints(), where(record, c)));
      Constraints own = c.constraints();
      boolean needed = !c.mayBeAbsent() && c.index() != record.reviewIndex();
      if (needed || own.notNull() || own.notBlank() || own.notEmpty()) {
        required.add(c.name());
      }
    }
    if (!properties.isEmpty()) {
      node.put("properties", properties);
    }
    if (!required.isEmpty()) {
      node.put("required", required);
    }
    node.put("additionalProperties", false);
    return node;
  }

  /**
   * Whether the definition of {@code type} is new: then it is added, empty, for the caller to fill,
   * so that a record that holds itself refers to its definition rather than recurse.
   */
  private boolean define(Class<?> type) {
    String name = definitionName(type);
    Class<?> before = named.putIfAbsent(name, type);
    if (before != null && before != type) {
      throw new IllegalArgumentException("two types would have the definition '" + name + "': " + before.getName()
          + " and " + type.getName());
    }
    if (before != null) {
      return false;
    }
    definitions.put(name, new LinkedHashMap<>());
    return true;
  }

  /**
   * Refuses constraints the schema cannot say on this value: any but {@code @NotNull} and
   * {@code @Valid}, unless the value is a string (string constraints), a number ({@code @PositiveOrZero})
   * or a container (sizes).
   */
  private static void expect(Constraints c, String where, boolean string, boolean number, boolean container) {
    List<String> refused = new ArrayList<>();
    c.others().forEach(a -> refused.add("@" + a.annotationType().getSimpleName()));
    if (!string && (c.notBlank() || !c.patterns().isEmpty())) {
      refused.add(c.notBlank() ? "@NotBlank" : "@Pattern");
    }
    if (!string && !container && (c.notEmpty() || c.minSize() > 0 || c.maxSize() < Integer.MAX_VALUE)) {
      refused.add(c.notEmpty() ? "@NotEmpty" : "@Size");
    }
    if (!number && c.positiveOrZero()) {
      refused.add("@PositiveOrZero");
    }
    if (c.patterns().size() > 1) {
      refused.add("more than one @Pattern");
    }
    c.patterns().stream().filter(p -> p.flags().length > 0).forEach(p -> refused.add("@Pattern with flags"));
    if (!refused.isEmpty()) {
      throw new IllegalArgumentException("the JSON Schema cannot say " + String.join(", ", refused) + " on " + where);
    }
  }

  private static String pattern(Pattern p) {
    // "(?s).*\\S.*" is Java-only syntax; as a search, "\\S" means the same.
    return p.regexp().equals(Text.NOT_BLANK) ? NOT_BLANK_PATTERN : anchor(p.regexp());
  }

  private static String where(RecordType record, Component c) {
    return record.type().getSimpleName() + "." + c.name();
  }

  private static Map<String, Object> ref(Class<?> type) {
    return node("$ref", DEFS + definitionName(type));
  }

  private static Map<String, Object> node(String key, Object value) {
    Map<String, Object> node = new LinkedHashMap<>();
    node.put(key, value);
    return node;
  }
}
