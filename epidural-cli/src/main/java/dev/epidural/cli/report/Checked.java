package dev.epidural.cli.report;

import dev.epidural.cli.BundleArg;
import dev.epidural.content.Problem;
import dev.epidural.content.ValidationReport;
import dev.epidural.content.internal.read.BundleFiles;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One validated bundle: what was asked for and what the validator found.
 *
 * @param bundle the bundle as named on the command line
 * @param report the validation report
 */
public record Checked(BundleArg bundle, ValidationReport report) {

  /** Where a problem is, as people and tools should see it (see {@link BundleArg#location}). */
  public String location(Problem problem) {
    return bundle.location(problem.file(), report.bundlePath());
  }

  /** Where a bundle file is. */
  public String location(String file) {
    return bundle.location(file, report.bundlePath());
  }

  /**
   * One problem as a compiler-style line:
   * {@code path/file:line:column: severity CODE message (at pointer)}.
   */
  public String line(Problem p) {
    StringBuilder sb = new StringBuilder(location(p));
    p.line().ifPresent(l -> sb.append(':').append(l));
    p.column().ifPresent(col -> sb.append(':').append(col));
    sb.append(": ").append(p.severity().code()).append(' ').append(p.code()).append(' ').append(p.message());
    if (!p.pointer().isEmpty()) {
      sb.append(" (at ").append(p.pointer()).append(')');
    }
    return sb.toString();
  }

  /**
   * The bundle's files as far as they are known: the manifest, then the content files it lists (as
   * the report's bundle description gives them, so when the manifest could be read), then any other
   * file a problem names.
   *
   * @param problemFiles the files the report's problems name, in order
   * @return the files, without duplicates
   */
  public List<String> files(List<String> problemFiles) {
    Set<String> files = new LinkedHashSet<>();
    files.add(BundleFiles.MANIFEST);
    if (report.bundle().isPresent()) {
      files.addAll(report.bundle().get().files());
    }
    files.addAll(problemFiles);
    return List.copyOf(files);
  }

  /** The bundle's id, or its path when the manifest could not be read. */
  public String name() {
    return report.bundle().map(b -> b.id()).orElse(bundle.shown());
  }

  /**
   * A count with its noun: {@code 1 error}, {@code 2 errors}.
   *
   * @param n the count
   * @param word the noun, singular
   * @return the phrase
   */
  public static String plural(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  /** The problem counts of a list of results. */
  public static int count(List<Checked> checked, boolean errors) {
    return checked.stream().mapToInt(c -> (errors ? c.report().errors() : c.report().warnings()).size()).sum();
  }
}
