package dev.epidural.examples;

import dev.epidural.content.EpiduralContent;
import dev.epidural.model.Approach;
import dev.epidural.model.Coded;
import dev.epidural.model.Procedure;
import dev.epidural.model.SpinalRegion;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * For each spinal region: the approaches the content's sourced facts allow there, and for each of
 * those approaches the procedures that use it in that region.
 *
 * <pre>{@code
 * ./mvnw -q -pl epidural-examples -am compile exec:java -Dexample=RegionApproachLookup
 * }</pre>
 */
public final class RegionApproachLookup {

  private RegionApproachLookup() {}

  /**
   * Runs the example on the built-in bundle.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(EpiduralContent.builtIn(), System.out);
  }

  /**
   * Prints, region by region, the approaches used there and the procedures using each.
   *
   * @param content the content to look up
   * @param out where to print
   */
  public static void run(EpiduralContent content, PrintStream out) {
    for (SpinalRegion region : SpinalRegion.values()) {
      Set<Approach> approaches = content.approaches().inRegion(region).approaches();
      out.println(region.code() + ": " + (approaches.isEmpty() ? "no approach described"
          : approaches.stream().map(Coded::code).collect(Collectors.joining(", "))));
      for (Approach approach : approaches) {
        List<Procedure> procedures = content.procedures().inRegion(region).via(approach).list();
        for (Procedure procedure : procedures) {
          out.println("  " + approach.code() + ": " + procedure.name());
        }
      }
    }
  }
}
