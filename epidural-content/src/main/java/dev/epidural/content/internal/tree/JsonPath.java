package dev.epidural.content.internal.tree;

/**
 * A position in a JSON document as a chain of steps from a known pointer. Rendering it as an RFC
 * 6901 pointer string is deferred until a problem is reported: most values never need one.
 */
public final class JsonPath {

  private final JsonPath parent;
  private final String name;
  private final int index;

  private JsonPath(JsonPath parent, String name, int index) {
    this.parent = parent;
    this.name = name;
    this.index = index;
  }

  /** A path that starts at an already known pointer (the empty string for the document). */
  public static JsonPath at(String pointer) {
    return new JsonPath(null, pointer, -1);
  }

  /** One property further. */
  public JsonPath child(String property) {
    return new JsonPath(this, property, -1);
  }

  /** One array element further. */
  public JsonPath child(int i) {
    return new JsonPath(this, null, i);
  }

  /** The RFC 6901 pointer. */
  public String pointer() {
    if (parent == null) {
      return name;
    }
    String head = parent.pointer();
    return name != null ? Pointers.child(head, name) : Pointers.child(head, index);
  }

  @Override
  public String toString() {
    return pointer();
  }
}
