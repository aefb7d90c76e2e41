package dev.epidural.benchmarks;

import dev.epidural.content.EpiduralContent;
import dev.epidural.model.Approach;
import dev.epidural.model.Procedure;
import java.util.List;

/**
 * The library's cold start as a program sees it: {@link EpiduralContent#builtIn()}, then a first
 * query, then exit. {@code coldstart.sh} times it against a plain {@code java Hello}.
 *
 * <p>The query uses only calls that every release of the query API has had ({@code procedures()},
 * {@code via}, {@code list}), so that the script can compile this one file against the class path of
 * an older build and time both builds side by side.
 */
public final class ColdStartProbe {

  private ColdStartProbe() {}

  /**
   * Loads the built-in content and runs one query.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    EpiduralContent content = EpiduralContent.builtIn();
    List<Procedure> transforaminal = content.procedures().via(Approach.TRANSFORAMINAL).list();
    if (transforaminal.isEmpty()) {
      throw new IllegalStateException("the built-in content has no transforaminal procedure");
    }
    // No string concatenation: javac makes it an invokedynamic whose first use bootstraps method
    // handles, about 10 ms in a cold JVM that would be this probe's cost, not the library's.
    System.out.print(transforaminal.size());
    System.out.println(" transforaminal procedures");
  }
}
