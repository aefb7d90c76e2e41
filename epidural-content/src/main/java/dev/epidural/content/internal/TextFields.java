package dev.epidural.content.internal;

import dev.epidural.model.Id;
import dev.epidural.model.Item;
import dev.epidural.model.Text;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The texts of an item by field path: a record component's name ({@code summary}), followed by
 * list indexes and nested component names where texts sit deeper ({@code items/0},
 * {@code medications/1/note}). Driven by the records' components, like the binder, so every kind
 * of item is covered with no per-kind code. Stateless and thread-safe.
 */
public final class TextFields {

  private TextFields() {}

  /** Every text the item holds, by path, in component order; absent optional texts are left out. */
  public static Map<String, Text> of(Item item) {
    Map<String, Text> texts = new LinkedHashMap<>();
    walk(item, "", texts);
    return Collections.unmodifiableMap(texts);
  }

  /**
   * The path of the item's heading: its first component that always holds a text (a name, a
   * title, a question, or the text of an instruction).
   */
  public static String heading(Class<? extends Item> type) {
    for (RecordComponent rc : Binder.shape(type).components()) {
      if (rc.getType() == Text.class) {
        return rc.getName();
      }
    }
    throw new IllegalStateException("item type without a text: " + type);
  }

  /** Whether the first segment of {@code path} names a component of {@code type} that can hold texts. */
  public static boolean canHoldText(Class<? extends Item> type, String path) {
    String first = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
    for (RecordComponent rc : Binder.shape(type).components()) {
      if (rc.getName().equals(first)) {
        return holdsText(rc.getGenericType());
      }
    }
    return false;
  }

  private static boolean holdsText(Type type) {
    if (type instanceof ParameterizedType p) {
      Type raw = p.getRawType();
      return (raw == Optional.class || raw == List.class) && holdsText(p.getActualTypeArguments()[0]);
    }
    if (type == Text.class) {
      return true;
    }
    if (type instanceof Class<?> c && c.isRecord()) {
      for (RecordComponent rc : Binder.shape(c).components()) {
        if (holdsText(rc.getGenericType())) {
          return true;
        }
      }
    }
    return false;
  }

  private static void walk(Object record, String prefix, Map<String, Text> out) {
    for (RecordComponent rc : Binder.shape(record.getClass()).components()) {
      Object value;
      try {
        value = rc.getAccessor().invoke(record);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
      visit(value, prefix.isEmpty() ? rc.getName() : prefix + "/" + rc.getName(), out);
    }
  }

  private static void visit(Object value, String path, Map<String, Text> out) {
    if (value instanceof Text t) {
      out.put(path, t);
    } else if (value instanceof Optional<?> o) {
      o.ifPresent(v -> visit(v, path, out));
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        visit(list.get(i), path + "/" + i, out);
      }
    } else if (value instanceof Record r && !(value instanceof Id<?>)) {
      walk(r, path, out);
    }
  }
}
