package dev.epidural.content.internal.read;

import dev.epidural.content.Problem;
import dev.epidural.content.ProblemCode;
import dev.epidural.content.internal.problem.Problems;
import java.util.Optional;

/**
 * The files of a base read under an overlay: read as usual, but problems name each file with the
 * base's location in front ({@code classpath:dev/epidural/content/builtin/procedures.json}), so
 * they cannot be mistaken for the overlay's files of the same name.
 */
public final class PrefixedFiles extends BundleFiles {

  private final BundleFiles inner;
  public final String prefix;

  public PrefixedFiles(BundleFiles inner) {
    super(inner.describe(), inner.limits());
    this.inner = inner;
    this.prefix = prefix(inner);
  }

  /** What goes in front of the names of {@code files}' files in problems. */
  public static String prefix(BundleFiles files) {
    return files.describe() + "/";
  }

  @Override
  public Optional<Object> identity(String relative) {
    return inner.identity(relative);
  }

  @Override
  protected Optional<byte[]> readChecked(String relative, Problems problems) {
    Problems own = new Problems();
    Optional<byte[]> bytes = inner.read(relative, own);
    for (Problem p : own.toList()) {
      ProblemCode code = ProblemCode.of(p.code()).orElseThrow();
      problems.add(code, p.severity(), p.message(), prefix + p.file(), p.pointer(), p.line().orElse(0),
          p.column().orElse(0));
    }
    return bytes;
  }
}
