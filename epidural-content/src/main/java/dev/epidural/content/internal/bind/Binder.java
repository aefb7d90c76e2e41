package dev.epidural.content.internal.bind;

import dev.epidural.content.internal.meta.Component;
import dev.epidural.content.internal.meta.RecordType;
import dev.epidural.content.internal.meta.ValueType;
import dev.epidural.content.internal.problem.Messages;
import dev.epidural.content.ProblemCode;
import dev.epidural.content.internal.problem.Problems;
import dev.epidural.content.internal.problem.Suggestions;
import dev.epidural.content.internal.tree.JsonPath;
import dev.epidural.content.internal.tree.Node;
import dev.epidural.model.Coded;
import dev.epidural.model.Id;
import dev.epidural.model.Text;
import java.lang.reflect.InvocationTargetException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns located JSON nodes into model records, reporting every problem it meets (missing and
 * unknown properties, wrong types, bad codes) instead of stopping at the first. Nothing is coerced:
 * no string for a number, no fraction for an integer, no {@code null} anywhere.
 *
 * <p>The binder is driven by the records' descriptions ({@link RecordType}), so the JSON format
 * follows the model with no per-type code. One binder serves one file; the record metadata is cached for all.
 */
public final class Binder {

  /** Marks a value that could not be bound; its problems are already reported. */
  private static final Object FAILED = new Object();

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

  /**
   * Binds {@code node} as a value of the model type {@code type} (a component's generic type);
   * empty when a problem was reported. Used to read the parts of an item that can still be read
   * when the item as a whole cannot.
   */
  public Optional<Object> bindValue(Node node, java.lang.reflect.Type type, String pointer) {
    Object value = value(node, ValueType.of(type), JsonPath.at(pointer));
    return value == FAILED ? Optional.empty() : Optional.of(value);
  }

  /** Binds {@code node} as a {@code type}; empty when a problem was reported. */
  public <T> Optional<T> bind(Node node, Class<T> type, String pointer) {
    Object value = value(node, ValueType.of(type), JsonPath.at(pointer));
    return value == FAILED ? Optional.empty() : Optional.of(type.cast(value));
  }

  private Object value(Node node, ValueType type, JsonPath pointer) {
    switch (type.form()) {
      case OPTIONAL -> {
        Object v = value(node, type.element(), pointer);
        return v == FAILED ? FAILED : Optional.of(v);
      }
      case LIST -> {
        return collection(node, type.element(), pointer, false);
      }
      case SET -> {
        return collection(node, type.element(), pointer, true);
      }
      case ID -> {
        return id(node, pointer);
      }
      case STRING -> {
        return node instanceof Node.Str s ? s.value() : wrongType(node, "a string", pointer);
      }
      case NUMBER -> {
        return node instanceof Node.Num n ? (Object) n.value() : wrongType(node, "a number", pointer);
      }
      case INTEGER -> {
        if (node instanceof Node.Num n && n.integral() && n.value() >= Integer.MIN_VALUE && n.value() <= Integer.MAX_VALUE) {
          return (int) n.value();
        }
        return wrongType(node, "an integer", pointer);
      }
      case BOOLEAN -> {
        return node instanceof Node.Bool b ? (Object) b.value() : wrongType(node, "true or false", pointer);
      }
      case DATE -> {
        if (!(node instanceof Node.Str s)) {
          return wrongType(node, "a date string YYYY-MM-DD", pointer);
        }
        LocalDate date = date(s.value());
        if (date == null) {
          problems.add(ProblemCode.SHAPE_VALUE, "'" + Messages.clip(s.value()) + "' is not a date; expected YYYY-MM-DD",
              file, pointer.pointer(), node);
          return FAILED;
        }
        return date;
      }
      case CODE -> {
        return code(node, type, pointer);
      }
      case TEXT -> {
        if (node instanceof Node.Str s) {
          return Text.of(s.value());
        }
        return record(node, type.record(), pointer);
      }
      case RECORD -> {
        return record(node, type.record(), pointer);
      }
    }
    throw new AssertionError(type.form());
  }

  private Object code(Node node, ValueType type, JsonPath pointer) {
    if (!(node instanceof Node.Str s)) {
      return wrongType(node, "a code string", pointer);
    }
    Class<?> enumType = type.raw();
    Object known = type.constant(s.value());
    if (known != null) {
      return known;
    }
    // Not a code: name the nearest codes, or all of them.
    String what = enumType.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    problems.add(ProblemCode.SHAPE_VALUE, "unknown " + what + " '" + Messages.clip(s.value()) + "'; "
        + Suggestions.forValue(s.value(), type.codes(), "expected one of "), file, pointer.pointer(), node);
    return FAILED;
  }

  private Object id(Node node, JsonPath pointer) {
    if (!(node instanceof Node.Str s)) {
      return wrongType(node, "an id string", pointer);
    }
    try {
      return Id.of(s.value());
    } catch (IllegalArgumentException e) {
      problems.add(ProblemCode.SHAPE_VALUE, "id '" + Messages.clip(s.value()) + "' is not lowercase kebab-case of at most "
          + Id.MAX_LENGTH + " characters, such as 'lumbar-interlaminar-esi'", file, pointer.pointer(), node);
      return FAILED;
    }
  }

  private Object collection(Node node, ValueType element, JsonPath pointer, boolean isSet) {
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
        problems.add(ProblemCode.SHAPE_DUPLICATE_ELEMENT, "'" + Messages.clip(String.valueOf(v instanceof Coded cd ? cd.code() : v))
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

  private Object record(Node node, RecordType type, JsonPath pointer) {
    if (!(node instanceof Node.Obj obj)) {
      return wrongType(node, type.type() == Text.class ? "a string or an object" : "an object", pointer);
    }
    int size = type.size();
    boolean failed = false;
    Node.Member[] given = new Node.Member[size];
    for (Node.Member m : obj.members()) {
      int i = type.indexOf(m.name());
      if (i < 0) {
        problems.add(ProblemCode.SHAPE_UNKNOWN, "unknown property '" + Messages.clip(m.name()) + "'; "
            + Suggestions.forValue(m.name(), type.propertyNames(), "allowed: "), file, pointer.child(m.name()).pointer(),
            m.line(), m.column());
        failed = true;
      } else {
        given[i] = m;
      }
    }
    Object[] args = new Object[size];
    for (int i = 0; i < size; i++) {
      Component c = type.component(i);
      Node.Member m = given[i];
      if (m == null) {
        Object missing = absent(c);
        if (missing == FAILED) {
          problems.add(ProblemCode.SHAPE_MISSING, "missing required property '" + c.name() + "'", file,
              pointer.pointer(), obj);
          failed = true;
        }
        args[i] = missing;
        continue;
      }
      if (m.value() instanceof Node.Null) {
        problems.add(ProblemCode.SHAPE_TYPE, "'" + c.name() + "' is null; "
            + (c.type().form() == ValueType.Form.OPTIONAL ? "omit the property instead" : "give a value"), file,
            pointer.child(c.name()).pointer(), m.value());
        failed = true;
        continue;
      }
      args[i] = value(m.value(), c.type(), pointer.child(c.name()));
      failed |= args[i] == FAILED;
    }
    if (failed) {
      return FAILED;
    }
    try {
      return type.construct(args);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      problems.add(ProblemCode.SHAPE_VALUE, Messages.safe(String.valueOf(cause.getMessage())), file, pointer.pointer(), obj);
      return FAILED;
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

  private Object absent(Component c) {
    if (c.mayBeAbsent()) {
      return c.absentValue();
    }
    Object dflt = defaults.get(c.javaClass());
    return dflt != null ? dflt : FAILED;
  }

  private Object wrongType(Node node, String expected, JsonPath pointer) {
    String shown = node instanceof Node.Str s ? " '" + Messages.clip(s.value()) + "'"
        : node instanceof Node.Num n ? " " + n.text() : "";
    problems.add(ProblemCode.SHAPE_TYPE, "expected " + expected + ", found " + node.typeName() + shown,
        file, pointer.pointer(), node);
    return FAILED;
  }
}
