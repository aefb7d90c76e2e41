package dev.epidural.content.internal.problem;

import dev.epidural.content.ProblemCode;
import dev.epidural.content.internal.tree.Node;
import dev.epidural.content.internal.tree.Pointers;

/**
 * Reports a problem at a JSON pointer of a file, at the line and column of the deepest node the
 * pointer reaches, and names locations in messages. Stateless.
 */
public final class Located {

  /** A location: a file, its parsed tree and a pointer into it. */
  public record Place(String file, Node root, String pointer) {
    /** The location as messages name it: {@code file:line:column}. */
    String where() {
      return Located.where(file, root, pointer);
    }
  }

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

  /**
   * Reports a conflict between two places, once at each: {@code atA} is the message at {@code a}
   * and {@code atB} the one at {@code b}; {@code %s} in each stands for the other place.
   */
  public static void conflict(Problems problems, ProblemCode code, Place a, Place b, String atA, String atB) {
    add(problems, code, atA.replace("%s", b.where()), a.file(), a.root(), a.pointer());
    add(problems, code, atB.replace("%s", a.where()), b.file(), b.root(), b.pointer());
  }

  /** A conflict with the same message at both places. */
  public static void conflict(Problems problems, ProblemCode code, Place a, Place b, String message) {
    conflict(problems, code, a, b, message, message);
  }
}
