package dev.epidural.examples;

import dev.epidural.content.BundleInfo;
import dev.epidural.content.EpiduralContent;
import dev.epidural.model.FaqEntry;
import dev.epidural.model.Item;
import java.io.PrintStream;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A clinic's own content laid over a base: the overlay in {@code dev/epidural/examples/clinic-overlay}
 * replaces the base's answer about cost with the clinic's, adds a question of its own and
 * withdraws an alternative the clinic does not offer. The merged content is validated as a whole.
 *
 * <pre>{@code
 * ./mvnw -q -pl epidural-examples -am compile exec:java -Dexample=Overlay
 * }</pre>
 */
public final class Overlay {

  /** Where the example's overlay lies on the class path. */
  public static final String OVERLAY = "dev/epidural/examples/clinic-overlay";

  private Overlay() {}

  /**
   * Runs the example over the built-in bundle.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(EpiduralContent.builtIn(), System.out);
  }

  /**
   * Lays the clinic's overlay over {@code base} and prints what changed.
   *
   * @param base the content to lay the overlay over
   * @param out where to print
   */
  public static void run(EpiduralContent base, PrintStream out) {
    EpiduralContent clinic = EpiduralContent.loader().base(base).overlayFromClasspath(OVERLAY).load();

    out.println("Layers: " + clinic.layers().stream().map(BundleInfo::id).collect(Collectors.joining(" < ")));
    Map<String, Item> before = base.items().stream().collect(Collectors.toMap(i -> i.id().value(), Function.identity()));
    Map<String, Item> after = clinic.items().stream().collect(Collectors.toMap(i -> i.id().value(), Function.identity()));
    after.keySet().stream().filter(id -> !before.containsKey(id)).sorted()
        .forEach(id -> out.println("added:     " + id));
    after.keySet().stream().filter(id -> before.containsKey(id) && !before.get(id).equals(after.get(id))).sorted()
        .forEach(id -> out.println("replaced:  " + id));
    before.keySet().stream().filter(id -> !after.containsKey(id)).sorted()
        .forEach(id -> out.println("withdrawn: " + id));
    out.println();

    clinic.item(FaqEntry.class, "faq-cost").ifPresent(cost -> {
      out.println("Q: " + cost.question());
      out.println("A: " + cost.answer());
      clinic.sourcesOf(cost).forEach(cited -> out.println("   source: " + cited));
    });
    out.println();
    out.println(clinic.items().size() + " items, citing " + clinic.bundle().sources().size() + " sources from "
        + clinic.layers().size() + " bundles; " + clinic.report().warnings().size() + " warning(s).");
  }
}
