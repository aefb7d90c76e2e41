package dev.epidural.content.internal.meta;

import dev.epidural.model.Item;
import dev.epidural.model.Text;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The texts of an item by field path: a record component's name ({@code summary}), followed by
 * list indexes and nested component names where texts sit deeper ({@code items/0},
 * {@code medications/1/note}). Driven by the records' descriptions ({@link RecordType}), like the
 * binder, so every kind of item is covered with no per-kind code. Stateless and thread-safe.
 */
public final class TextFields {

  private TextFields() {}

  /** Every text the item holds, by path, in component order; absent optional texts are left out. */
  public static Map<String, Text> of(Item item) {
    return ofRecord((Record) item);
  }

  /** Every text a record holds, by path, in component order. */
  public static Map<String, Text> ofRecord(Record record) {
    Map<String, Text> texts = new LinkedHashMap<>();
    walk(record, RecordType.of(record.getClass()), "", texts::put);
    return Collections.unmodifiableMap(texts);
  }

  /** Receives the texts of a walk, each with its path. */
  @FunctionalInterface
  public interface Visitor {
    /** One text, at {@code path}. */
    void text(String path, Text text);
  }

  /**
   * Gives {@code visitor} every text the item holds with its path, in the order of {@link #of}, with
   * no map between: for a walk over every item of a load, which keeps none of them.
   */
  public static void forEach(Item item, Visitor visitor) {
    walk(item, RecordType.of(item.getClass()), "", visitor);
  }

  /**
   * The path of the item's heading: its first component that always holds a text (a name, a
   * title, a question, or the text of an instruction).
   */
  public static String heading(Class<? extends Item> type) {
    return RecordType.of(type).heading()
        .orElseThrow(() -> new IllegalStateException("item type without a text: " + type))
        .name();
  }

  /** Whether the first segment of {@code path} names a component of {@code type} that can hold texts. */
  public static boolean canHoldText(Class<? extends Item> type, String path) {
    String first = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
    return RecordType.of(type).component(first).map(c -> c.type().holdsText()).orElse(false);
  }

  private static void walk(Object record, RecordType type, String prefix, Visitor out) {
    for (Component c : type.components()) {
      if (c.type().holdsText()) {
        visit(c.get(record), c.type(), prefix.isEmpty() ? c.name() : prefix + "/" + c.name(), out);
      }
    }
  }

  private static void visit(Object value, ValueType type, String path, Visitor out) {
    switch (type.form()) {
      case TEXT -> {
        out.text(path, (Text) value);
        return;
      }
      case OPTIONAL -> {
        Optional<?> present = (Optional<?>) value;
        if (present.isPresent()) {
          visit(present.get(), type.element(), path, out);
        }
        return;
      }
      case LIST -> {
        List<?> list = (List<?>) value;
        for (int i = 0; i < list.size(); i++) {
          visit(list.get(i), type.element(), path + "/" + i, out);
        }
        return;
      }
      case SET -> {
        // Sets of texts are not in the model; indexed in iteration order should one appear.
        int i = 0;
        for (Object x : (Collection<?>) value) {
          visit(x, type.element(), path + "/" + i++, out);
        }
        return;
      }
      case RECORD -> {
        walk(value, type.record(), path, out);
        return;
      }
      case STRING, NUMBER, INTEGER, BOOLEAN, DATE, CODE, ID -> {
        return;
      }
    }
    throw new AssertionError(type.form());
  }
}
