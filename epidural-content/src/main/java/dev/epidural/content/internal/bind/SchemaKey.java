package dev.epidural.content.internal.bind;

import dev.epidural.content.ProblemCode;
import dev.epidural.content.internal.problem.Problems;
import dev.epidural.content.internal.tree.Node;
import dev.epidural.content.internal.tree.Pointers;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code "$schema"} key a manifest or a content file may have at its top level, naming the JSON
 * Schema an editor checks the file against. The loader ignores it: it is no part of the content, and
 * a file with it reads to the same records as the file without it. Its value must be a string.
 */
public final class SchemaKey {

  /** The key. */
  public static final String NAME = "$schema";

  private SchemaKey() {}

  /**
   * Whether a top-level member is the schema key, which the caller then skips. A value that is not
   * a string is reported here, once, so the member is not reported again as an unknown property.
   */
  public static boolean skip(Node.Member member, String file, Problems problems) {
    if (!member.name().equals(NAME)) {
      return false;
    }
    if (!(member.value() instanceof Node.Str)) {
      problems.add(ProblemCode.SHAPE_TYPE, "expected a string (the URL or path of a JSON Schema) for '" + NAME
          + "', found " + member.value().typeName(), file, Pointers.child("", NAME), member.value());
    }
    return true;
  }

  /** {@code root} without its top-level schema key, reporting a value that is not a string. */
  public static Node without(Node root, String file, Problems problems) {
    if (!(root instanceof Node.Obj obj) || obj.get(NAME) == null) {
      return root;
    }
    List<Node.Member> kept = new ArrayList<>(obj.members().size());
    for (Node.Member m : obj.members()) {
      if (!skip(m, file, problems)) {
        kept.add(m);
      }
    }
    return new Node.Obj(kept, obj.line(), obj.column());
  }
}
