package dev.epidural.examples;

import dev.epidural.content.EpiduralContent;
import dev.epidural.content.SearchHit;
import dev.epidural.model.Contraindication;
import java.io.PrintStream;
import java.util.List;

/**
 * Finding contraindications by factor keyword and by text. A search shows what the content says,
 * with its sources; it does not decide whether a procedure suits anyone.
 *
 * <pre>{@code
 * ./mvnw -q -pl epidural-examples -am compile exec:java -Dexample=ContraindicationSearch
 * }</pre>
 */
public final class ContraindicationSearch {

  private ContraindicationSearch() {}

  /**
   * Runs the example on the built-in bundle.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(EpiduralContent.builtIn(), System.out);
  }

  /**
   * Prints the factor keywords, then the contraindications with the factor
   * {@code anticoagulant-use}, then those whose texts mention bleeding.
   *
   * @param content the content to search
   * @param out where to print
   */
  public static void run(EpiduralContent content, PrintStream out) {
    out.println("Factor keywords: " + String.join(", ", content.contraindications().factors()));
    out.println();

    out.println("With the factor 'anticoagulant-use':");
    for (Contraindication c : content.contraindications().listingFactor("anticoagulant-use").list()) {
      out.println("  " + c.name() + c.note().map(note -> " (" + note + ")").orElse(""));
      content.sourcesOf(c).forEach(cited -> out.println("    source: " + cited));
    }
    out.println();

    out.println("Mentioning 'bleeding':");
    List<SearchHit<Contraindication>> hits = content.contraindications().search("bleeding");
    if (hits.isEmpty()) {
      out.println("  nothing found");
    }
    for (SearchHit<Contraindication> hit : hits) {
      out.println("  " + hit.item().name() + ", found in " + String.join(" and ", hit.fields())
          + ", review: " + hit.review().status().code());
      hit.sources().forEach(cited -> out.println("    source: " + cited));
    }
    out.println();
    out.println("These are search results over the content, not advice: ask a clinician.");
  }
}
