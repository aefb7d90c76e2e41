package dev.epidural.content.internal.problem;

import dev.epidural.content.ProblemCode;
import dev.epidural.content.internal.tree.Node;
import dev.epidural.content.internal.tree.Pointers;

/**
 * Reports a problem at a JSON pointer of a file, at the line and column of the deepest node the
 * pointer reaches, and names locations in messages. Stateless.
 */
public final class Located {

  private Located() {}

  /** Adds a problem at {@code pointer} in {@code file}, whose parsed tree is {@code root}. */
  public static void add(Problems problems, ProblemCode code, String message, String file, Node root, String pointer) {
    Pointers.Found found = Pointers.resolve(root, pointer);
    problems.add(code, message, file, found.pointer(), found.node());
  }

  /** A location as messages name it, the way compilers print one: {@code file:line:column}. */
  public static String where(String file, Node root, String pointer) {
    Node node = Pointers.resolve(root, pointer).node();
    return file + ":" + node.line() + ":" + node.column();
  }
}
