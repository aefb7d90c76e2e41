package dev.epidural.content.export;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A piece of HTML made by this package, safe to place in an HTML body: every text in it was escaped,
 * every link in it points to {@code http}, {@code https} or a relative path, and it holds no
 * executable script (only JSON-LD data blocks from {@link JsonLd#scriptElement()}), no style and no
 * event handler. There is no way to make one from a raw HTML string, so content cannot
 * turn into markup by mistake. Immutable and thread-safe.
 *
 * <pre>{@code
 * HtmlFragment nav = HtmlFragment.element("nav",
 *     HtmlFragment.link("index.html", "All procedures"),
 *     HtmlFragment.link("faq.html", "Questions"));
 * String html = nav.html();
 * }</pre>
 */
public final class HtmlFragment {

  /** The elements {@link #element(String, HtmlFragment...)} may make: structure and text, nothing active. */
  private static final Set<String> ELEMENTS = Set.of("p", "div", "span", "nav", "header", "footer", "main",
      "section", "article", "aside", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd",
      "strong", "em", "small", "cite", "blockquote");

  private static final HtmlFragment EMPTY = new HtmlFragment("");

  private final String html;

  private HtmlFragment(String html) {
    this.html = html;
  }

  /** Package-private: markup this package built and escaped itself. */
  static HtmlFragment trusted(String html) {
    return new HtmlFragment(html);
  }

  /**
   * Plain text, every {@code & < > " '} escaped.
   *
   * @param text any text
   * @return the fragment
   * @throws NullPointerException if {@code text} is null
   */
  public static HtmlFragment text(String text) {
    return new HtmlFragment(Escape.html(Objects.requireNonNull(text, "text")));
  }

  /**
   * The empty fragment.
   *
   * @return a fragment with no markup
   */
  public static HtmlFragment empty() {
    return EMPTY;
  }

  /**
   * Fragments one after another.
   *
   * @param parts the fragments
   * @return the fragment
   * @throws NullPointerException if a part is null
   */
  public static HtmlFragment concat(HtmlFragment... parts) {
    return concat(List.of(parts));
  }

  /**
   * Fragments one after another.
   *
   * @param parts the fragments
   * @return the fragment
   * @throws NullPointerException if a part is null
   */
  public static HtmlFragment concat(List<HtmlFragment> parts) {
    StringBuilder out = new StringBuilder();
    for (HtmlFragment part : parts) {
      out.append(Objects.requireNonNull(part, "part").html);
    }
    return new HtmlFragment(out.toString());
  }

  /**
   * An element around {@code children}.
   *
   * @param tag one of {@code p div span nav header footer main section article aside h1-h6 ul ol li
   *     dl dt dd strong em small cite blockquote}
   * @param children its content
   * @return the fragment
   * @throws IllegalArgumentException if {@code tag} is not one of those
   */
  public static HtmlFragment element(String tag, HtmlFragment... children) {
    return new HtmlFragment(open(tag, null) + concat(children).html + "</" + tag + ">");
  }

  /**
   * An element with a CSS class around {@code children}.
   *
   * @param tag an element allowed by {@link #element(String, HtmlFragment...)}
   * @param cssClass a class name: lowercase letters, digits and hyphens, starting with a letter
   * @param children its content
   * @return the fragment
   * @throws IllegalArgumentException if {@code tag} or {@code cssClass} is not allowed
   */
  public static HtmlFragment element(String tag, String cssClass, HtmlFragment... children) {
    if (!isCssClass(Objects.requireNonNull(cssClass, "cssClass"))) {
      throw new IllegalArgumentException("CSS class '" + cssClass + "' is not lowercase letters, digits and hyphens");
    }
    return new HtmlFragment(open(tag, cssClass) + concat(children).html + "</" + tag + ">");
  }

  /** Whether {@code name} is a lowercase letter followed by up to 63 lowercase letters, digits and hyphens. */
  private static boolean isCssClass(String name) {
    if (name.isEmpty() || name.length() > 64 || name.charAt(0) < 'a' || name.charAt(0) > 'z') {
      return false;
    }
    for (int i = 1; i < name.length(); i++) {
      char ch = name.charAt(i);
      if (!((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-')) {
        return false;
      }
    }
    return true;
  }

  private static String open(String tag, String cssClass) {
    if (!ELEMENTS.contains(Objects.requireNonNull(tag, "tag"))) {
      throw new IllegalArgumentException("element '" + tag + "' is not one of " + ELEMENTS.stream().sorted().toList());
    }
    return cssClass == null ? "<" + tag + ">" : "<" + tag + " class=\"" + cssClass + "\">";
  }

  /**
   * A link to {@code href} showing {@code text}, or the text alone when {@code href} is not an
   * {@code http}/{@code https} URL or a relative reference (a {@code javascript:} or {@code data:}
   * URL is never linked).
   *
   * @param href the link target
   * @param text the link text
   * @return the fragment
   * @throws NullPointerException if an argument is null
   */
  public static HtmlFragment link(String href, String text) {
    return link(href, text(text));
  }

  static HtmlFragment link(String href, HtmlFragment content) {
    Objects.requireNonNull(href, "href");
    if (Escape.httpUrl(href).isPresent()) {
      return new HtmlFragment("<a href=\"" + Escape.html(href) + "\" rel=\"noopener noreferrer\">" + content.html
          + "</a>");
    }
    if (Escape.href(href).isPresent()) {
      return new HtmlFragment("<a href=\"" + Escape.html(href) + "\">" + content.html + "</a>");
    }
    return content;
  }

  /**
   * The markup.
   *
   * @return the HTML text
   */
  public String html() {
    return html;
  }

  /**
   * Whether the fragment holds no markup.
   *
   * @return true if empty
   */
  public boolean isEmpty() {
    return html.isEmpty();
  }

  /** Returns the markup. */
  @Override
  public String toString() {
    return html;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof HtmlFragment f && f.html.equals(html);
  }

  @Override
  public int hashCode() {
    return html.hashCode();
  }
}
