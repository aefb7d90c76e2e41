package dev.epidural.examples;

import dev.epidural.content.EpiduralContent;
import dev.epidural.content.Loader;
import dev.epidural.content.Problem;
import dev.epidural.content.ValidationReport;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Validating a bundle from Java and printing every problem with its file, line, column and JSON
 * pointer, the way compilers print errors. Give a bundle folder, zip or {@code bundle.json} as the
 * argument; without one, a small sample bundle with mistakes is validated.
 *
 * <pre>{@code
 * ./mvnw -q -pl epidural-examples -am compile exec:java -Dexample=ValidateBundle -Dexec.args=path/to/bundle
 * }</pre>
 */
public final class ValidateBundle {

  /** Where the sample bundle with mistakes lies on the class path. */
  public static final String SAMPLE = "dev/epidural/examples/broken-bundle";

  private ValidateBundle() {}

  /**
   * Validates the bundle named by the first argument, or the sample.
   *
   * @param args a bundle path, optionally
   */
  public static void main(String[] args) {
    Loader bundle = args.length > 0 ? EpiduralContent.loader().from(Path.of(args[0]))
        : EpiduralContent.loader().fromClasspath(SAMPLE);
    run(bundle, System.out);
  }

  /**
   * Validates the bundle {@code bundle} reads and prints its report.
   *
   * @param bundle a loader given the bundle to validate
   * @param out where to print
   * @return the report
   */
  public static ValidationReport run(Loader bundle, PrintStream out) {
    ValidationReport report = bundle.validate();
    out.println(report.bundlePath() + ": " + report.errors().size() + " error(s), " + report.warnings().size()
        + " warning(s)");
    for (Problem problem : report.problems()) {
      out.println(problem);
    }
    out.println(report.isValid() ? "The bundle can be loaded." : "The bundle cannot be loaded: fix the errors above.");
    return report;
  }
}
