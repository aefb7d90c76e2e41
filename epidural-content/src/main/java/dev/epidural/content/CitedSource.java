package dev.epidural.content;

import dev.epidural.model.Source;
import java.util.Objects;

/**
 * A source as one item cites it: the document, and where in it the item's statement stands.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * for (CitedSource cited : content.sourcesOf(procedure)) {
 *   System.out.println(cited.source().title() + ", " + cited.locator());
 * }
 * }</pre>
 *
 * @param source the cited document
 * @param locator the section, heading or quote anchor within the document
 */
public record CitedSource(Source source, String locator) {

  /**
   * Checks that no component is null.
   *
   * @throws NullPointerException if a component is null
   */
  public CitedSource {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(locator, "locator");
  }

  /**
   * The citation in one line: the document's title, its publisher and the locator, as in
   * {@code "Fluoroscopically Guided Epidural Injections (Radiographics), abstract"}.
   *
   * @return the citation as text
   */
  @Override
  public String toString() {
    return source.title() + " (" + source.publisher() + "), " + locator;
  }
}
