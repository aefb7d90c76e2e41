package dev.epidural.content.internal.tree;

import java.util.List;

/**
 * A JSON value together with where it starts in its file. The loader reads every file into these
 * nodes first, so that every later stage can point at the exact line and column of a problem;
 * Jackson's own tree model does not keep locations.
 */
public sealed interface Node {

  /** 1-based line of the value's first character. */
  int line();

  /** 1-based column of the value's first character. */
  int column();

  /** The JSON type name used in messages. */
  String typeName();

  /**
   * An object; members keep their order and the position of their names. Objects are small (a
   * record has at most about twenty components), so a list with a linear lookup beats a hash map.
   */
  record Obj(List<Member> members, int line, int column) implements Node {
    @Override
    public String typeName() {
      return "object";
    }

    /** The member with this name, or null. */
    public Member get(String name) {
      return find(members, name);
    }

    /** The member of {@code members} with this name, or null. */
    public static Member find(List<Member> members, String name) {
      for (int i = 0, n = members.size(); i < n; i++) {
        Member m = members.get(i);
        if (m.name().equals(name)) {
          return m;
        }
      }
      return null;
    }
  }

  /** One property of an object: its name, its value and where its name stands. */
  record Member(String name, Node value, int line, int column) {}

  /** An array. */
  record Arr(List<Node> elements, int line, int column) implements Node {
    @Override
    public String typeName() {
      return "array";
    }
  }

  /** A string. */
  record Str(String value, int line, int column) implements Node {
    @Override
    public String typeName() {
      return "string";
    }
  }

  /** A number; {@code integral} is true when it was written without fraction or exponent. */
  record Num(double value, boolean integral, String text, int line, int column) implements Node {
    @Override
    public String typeName() {
      return integral ? "integer" : "number";
    }
  }

  /** {@code true} or {@code false}. */
  record Bool(boolean value, int line, int column) implements Node {
    @Override
    public String typeName() {
      return "boolean";
    }
  }

  /** {@code null}. */
  record Null(int line, int column) implements Node {
    @Override
    public String typeName() {
      return "null";
    }
  }
}
