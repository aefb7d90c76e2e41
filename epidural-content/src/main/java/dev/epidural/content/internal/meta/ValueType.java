package dev.epidural.content.internal.meta;

import dev.epidural.model.Coded;
import dev.epidural.model.Id;
import dev.epidural.model.Text;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a record component holds, as the bundle format sees it: one of a closed set of {@link Form}s,
 * with the element of a container, the target record of an id, the constants of a coded enum or the
 * description of a nested record. Every walker over the model switches over {@link #form()}, so a new
 * form fails the build at each walker that does not handle it. Immutable and thread-safe.
 */
public final class ValueType {

  /** The forms a value takes in the bundle format. */
  public enum Form {
    /** A JSON string, free text or a URL. */
    STRING,
    /** A JSON number. */
    NUMBER,
    /** A JSON integer that fits an {@code int}. */
    INTEGER,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** A {@code YYYY-MM-DD} date string. */
    DATE,
    /** A code string of a {@link Coded} enum. */
    CODE,
    /** An {@link Id}; {@link #target()} is the record it names. */
    ID,
    /** A {@link Text}: a plain string, or an object with audience variants. */
    TEXT,
    /** An object bound to a nested record. */
    RECORD,
    /** An array, in order. */
    LIST,
    /** An array whose values may each appear once. */
    SET,
    /** A property that may be left out. */
    OPTIONAL
  }

  private final Form form;
  private final Class<?> raw;
  private final Type type;
  private final ValueType element;
  private final Object[] constants;
  private final Map<String, Object> byCode;
  private final List<String> codes;
  /** 0 not yet known, 1 yes, 2 no; racy on purpose: every thread works out the same answer. */
  private byte holdsText;
  private byte holdsId;

  private static final ClassValue<ValueType> CLASSES = new ClassValue<>() {
    @Override
    protected ValueType computeValue(Class<?> type) {
      return make(type);
    }
  };

  private ValueType(Form form, Class<?> raw, Type type, ValueType element, Object[] constants) {
    this.form = form;
    this.raw = raw;
    this.type = type;
    this.element = element;
    this.constants = constants;
    if (constants == null) {
      this.byCode = Map.of();
      this.codes = List.of();
    } else {
      Map<String, Object> map = new HashMap<>();
      String[] names = new String[constants.length];
      for (int i = 0; i < constants.length; i++) {
        names[i] = ((Coded) constants[i]).code();
        map.put(names[i], constants[i]);
      }
      this.byCode = Map.copyOf(map);
      this.codes = List.of(names);
    }
  }

  /**
   * The value type of a component's generic type.
   *
   * @throws IllegalArgumentException for a Java type the bundle format has no form for, naming it
   */
  public static ValueType of(Type type) {
    if (type instanceof Class<?> c) {
      return CLASSES.get(c);
    }
    return make(type);
  }

  private static ValueType make(Type type) {
    if (type instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      Type arg = p.getActualTypeArguments()[0];
      if (raw == Optional.class) {
        return new ValueType(Form.OPTIONAL, raw, type, of(arg), null);
      }
      if (raw == List.class) {
        return new ValueType(Form.LIST, raw, type, of(arg), null);
      }
      if (raw == Set.class) {
        return new ValueType(Form.SET, raw, type, of(arg), null);
      }
      if (raw == Id.class && arg instanceof Class<?> target) {
        return new ValueType(Form.ID, target, type, null, null);
      }
      throw unsupported(type);
    }
    if (!(type instanceof Class<?> c)) {
      throw unsupported(type);
    }
    if (c == String.class) {
      return new ValueType(Form.STRING, c, c, null, null);
    }
    if (c == double.class || c == Double.class) {
      return new ValueType(Form.NUMBER, c, c, null, null);
    }
    if (c == int.class || c == Integer.class) {
      return new ValueType(Form.INTEGER, c, c, null, null);
    }
    if (c == boolean.class || c == Boolean.class) {
      return new ValueType(Form.BOOLEAN, c, c, null, null);
    }
    if (c == LocalDate.class) {
      return new ValueType(Form.DATE, c, c, null, null);
    }
    if (c.isEnum() && Coded.class.isAssignableFrom(c)) {
      return new ValueType(Form.CODE, c, c, null, c.getEnumConstants());
    }
    if (c == Text.class) {
      return new ValueType(Form.TEXT, c, c, null, null);
    }
    if (c.isRecord() && c != Id.class) {
      return new ValueType(Form.RECORD, c, c, null, null);
    }
    throw unsupported(type);
  }

  private static IllegalArgumentException unsupported(Type type) {
    return new IllegalArgumentException("no bundle form for the model type " + type.getTypeName()
        + "; add it to ValueType.Form and to every walker that switches over it");
  }

  /** The form. */
  public Form form() {
    return form;
  }

  /**
   * The class: the record of an {@code ID} (its target), the enum of a {@code CODE}, the record of
   * a {@code RECORD} or {@code TEXT}, the container class of a container, the Java class otherwise.
   */
  public Class<?> raw() {
    return raw;
  }

  /** The record an {@code ID} names. */
  public Class<?> target() {
    if (form != Form.ID) {
      throw new IllegalStateException("not an id: " + this);
    }
    return raw;
  }

  /** The Java type this describes. */
  public Type javaType() {
    return type;
  }

  /** The element of a {@code LIST}, {@code SET} or {@code OPTIONAL}. */
  public ValueType element() {
    if (element == null) {
      throw new IllegalStateException("not a container: " + this);
    }
    return element;
  }

  /** The description of a {@code RECORD} or {@code TEXT}. */
  public RecordType record() {
    if (form != Form.RECORD && form != Form.TEXT) {
      throw new IllegalStateException("not a record: " + this);
    }
    return RecordType.of(raw);
  }

  /** The constants of a {@code CODE}, in declaration order. */
  public Object[] constants() {
    return constants == null ? new Object[0] : constants.clone();
  }

  /** The codes of a {@code CODE}, in declaration order. */
  public List<String> codes() {
    return codes;
  }

  /** The constant with this code, or null. */
  public Object constant(String code) {
    return byCode.get(code);
  }

  /** Whether a value of this type can hold a text anywhere inside it. Worked out once. */
  public boolean holdsText() {
    byte r = holdsText;
    if (r == 0) {
      r = reaches(Form.TEXT, new java.util.HashSet<>()) ? (byte) 1 : (byte) 2;
      holdsText = r;
    }
    return r == 1;
  }

  /** Whether a value of this type can hold an id anywhere inside it. Worked out once. */
  public boolean holdsId() {
    byte r = holdsId;
    if (r == 0) {
      r = reaches(Form.ID, new java.util.HashSet<>()) ? (byte) 1 : (byte) 2;
      holdsId = r;
    }
    return r == 1;
  }

  boolean reaches(Form wanted, Set<Class<?>> seen) {
    if (form == wanted) {
      return true;
    }
    switch (form) {
      case LIST, SET, OPTIONAL -> {
        return element.reaches(wanted, seen);
      }
      case RECORD, TEXT -> {
        if (!seen.add(raw)) {
          return false;
        }
        for (Component c : RecordType.of(raw).components()) {
          if (c.type().reaches(wanted, seen)) {
            return true;
          }
        }
        return false;
      }
      case STRING, NUMBER, INTEGER, BOOLEAN, DATE, CODE, ID -> {
        return false;
      }
    }
    throw new AssertionError(form);
  }

  /** A stable description for fingerprints and messages, such as {@code LIST<ID<Procedure>>}. */
  public String describe() {
    switch (form) {
      case LIST, SET, OPTIONAL -> {
        return form + "<" + element.describe() + ">";
      }
      case ID -> {
        return "ID<" + raw.getSimpleName() + ">";
      }
      case CODE -> {
        return "CODE<" + raw.getSimpleName() + ":" + String.join("|", codes) + ">";
      }
      case RECORD -> {
        return "RECORD<" + raw.getSimpleName() + ">";
      }
      case STRING, NUMBER, INTEGER, BOOLEAN, DATE, TEXT -> {
        return form.name();
      }
    }
    throw new AssertionError(form);
  }

  @Override
  public String toString() {
    return describe();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ValueType v && v.form == form && v.raw == raw && java.util.Objects.equals(v.element, element);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(form, raw, element);
  }
}
