package dev.epidural.content;

import java.nio.file.Path;

/**
 * Run by {@link SmallHeapTest} in a child JVM with a small heap: loads the bundle named by the
 * first argument and prints how it ended, one line. Exit 0 for the documented exception, 3 for
 * anything else.
 */
final class SmallHeapLoad {

  private SmallHeapLoad() {}

  public static void main(String[] args) {
    try {
      EpiduralContent.loader().from(Path.of(args[0])).load();
      System.out.println("loaded");
      System.exit(3);
    } catch (BundleValidationException e) {
      ValidationReport report = e.report();
      long summaries = report.problems().stream().filter(p -> p.code().equals("EPI-LIM-001")).count();
      System.out.println("BundleValidationException problems=" + report.problems().size() + " summaries=" + summaries
          + " max=" + Runtime.getRuntime().maxMemory());
      System.exit(0);
    } catch (Throwable t) {
      System.out.println("threw " + t);
      System.exit(3);
    }
  }
}
