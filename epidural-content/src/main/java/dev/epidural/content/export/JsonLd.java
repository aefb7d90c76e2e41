package dev.epidural.content.export;

/**
 * A JSON-LD document made by {@link JsonLdExporter}, escaped so that it can stand inside an HTML
 * {@code <script type="application/ld+json">} element: it contains no {@code <}, {@code >},
 * {@code &}, U+2028 or U+2029, so no {@code </script>} or {@code <!--} in the content can end the
 * element early. Immutable and thread-safe.
 *
 * <pre>{@code
 * JsonLd ld = JsonLdExporter.of(content, options).procedurePage(procedure);
 * String head = ld.scriptElement().html();
 * }</pre>
 */
public final class JsonLd {

  private static final String SCRIPT_START = "<script type=\"application/ld+json\">";
  private static final String SCRIPT_END = "</script>";

  private final String json;

  JsonLd(String json) {
    this.json = json;
  }

  /**
   * The JSON-LD text.
   *
   * @return the JSON
   */
  public String json() {
    return json;
  }

  /**
   * The document wrapped in {@code <script type="application/ld+json">...</script>}.
   *
   * @return the element
   */
  public HtmlFragment scriptElement() {
    return HtmlFragment.trusted(SCRIPT_START + json + SCRIPT_END);
  }

  /** Appends the {@link #scriptElement() script element} to {@code out}. */
  void appendScriptElement(StringBuilder out) {
    out.append(SCRIPT_START).append(json).append(SCRIPT_END);
  }

  /** Returns the JSON-LD text. */
  @Override
  public String toString() {
    return json;
  }
}
