package dev.epidural.content.internal.meta;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One component of a described record: its JSON property name, its {@link ValueType}, the
 * annotations that carry its constraints and the {@link Constraints} read from them, and a fast
 * read. Immutable and thread-safe.
 */
public final class Component {

  private final String name;
  private final int index;
  private final ValueType type;
  private final RecordComponent component;
  private final boolean ownId;
  /** Read on first use (most walkers never ask); racy on purpose: every thread reads the same, immutable. */
  private Constraints constraints;
  /**
   * The field, opened on first read ({@link #NOT_OPEN} where it cannot be): decoding the built-in
   * snapshot reads none. Every thread opens the same field, so a race only opens it twice.
   */
  private volatile Object field;

  /** A field that could not be opened. */
  private static final Object NOT_OPEN = new Object();

  Component(RecordComponent component, int index, boolean ownId, Type genericType) {
    this.component = component;
    this.name = component.getName();
    this.index = index;
    this.type = ValueType.of(genericType);
    this.ownId = ownId;
  }

  /** The opened field, or null where it cannot be opened. */
  private Field field() {
    Object f = field;
    if (f == null) {
      Field opened = openField(component);
      f = opened == null ? NOT_OPEN : opened;
      field = f;
    }
    return f == NOT_OPEN ? null : (Field) f;
  }

  /**
   * The component's field, opened, or null where the package is not open to this module. Field reads
   * need no generated accessor class, while a reflective accessor call makes the JDK generate one per
   * method after a few calls, which showed in a cold start.
   */
  private static Field openField(RecordComponent rc) {
    try {
      Field f = rc.getDeclaringRecord().getDeclaredField(rc.getName());
      f.setAccessible(true);
      return f;
    } catch (NoSuchFieldException | RuntimeException notOpened) {
      return null;
    }
  }

  /** The property name in bundle files, which is the component's name. */
  public String name() {
    return name;
  }

  /** The position among the record's components. */
  public int index() {
    return index;
  }

  /** What the component holds. */
  public ValueType type() {
    return type;
  }

  /** The Java class of the component, as the canonical constructor declares it. */
  public Class<?> javaClass() {
    return component.getType();
  }

  /** Whether this is the record's own {@code id} (one naming its own type), which refers to nothing. */
  public boolean isOwnId() {
    return ownId;
  }

  /**
   * Whether the property may be left out of a file: an optional, or a list or set (left out means
   * empty). A required component may still have a default from the manifest.
   */
  public boolean mayBeAbsent() {
    ValueType.Form f = type.form();
    return f == ValueType.Form.OPTIONAL || f == ValueType.Form.LIST || f == ValueType.Form.SET;
  }

  /** The value of a left-out property that may be absent ({@link #mayBeAbsent()}), else null. */
  public Object absentValue() {
    switch (type.form()) {
      case OPTIONAL -> {
        return Optional.empty();
      }
      case LIST -> {
        return List.of();
      }
      case SET -> {
        return Set.of();
      }
      case STRING, NUMBER, INTEGER, BOOLEAN, DATE, CODE, ID, TEXT, RECORD -> {
        return null;
      }
    }
    throw new AssertionError(type.form());
  }

  /** The annotations declared on the component (where Bean Validation reads its constraints). */
  public Annotation[] annotations() {
    Field f = field();
    if (f != null) {
      return f.getAnnotations();
    }
    try {
      return component.getDeclaringRecord().getDeclaredField(name).getAnnotations();
    } catch (NoSuchFieldException e) {
      return component.getAnnotations();
    }
  }

  /** The annotated type, whose annotations and type arguments carry container-element constraints. */
  public AnnotatedType annotatedType() {
    Field f = field();
    if (f != null) {
      return f.getAnnotatedType();
    }
    try {
      return component.getDeclaringRecord().getDeclaredField(name).getAnnotatedType();
    } catch (NoSuchFieldException e) {
      return component.getAnnotatedType();
    }
  }

  /**
   * The constraints on the component and on its elements, read once from {@link #annotations()} and
   * {@link #annotatedType()}.
   */
  public Constraints constraints() {
    Constraints c = constraints;
    if (c == null) {
      c = Constraints.of(annotations(), annotatedType());
      constraints = c;
    }
    return c;
  }

  /** Reads this component of {@code record}. */
  public Object get(Object record) {
    try {
      Field f = field();
      return f != null ? f.get(record) : accessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + name + " of " + record.getClass().getName(), e);
    }
  }

  /** The accessor method. */
  public Method accessor() {
    return component.getAccessor();
  }

  @Override
  public String toString() {
    return name + ": " + type;
  }
}
