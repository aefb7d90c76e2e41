package dev.epidural.content.internal.check;

import dev.epidural.content.internal.meta.Component;
import dev.epidural.content.internal.meta.RecordType;
import dev.epidural.content.internal.meta.ValueType;
import dev.epidural.content.internal.tree.Pointers;
import dev.epidural.model.Id;
import dev.epidural.model.Item;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Every id an item refers to, each with the kind of record it must name and, when asked, its JSON
 * pointer. Driven by the records' descriptions: only components whose type can hold an id are read.
 * Stateless and thread-safe.
 */
public final class ReferenceWalk {

  private ReferenceWalk() {}

  /** What is done with each id a walk meets; false when it does not resolve. */
  public interface Visitor {
    /**
     * Takes one id the walk met.
     *
     * @param target the kind of record the id must name
     * @param pointer where the id is, or null when the walk builds no pointers
     */
    boolean accept(Id<?> id, Class<?> target, String pointer);
  }

  /**
   * Visits every id an item holds other than its own, each with the kind of item it must name and,
   * when {@code pointer} (the item's) is not null, its JSON pointer; true when the visitor accepted
   * every one. Every id is visited, so that all are reported and every cited source is noted. Set
   * elements get the pointer of their set, since the model keeps sets sorted.
   */
  public static boolean references(Item item, String pointer, Visitor visitor) {
    return record(item, RecordType.of(item.getClass()), pointer, visitor);
  }

  /** The same for any record of the model, such as one in a test. */
  public static boolean referencesOf(Record record, String pointer, Visitor visitor) {
    return record(record, RecordType.of(record.getClass()), pointer, visitor);
  }

  private static boolean record(Object record, RecordType type, String pointer, Visitor visitor) {
    boolean ok = true;
    for (Component c : type.components()) {
      if (!c.isOwnId() && c.type().holdsId()) {
        ok &= visit(c.get(record), c.type(), child(pointer, c.name()), visitor);
      }
    }
    return ok;
  }

  private static boolean visit(Object v, ValueType type, String pointer, Visitor visitor) {
    switch (type.form()) {
      case OPTIONAL -> {
        Optional<?> o = (Optional<?>) v;
        return o.isEmpty() || visit(o.get(), type.element(), pointer, visitor);
      }
      case LIST -> {
        boolean ok = true;
        List<?> list = (List<?>) v;
        for (int i = 0; i < list.size(); i++) {
          ok &= visit(list.get(i), type.element(), pointer == null ? null : Pointers.child(pointer, i), visitor);
        }
        return ok;
      }
      case SET -> {
        boolean ok = true;
        for (Object x : (Collection<?>) v) {
          ok &= visit(x, type.element(), pointer, visitor);
        }
        return ok;
      }
      case ID -> {
        return visitor.accept((Id<?>) v, type.target(), pointer);
      }
      case RECORD, TEXT -> {
        return record(v, type.record(), pointer, visitor);
      }
      case STRING, NUMBER, INTEGER, BOOLEAN, DATE, CODE -> {
        return true;
      }
    }
    throw new AssertionError(type.form());
  }

  /** The pointer of a component, or null when the walk builds none. */
  private static String child(String pointer, String name) {
    return pointer == null ? null : Pointers.child(pointer, name);
  }
}
