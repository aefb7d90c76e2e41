package dev.epidural.content.internal;

import dev.epidural.model.Coded;
import dev.epidural.model.Id;
import dev.epidural.model.Text;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns located JSON nodes into model records, reporting every problem it meets (missing and
 * unknown properties, wrong types, bad codes) instead of stopping at the first. Nothing is coerced:
 * no string for a number, no fraction for an integer, no {@code null} anywhere.
 *
 * <p>The binder is driven by the records' components, so the JSON format follows the model with no
 * per-type code. One binder serves one file; the record metadata is cached for all.
 */
public final class Binder {

  /** Marks a value that could not be bound; its problems are already reported. */
  private static final Object FAILED = new Object();

  private static final Map<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();
  private static final Map<Class<?>, Map<String, Object>> CODES = new ConcurrentHashMap<>();

  /** The constant of a coded enum with this code; for data already validated, such as a snapshot. */
  static Object code(Class<?> enumType, String code) {
    Object constant = CODES.computeIfAbsent(enumType, Binder::codesOf).get(code);
    if (constant == null) {
      throw new IllegalArgumentException("unknown code '" + code + "' of " + enumType.getSimpleName());
    }
    return constant;
  }

  private static Map<String, Object> codesOf(Class<?> enumType) {
    Map<String, Object> codes = new java.util.HashMap<>();
    for (Object constant : enumType.getEnumConstants()) {
      codes.put(((Coded) constant).code(), constant);
    }
    return Map.copyOf(codes);
  }

  private final Problems problems;
  private final String file;
  private final Map<Class<?>, Object> defaults;

  /**
   * A binder for one file.
   *
   * @param defaults values for required components of these types when a property is missing
   *     (the manifest's {@code defaultReview})
   */
  public Binder(Problems problems, String file, Map<Class<?>, Object> defaults) {
    this.problems = problems;
    this.file = file;
    this.defaults = defaults;
  }

  /** Binds {@code node} as a {@code type}; empty when a problem was reported. */
  public <T> Optional<T> bind(Node node, Class<T> type, String pointer) {
    Object value = value(node, type, JsonPath.at(pointer));
    return value == FAILED ? Optional.empty() : Optional.of(type.cast(value));
  }

  /**
   * Binds {@code node} as a value of the model type {@code type} (a component's generic type);
   * empty when a problem was reported. Used to read the parts of an item that can still be read
   * when the item as a whole cannot.
   */
  public Optional<Object> bindValue(Node node, Type type, String pointer) {
    Object value = value(node, type, JsonPath.at(pointer));
    return value == FAILED ? Optional.empty() : Optional.of(value);
  }

  /** The cached component metadata of a record type. */
  public static Shape shape(Class<?> recordType) {
    return SHAPES.computeIfAbsent(recordType, Shape::new);
  }

  /** A record's components, their generic types and its canonical constructor. */
  public static final class Shape {
    final RecordComponent[] components;
    final Type[] genericTypes;
    final Map<String, Integer> index = new LinkedHashMap<>();
    final Constructor<?> constructor;

    Shape(Class<?> type) {
      components = type.getRecordComponents();
      genericTypes = new Type[components.length];
      Class<?>[] raw = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        index.put(components[i].getName(), i);
        raw[i] = components[i].getType();
        genericTypes[i] = components[i].getGenericType();
      }
      try {
        constructor = type.getDeclaredConstructor(raw);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("record without canonical constructor: " + type, e);
      }
    }

    /** The record's components, in declaration order. */
    public RecordComponent[] components() {
      return components.clone();
    }

  }

  private Object value(Node node, Type type, JsonPath pointer) {
    if (type instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      Type arg = p.getActualTypeArguments()[0];
      if (raw == Optional.class) {
        Object v = value(node, arg, pointer);
        return v == FAILED ? FAILED : Optional.of(v);
      }
      if (raw == List.class || raw == Set.class) {
        return collection(node, arg, pointer, raw == Set.class);
      }
      if (raw == Id.class) {
        return id(node, pointer);
      }
      return unsupported(type, pointer);
    }
    Class<?> c = (Class<?>) type;
    if (c == String.class) {
      return node instanceof Node.Str s ? s.value() : wrongType(node, "a string", pointer);
    }
    if (c == double.class || c == Double.class) {
      return node instanceof Node.Num n ? (Object) n.value() : wrongType(node, "a number", pointer);
    }
    if (c == int.class || c == Integer.class) {
      if (node instanceof Node.Num n && n.integral() && n.value() >= Integer.MIN_VALUE && n.value() <= Integer.MAX_VALUE) {
        return (int) n.value();
      }
      return wrongType(node, "an integer", pointer);
    }
    if (c == boolean.class || c == Boolean.class) {
      return node instanceof Node.Bool b ? (Object) b.value() : wrongType(node, "true or false", pointer);
    }
    if (c == LocalDate.class) {
      if (!(node instanceof Node.Str s)) {
        return wrongType(node, "a date string YYYY-MM-DD", pointer);
      }
      LocalDate date = date(s.value());
      if (date == null) {
        problems.add(ProblemCode.SHAPE_VALUE, "'" + clip(s.value()) + "' is not a date; expected YYYY-MM-DD",
            file, pointer.pointer(), node);
        return FAILED;
      }
      return date;
    }
    if (c.isEnum() && Coded.class.isAssignableFrom(c)) {
      return code(node, c, pointer);
    }
    if (c.isRecord()) {
      if (c == Text.class && node instanceof Node.Str s) {
        return Text.of(s.value());
      }
      return record(node, c, pointer);
    }
    return unsupported(type, pointer);
  }

  private Object code(Node node, Class<?> enumType, JsonPath pointer) {
    if (!(node instanceof Node.Str s)) {
      return wrongType(node, "a code string", pointer);
    }
    Object known = CODES.computeIfAbsent(enumType, Binder::codesOf).get(s.value());
    if (known != null) {
      return known;
    }
    // Not a code: name the nearest codes, or all of them.
    List<String> codes = new ArrayList<>();
    for (Object constant : enumType.getEnumConstants()) {
      codes.add(((Coded) constant).code());
    }
    String what = enumType.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    problems.add(ProblemCode.SHAPE_VALUE, "unknown " + what + " '" + clip(s.value()) + "'; "
        + Suggestions.forValue(s.value(), codes, "expected one of "), file, pointer.pointer(), node);
    return FAILED;
  }

  private Object id(Node node, JsonPath pointer) {
    if (!(node instanceof Node.Str s)) {
      return wrongType(node, "an id string", pointer);
    }
    try {
      return Id.of(s.value());
    } catch (IllegalArgumentException e) {
      problems.add(ProblemCode.SHAPE_VALUE, "id '" + clip(s.value()) + "' is not lowercase kebab-case of at most "
          + Id.MAX_LENGTH + " characters, such as 'lumbar-interlaminar-esi'", file, pointer.pointer(), node);
      return FAILED;
    }
  }

  private Object collection(Node node, Type element, JsonPath pointer, boolean isSet) {
    if (!(node instanceof Node.Arr arr)) {
      return wrongType(node, "an array", pointer);
    }
    List<Object> values = new ArrayList<>(arr.elements().size());
    Set<Object> seen = isSet ? new HashSet<>() : Set.of();
    boolean failed = false;
    for (int i = 0; i < arr.elements().size(); i++) {
      Node el = arr.elements().get(i);
      JsonPath at = pointer.child(i);
      Object v = value(el, element, at);
      if (v == FAILED) {
        failed = true;
      } else if (isSet && !seen.add(v)) {
        problems.add(ProblemCode.SHAPE_DUPLICATE_ELEMENT, "'" + clip(String.valueOf(v instanceof Coded cd ? cd.code() : v))
            + "' is listed twice; each value may appear once", file, at.pointer(), el);
        failed = true;
      } else {
        values.add(v);
      }
    }
    if (failed) {
      return FAILED;
    }
    return isSet ? new LinkedHashSet<>(values) : values;
  }

  private Object record(Node node, Class<?> type, JsonPath pointer) {
    if (!(node instanceof Node.Obj obj)) {
      return wrongType(node, type == Text.class ? "a string or an object" : "an object", pointer);
    }
    Shape shape = shape(type);
    boolean failed = false;
    Node.Member[] given = new Node.Member[shape.components.length];
    for (Node.Member m : obj.members()) {
      Integer i = shape.index.get(m.name());
      if (i == null) {
        problems.add(ProblemCode.SHAPE_UNKNOWN, "unknown property '" + clip(m.name()) + "'; "
            + Suggestions.forValue(m.name(), shape.index.keySet(), "allowed: "), file, pointer.child(m.name()).pointer(),
            m.line(), m.column());
        failed = true;
      } else {
        given[i] = m;
      }
    }
    Object[] args = new Object[shape.components.length];
    for (int i = 0; i < shape.components.length; i++) {
      RecordComponent rc = shape.components[i];
      Node.Member m = given[i];
      if (m == null) {
        Object missing = absent(rc);
        if (missing == FAILED) {
          problems.add(ProblemCode.SHAPE_MISSING, "missing required property '" + rc.getName() + "'", file,
              pointer.pointer(), obj);
          failed = true;
        }
        args[i] = missing;
        continue;
      }
      if (m.value() instanceof Node.Null) {
        problems.add(ProblemCode.SHAPE_TYPE, "'" + rc.getName() + "' is null; "
            + (isOptional(rc) ? "omit the property instead" : "give a value"), file,
            pointer.child(rc.getName()).pointer(), m.value());
        failed = true;
        continue;
      }
      args[i] = value(m.value(), shape.genericTypes[i], pointer.child(rc.getName()));
      failed |= args[i] == FAILED;
    }
    if (failed) {
      return FAILED;
    }
    try {
      return shape.constructor.newInstance(args);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      problems.add(ProblemCode.SHAPE_VALUE, safe(String.valueOf(cause.getMessage())), file, pointer.pointer(), obj);
      return FAILED;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot construct " + type, e);
    }
  }

  /**
   * The date written {@code YYYY-MM-DD}, or null. The same dates {@link LocalDate#parse} accepts in
   * that form (a test holds the two together), without its formatter: every item has dates.
   */
  static LocalDate date(String s) {
    if (!isIsoDateForm(s)) {
      return null;
    }
    try {
      return LocalDate.of(digits(s, 0, 4), digits(s, 5, 7), digits(s, 8, 10));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static int digits(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      v = v * 10 + (s.charAt(i) - '0');
    }
    return v;
  }

  /** {@code YYYY-MM-DD} by its characters; the calendar is checked by {@link LocalDate#of}. */
  private static boolean isIsoDateForm(String s) {
    if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      if (i != 4 && i != 7 && (s.charAt(i) < '0' || s.charAt(i) > '9')) {
        return false;
      }
    }
    return true;
  }

  private Object absent(RecordComponent rc) {
    Class<?> t = rc.getType();
    if (t == Optional.class) {
      return Optional.empty();
    }
    if (t == List.class) {
      return List.of();
    }
    if (t == Set.class) {
      return Set.of();
    }
    Object dflt = defaults.get(t);
    return dflt != null ? dflt : FAILED;
  }

  private static boolean isOptional(RecordComponent rc) {
    return rc.getType() == Optional.class;
  }

  private Object wrongType(Node node, String expected, JsonPath pointer) {
    String shown = node instanceof Node.Str s ? " '" + clip(s.value()) + "'"
        : node instanceof Node.Num n ? " " + n.text() : "";
    problems.add(ProblemCode.SHAPE_TYPE, "expected " + expected + ", found " + node.typeName() + shown,
        file, pointer.pointer(), node);
    return FAILED;
  }

  private Object unsupported(Type type, JsonPath pointer) {
    throw new IllegalStateException("model type not supported by the binder: " + type + " at " + pointer);
  }

  /** Shortens a value shown in a message. */
  static String clip(String value) {
    return safe(value.length() > 60 ? value.substring(0, 60) + "..." : value);
  }

  /** Keeps a message printable: bundle text may carry anything. */
  static String safe(String message) {
    StringBuilder sb = new StringBuilder(message.length());
    message.codePoints().forEach(cp -> {
      if (Character.isISOControl(cp) || TextRules.isInvisible(cp)) {
        sb.append(String.format("\\u%04X", cp));
      } else {
        sb.appendCodePoint(cp);
      }
    });
    return sb.toString();
  }
}
