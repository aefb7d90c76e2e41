package dev.epidural.examples;

import dev.epidural.content.CitedSource;
import dev.epidural.content.EpiduralContent;
import dev.epidural.content.ProcedureView;
import dev.epidural.model.ApproachInfo;
import dev.epidural.model.Coded;
import dev.epidural.model.ProcedureStep;
import dev.epidural.model.SpinalRegion;
import java.io.PrintStream;
import java.util.stream.Collectors;

/**
 * The first look at the SDK: which bundle this is, the lumbar procedures with their approaches and
 * steps, the approaches used in the neck with the sources that say so, and how much content there
 * is.
 *
 * <pre>{@code
 * ./mvnw -q -pl epidural-examples -am compile exec:java -Dexample=Quickstart
 * }</pre>
 */
public final class Quickstart {

  private Quickstart() {}

  /**
   * Runs the example on the built-in bundle.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(EpiduralContent.builtIn(), System.out);
  }

  /**
   * Prints the overview of {@code content} to {@code out}.
   *
   * @param content the content to describe
   * @param out where to print
   */
  public static void run(EpiduralContent content, PrintStream out) {
    out.println(content.bundle().title() + " " + content.bundle().version() + " (" + content.bundle().id() + ")");
    out.println();

    out.println("Lumbar procedures, with their approaches and steps:");
    for (ProcedureView procedure : content.procedures().inRegion(SpinalRegion.LUMBAR).views()) {
      out.println("  " + procedure.name());
      out.println("    approaches: " + (procedure.approaches().isEmpty() ? "none named by the sources"
          : procedure.approaches().stream().map(a -> a.name().text()).collect(Collectors.joining(", "))));
      int n = 1;
      for (ProcedureStep step : procedure.steps()) {
        out.println("    " + n++ + ". " + step.name() + " (" + step.phase().code() + ")");
      }
    }
    out.println();

    out.println("Approaches used in the cervical region, as the sources state:");
    for (ApproachInfo approach : content.approaches().inRegion(SpinalRegion.CERVICAL).list()) {
      out.println("  " + approach.name() + ", used in " + approach.regions().stream().map(Coded::code)
          .collect(Collectors.joining(", ")));
      for (CitedSource cited : content.sourcesOf(approach)) {
        out.println("    source: " + cited);
      }
    }
    out.println();

    out.println(content.items().size() + " items, citing " + content.bundle().sources().size() + " sources: "
        + content.procedures().count() + " procedures, " + content.medications().count() + " medications, "
        + content.faq().count() + " questions and answers.");
  }
}
