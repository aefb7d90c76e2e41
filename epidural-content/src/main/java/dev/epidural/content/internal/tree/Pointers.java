package dev.epidural.content.internal.tree;

import tools.jackson.core.JsonPointer;

/**
 * RFC 6901 JSON pointers: building them and finding the node one names. Escaping and parsing are
 * Jackson's ({@link JsonPointer}); a name with nothing to escape, which is nearly every name, is
 * appended as it is, so building a pointer costs one concatenation.
 */
public final class Pointers {

  private Pointers() {}

  /** {@code parent} extended by one property name, escaped as RFC 6901 requires. */
  public static String child(String parent, String name) {
    if (name.indexOf('~') < 0 && name.indexOf('/') < 0) {
      return parent + "/" + name;
    }
    return parent + JsonPointer.empty().appendProperty(name);
  }

  /** {@code parent} extended by one array index. */
  public static String child(String parent, int index) {
    return parent + "/" + index;
  }

  /** The deepest node on the way to {@code pointer}, with the pointer that names it. */
  public record Found(String pointer, Node node) {}

  /**
   * Follows {@code pointer} from {@code root} as far as the tree goes. A pointer into a value
   * written in a short form (a text given as a plain string) ends at that value.
   */
  public static Found resolve(Node root, String pointer) {
    Node node = root;
    String reached = "";
    if (pointer.isEmpty()) {
      return new Found("", root);
    }
    for (JsonPointer p = JsonPointer.compile(pointer); !p.matches(); p = p.tail()) {
      Node next = null;
      if (node instanceof Node.Obj obj) {
        Node.Member m = obj.get(p.getMatchingProperty());
        next = m == null ? null : m.value();
      } else if (node instanceof Node.Arr arr && p.getMatchingIndex() >= 0) {
        int i = p.getMatchingIndex();
        next = i < arr.elements().size() ? arr.elements().get(i) : null;
      }
      if (next == null) {
        break;
      }
      reached = child(reached, p.getMatchingProperty());
      node = next;
    }
    return new Found(reached, node);
  }
}
