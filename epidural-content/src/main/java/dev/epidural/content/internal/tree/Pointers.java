package dev.epidural.content.internal.tree;

/** RFC 6901 JSON pointers: building them and finding the node one names. */
public final class Pointers {

  private Pointers() {}

  /** {@code parent} extended by one property name, escaped as RFC 6901 requires. */
  public static String child(String parent, String name) {
    return parent + "/" + name.replace("~", "~0").replace("/", "~1");
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
    StringBuilder reached = new StringBuilder();
    if (pointer.isEmpty()) {
      return new Found("", root);
    }
    for (String raw : pointer.substring(1).split("/", -1)) {
      String token = raw.replace("~1", "/").replace("~0", "~");
      Node next = null;
      if (node instanceof Node.Obj obj) {
        Node.Member m = obj.get(token);
        next = m == null ? null : m.value();
      } else if (node instanceof Node.Arr arr && token.matches("\\d{1,9}")) {
        int i = Integer.parseInt(token);
        next = i < arr.elements().size() ? arr.elements().get(i) : null;
      }
      if (next == null) {
        break;
      }
      reached.append('/').append(raw);
      node = next;
    }
    return new Found(reached.toString(), node);
  }
}
