package dev.epidural.content.internal.read;

import dev.epidural.content.ReadLimits;
import dev.epidural.content.internal.problem.Problems;
import dev.epidural.content.internal.tree.Node;

/**
 * The located tree of one file, for naming the line and column of a problem. A file bound by the
 * fast path ({@code StreamBinder}) keeps only its bytes, and its tree is parsed the first time a
 * problem in it must be placed; a valid file never pays for one. Thread-safe.
 */
public final class FileTree {

  private final String file;
  private final ReadLimits limits;
  private byte[] bytes;
  private volatile Node root;

  private FileTree(String file, ReadLimits limits, byte[] bytes, Node root) {
    this.file = file;
    this.limits = limits;
    this.bytes = bytes;
    this.root = root;
  }

  /** A tree already parsed. */
  public static FileTree of(Node root) {
    return new FileTree("", ReadLimits.defaults(), null, root);
  }

  /** As {@link #lazy(String, byte[], ReadLimits)}, for bytes read under the default limits. */
  public static FileTree lazy(String file, byte[] bytes) {
    return lazy(file, bytes, ReadLimits.defaults());
  }

  /**
   * The tree of {@code bytes}, parsed on first use under the limits they were read under: only for
   * bytes the fast path has read whole.
   */
  public static FileTree lazy(String file, byte[] bytes, ReadLimits limits) {
    return new FileTree(file, limits, bytes, null);
  }

  /**
   * The root node. Bytes the fast path accepted always parse; were they ever not to, the root is a
   * node without position, so problems are still reported, at the file, and nothing is thrown.
   */
  public Node root() {
    Node r = root;
    if (r == null) {
      synchronized (this) {
        r = root;
        if (r == null) {
          r = JsonReader.read(file, bytes, limits, new Problems()).orElseGet(() -> new Node.Null(0, 0));
          root = r;
          bytes = null;
        }
      }
    }
    return r;
  }
}
