package dev.epidural.content.internal.check;

import dev.epidural.content.internal.bind.Binder;
import dev.epidural.content.internal.meta.Component;
import dev.epidural.content.internal.meta.Kind;
import dev.epidural.content.internal.meta.RecordType;
import dev.epidural.content.internal.problem.Problems;
import dev.epidural.content.internal.read.FileTree;
import dev.epidural.content.internal.tree.JsonPath;
import dev.epidural.content.internal.tree.Node;
import dev.epidural.content.internal.tree.Pointers;
import dev.epidural.model.Id;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An item of a content file that could not be bound, because some property of it failed its
 * shape. Its problems are reported already; what it still offers the later stages is read from its
 * located tree, one property at a time, so that a typo in one property does not hide a mistake in
 * another: the references it holds, its own id, and each property that binds on its own (its
 * sources, codings, regions, approaches, review).
 *
 * @param kind the kind of the item, from the array it is in
 * @param file the file, as problems name it
 * @param kindPointer the pointer of its kind's array
 * @param index its position in that array
 * @param tree the located tree of its file
 * @param defaults the binder's defaults for missing properties (the manifest's review)
 */
public record UnboundItem(Kind kind, String file, String kindPointer, int index, FileTree tree,
                   Map<Class<?>, Object> defaults) {

  /** What is done with each id the walk meets, with the kind of item it must name. */
  public interface ReferenceVisitor {
    void accept(Id<?> id, Class<?> target, String pointer);
  }

  /** The item's pointer. */
  public String pointer() {
    return Pointers.child(kindPointer, index);
  }

  /** The root of the item's file. */
  public Node root() {
    return tree.root();
  }

  /** The item's node. */
  public Node node() {
    return Pointers.resolve(root(), pointer()).node();
  }

  /** The item's id, when it is written as a valid id. */
  Optional<String> id() {
    return component("id").map(id -> ((Id<?>) id).value());
  }

  /**
   * The value of one of the item's properties, bound on its own without reporting (its problems
   * are reported already): empty when it does not bind, or is required and missing. A missing
   * optional property, list or set reads as empty, as it does for a bound item.
   */
  public Optional<Object> component(String name) {
    RecordType shape = RecordType.of(kind.type());
    int i = shape.indexOf(name);
    if (i < 0 || !(node() instanceof Node.Obj obj)) {
      return Optional.empty();
    }
    Component rc = shape.component(i);
    Node.Member m = obj.get(name);
    if (m == null) {
      Class<?> t = rc.javaClass();
      if (t == Optional.class) {
        return Optional.of(Optional.empty());
      }
      if (t == List.class) {
        return Optional.of(List.of());
      }
      if (t == Set.class) {
        return Optional.of(Set.of());
      }
      return Optional.ofNullable(defaults.get(t));
    }
    return new Binder(new Problems(), file, defaults).bindValue(m.value(), shape.component(i).type().javaType(),
        Pointers.child(pointer(), name));
  }

  /** Each element of the array property {@code name} that binds as a {@code type}, by its index. */
  <T> void elements(String name, Class<T> type, java.util.function.ObjIntConsumer<T> each) {
    if (!(node() instanceof Node.Obj obj) || obj.get(name) == null
        || !(obj.get(name).value() instanceof Node.Arr arr)) {
      return;
    }
    Binder silent = new Binder(new Problems(), file, defaults);
    for (int i = 0; i < arr.elements().size(); i++) {
      Optional<Object> v = silent.bindValue(arr.elements().get(i), type, "");
      int at = i;
      v.ifPresent(x -> each.accept(type.cast(x), at));
    }
  }

  /**
   * Visits every well-formed id the item holds other than its own, where the type of the item
   * says an id stands, with its pointer; an element of a set gets the pointer of its set, as a
   * bound item's does.
   */
  public void references(ReferenceVisitor visitor) {
    if (!(node() instanceof Node.Obj obj)) {
      return;
    }
    RecordType shape = RecordType.of(kind.type());
    JsonPath here = JsonPath.at(pointer());
    for (Node.Member m : obj.members()) {
      int i = shape.indexOf(m.name());
      if (i >= 0 && !m.name().equals("id") && canHoldId(shape.component(i).type().javaType())) {
        walk(m.value(), shape.component(i).type().javaType(), here.child(m.name()), visitor);
      }
    }
  }

  private static void walk(Node node, Type type, JsonPath path, ReferenceVisitor visitor) {
    if (type instanceof ParameterizedType p) {
      Type raw = p.getRawType();
      Type arg = p.getActualTypeArguments()[0];
      if (raw == Id.class) {
        if (node instanceof Node.Str s && arg instanceof Class<?> target) {
          try {
            visitor.accept(Id.of(s.value()), target, path.pointer());
          } catch (IllegalArgumentException notAnId) {
            // Reported by the binder as a malformed id: it names nothing.
          }
        }
      } else if (raw == Optional.class) {
        walk(node, arg, path, visitor);
      } else if ((raw == List.class || raw == Set.class) && node instanceof Node.Arr arr) {
        for (int i = 0; i < arr.elements().size(); i++) {
          walk(arr.elements().get(i), arg, raw == Set.class ? path : path.child(i), visitor);
        }
      }
    } else if (type instanceof Class<?> c && c.isRecord() && node instanceof Node.Obj obj) {
      RecordType shape = RecordType.of(c);
      for (Node.Member m : obj.members()) {
        int i = shape.indexOf(m.name());
        if (i >= 0 && canHoldId(shape.component(i).type().javaType())) {
          walk(m.value(), shape.component(i).type().javaType(), path.child(m.name()), visitor);
        }
      }
    }
  }

  private static boolean canHoldId(Type type) {
    return holdsId(type, new HashSet<>());
  }

  private static boolean holdsId(Type type, Set<Type> seen) {
    if (!seen.add(type)) {
      return false;
    }
    if (type instanceof ParameterizedType p) {
      if (p.getRawType() == Id.class) {
        return true;
      }
      for (Type a : p.getActualTypeArguments()) {
        if (holdsId(a, seen)) {
          return true;
        }
      }
      return false;
    }
    if (type instanceof Class<?> c && c.isRecord()) {
      for (Component rc : RecordType.of(c).components()) {
        if (holdsId(rc.type().javaType(), seen)) {
          return true;
        }
      }
    }
    return false;
  }
}
