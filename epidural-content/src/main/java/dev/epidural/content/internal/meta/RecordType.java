package dev.epidural.content.internal.meta;

import dev.epidural.model.Id;
import dev.epidural.model.Item;
import dev.epidural.model.Review;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The compiled description of one model record: its components in declaration order, each with its
 * property name, value type and constraints, and its canonical constructor. Built once per class and
 * shared by every walker over the model (the two binders, the writer, the snapshot, text safety, the
 * reference walk, the shape pre-check, the JSON Schema and the CLI's JSON), so the bundle format has
 * one definition: the model's records. Immutable and thread-safe.
 */
public final class RecordType {

  private static final ClassValue<RecordType> TYPES = new ClassValue<>() {
    @Override
    protected RecordType computeValue(Class<?> type) {
      return new RecordType(type);
    }
  };

  private final Class<?> type;
  private final List<Component> components;
  private final Component[] array;
  private final Map<String, Integer> index;
  private final Constructor<?> constructor;
  private final int review;

  private RecordType(Class<?> type) {
    if (!type.isRecord()) {
      throw new IllegalArgumentException("not a record: " + type.getName());
    }
    this.type = type;
    RecordComponent[] rcs = type.getRecordComponents();
    boolean item = Item.class.isAssignableFrom(type);
    List<Component> list = new ArrayList<>(rcs.length);
    Map<String, Integer> names = new LinkedHashMap<>();
    Class<?>[] raw = new Class<?>[rcs.length];
    int reviewAt = -1;
    for (int i = 0; i < rcs.length; i++) {
      // A record's own id is its "id" that names its own type: it identifies, it refers to nothing.
      java.lang.reflect.Type generic = GenericTypes.of(rcs[i]);
      boolean ownId = rcs[i].getName().equals("id") && generic instanceof ParameterizedType p
          && p.getRawType() == Id.class && p.getActualTypeArguments()[0] == type;
      list.add(new Component(rcs[i], i, ownId, generic));
      names.put(rcs[i].getName(), i);
      raw[i] = rcs[i].getType();
      if (item && rcs[i].getName().equals("review") && rcs[i].getType() == Review.class) {
        reviewAt = i;
      }
    }
    this.components = Collections.unmodifiableList(list);
    this.array = list.toArray(new Component[0]);
    this.index = Collections.unmodifiableMap(names);
    this.review = reviewAt;
    try {
      Constructor<?> c = type.getDeclaredConstructor(raw);
      try {
        // A record that is not public (one declared in a test, say) is still made; the model's are public.
        c.setAccessible(true);
      } catch (RuntimeException notOpened) {
        // Public records of a package not opened to this module need no access override.
      }
      this.constructor = c;
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("record without canonical constructor: " + type, e);
    }
  }

  /** The description of a record class, built on first use. */
  public static RecordType of(Class<?> type) {
    return TYPES.get(type);
  }

  /** The record class. */
  public Class<?> type() {
    return type;
  }

  /** The components, in declaration order (the order the writer and the schema use). */
  public List<Component> components() {
    return components;
  }

  /** The number of components. */
  public int size() {
    return array.length;
  }

  /** The component at {@code i}. */
  public Component component(int i) {
    return array[i];
  }

  /** The position of the component with this property name, or -1. */
  public int indexOf(String name) {
    Integer i = index.get(name);
    return i == null ? -1 : i;
  }

  /** The component with this property name. */
  public Optional<Component> component(String name) {
    int i = indexOf(name);
    return i < 0 ? Optional.empty() : Optional.of(array[i]);
  }

  /** The property names, in declaration order. */
  public Set<String> propertyNames() {
    return index.keySet();
  }

  /** The position of an item's {@code review} component, or -1. */
  public int reviewIndex() {
    return review;
  }

  /**
   * The item's heading: its first component that always holds a text (a name, a title, a question,
   * or the text of an instruction).
   */
  public Optional<Component> heading() {
    for (Component c : array) {
      if (c.type().form() == ValueType.Form.TEXT) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** Makes a record from its component values, in order. */
  public Object construct(Object... args) throws InvocationTargetException {
    try {
      return constructor.newInstance(args);
    } catch (InstantiationException | IllegalAccessException e) {
      throw new IllegalStateException("cannot construct " + type.getName(), e);
    }
  }

  @Override
  public String toString() {
    return type.getSimpleName() + components;
  }
}
