package dev.epidural.content.export;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The escaper every export goes through: HTML text and attribute values, Markdown text, and the
 * check that decides whether a URL may become a link. Content is plain text; nothing here lets any
 * of it through as markup.
 */
final class Escape {

  /** ASCII punctuation that means something anywhere in a line of CommonMark or GitHub Markdown. */
  private static final String MARKDOWN_ALWAYS = "\\`*_[]<>&|~!{}$";

  /** ASCII punctuation that means something only at the start of a line (headings, lists, quotes). */
  private static final String MARKDOWN_LINE_START = "#+-=>";

  /** Per ASCII character: 1 when it is in {@link #MARKDOWN_ALWAYS}, 2 when in {@link #MARKDOWN_LINE_START}. */
  private static final byte[] MARKDOWN = new byte[128];

  static {
    MARKDOWN_ALWAYS.chars().forEach(c -> MARKDOWN[c] |= 1);
    MARKDOWN_LINE_START.chars().forEach(c -> MARKDOWN[c] |= 2);
  }

  /** The digits of a percent-encoding, upper case as RFC 3986 recommends. */
  private static final String HEX = "0123456789ABCDEF";

  private Escape() {}

  /**
   * Escapes {@code text} for an HTML text node or a double- or single-quoted attribute value:
   * {@code & < > " '} become entities, every other character stays. Lossless: decoding the five
   * entities gives {@code text} back.
   */
  static String html(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (entity(text.charAt(i)) != null) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        html(text, 0, text.length(), out);
        return out.toString();
      }
    }
    return text;
  }

  /** Appends {@code text}, escaped as by {@link #html(String)}. */
  static void html(String text, StringBuilder out) {
    html(text, 0, text.length(), out);
  }

  /** Appends the characters {@code from} to {@code to} of {@code text}, escaped as by {@link #html(String)}. */
  static void html(String text, int from, int to, StringBuilder out) {
    int run = from;
    for (int i = from; i < to; i++) {
      String entity = entity(text.charAt(i));
      if (entity != null) {
        out.append(text, run, i).append(entity);
        run = i + 1;
      }
    }
    if (run == 0 && to == text.length()) {
      // Nothing to escape in the whole text, as in most: one copy of it.
      out.append(text);
    } else {
      out.append(text, run, to);
    }
  }

  /** The entity that stands for {@code ch} in HTML, or null when it stands for itself. */
  private static String entity(char ch) {
    if (ch > '>') {
      return null;
    }
    return switch (ch) {
      case '&' -> "&amp;";
      case '<' -> "&lt;";
      case '>' -> "&gt;";
      case '"' -> "&quot;";
      case '\'' -> "&#39;";
      default -> null;
    };
  }

  /**
   * Escapes {@code text} for use inside one Markdown line (a heading, a list item, link text):
   * line breaks become spaces, leading and trailing spaces and tabs go (they would start code blocks
   * or hard breaks), and every character that Markdown would read as syntax is backslash-escaped,
   * including {@code <} and {@code &}, so no raw HTML or entity passes through.
   */
  static String markdownInline(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    markdownInline(text, out);
    return out.toString();
  }

  /** Appends {@code text}, escaped as by {@link #markdownInline(String)}. */
  static void markdownInline(String text, StringBuilder out) {
    markdownLine(text, 0, text.length(), true, out);
  }

  /**
   * Escapes {@code text} as Markdown paragraphs: blank lines separate paragraphs, other line breaks
   * stay soft breaks, and each line is escaped as by {@link #markdownInline(String)}.
   */
  static String markdownBlock(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    markdownBlock(text, out);
    return out.toString();
  }

  /** Appends {@code text}, escaped as by {@link #markdownBlock(String)}. */
  static void markdownBlock(String text, StringBuilder out) {
    boolean inParagraph = false;
    boolean anyParagraph = false;
    int start = 0;
    int length = text.length();
    while (true) {
      int end = lineEnd(text, start);
      if (isIndentOnly(text, start, end)) {
        // A line that escapes to nothing ends the paragraph.
        inParagraph = false;
      } else {
        if (inParagraph) {
          out.append('\n');
        } else {
          if (anyParagraph) {
            out.append("\n\n");
          }
          inParagraph = true;
          anyParagraph = true;
        }
        markdownLine(text, start, end, false, out);
      }
      if (end == length) {
        return;
      }
      start = nextLine(text, end);
    }
  }

  /** The end of the line that starts at {@code start}: the index of its LF, CR or CRLF, or the text's length. */
  static int lineEnd(String text, int start) {
    for (int i = start, n = text.length(); i < n; i++) {
      char ch = text.charAt(i);
      if (ch == '\n' || ch == '\r') {
        return i;
      }
    }
    return text.length();
  }

  /** The start of the line after the break at {@code end}, which is not the text's end. */
  static int nextLine(String text, int end) {
    return text.charAt(end) == '\r' && end + 1 < text.length() && text.charAt(end + 1) == '\n' ? end + 2 : end + 1;
  }

  /** Whether the characters {@code from} to {@code to} of {@code text} are all white space, as {@link String#isBlank()} says. */
  static boolean isBlank(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      // No supplementary character is white space, and neither is either half of one.
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isIndentOnly(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isIndent(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Appends the characters {@code from} to {@code to} of {@code text} escaped as one Markdown line.
   * With {@code breaksAsSpaces}, each LF, CR or CRLF in them reads as one space; without, they hold
   * none.
   */
  private static void markdownLine(String text, int from, int to, boolean breaksAsSpaces, StringBuilder out) {
    int start = from;
    int end = to;
    while (start < end && isBlankInLine(text.charAt(start), breaksAsSpaces)) {
      start++;
    }
    while (end > start && isBlankInLine(text.charAt(end - 1), breaksAsSpaces)) {
      end--;
    }
    // "12." or "12)" at the start of a line opens an ordered list: escape the delimiter.
    int digits = start;
    while (digits < end && digits - start < 10 && text.charAt(digits) >= '0' && text.charAt(digits) <= '9') {
      digits++;
    }
    int orderedDelimiter = digits > start && digits < end
        && (text.charAt(digits) == '.' || text.charAt(digits) == ')') ? digits : -1;
    int run = start;
    for (int i = start; i < end; i++) {
      char ch = text.charAt(i);
      if (breaksAsSpaces && (ch == '\n' || ch == '\r')) {
        // Inside the trimmed line, so i > start: a CRLF is one space, at its CR.
        out.append(text, run, i);
        if (ch == '\r' || text.charAt(i - 1) != '\r') {
          out.append(' ');
        }
        run = i + 1;
      } else if ((ch < 128 && (MARKDOWN[ch] & 1) != 0)
          || (i == start && ch < 128 && (MARKDOWN[ch] & 2) != 0)
          || i == orderedDelimiter) {
        out.append(text, run, i).append('\\');
        run = i;
      }
    }
    if (run == 0 && end == text.length()) {
      out.append(text);
    } else {
      out.append(text, run, end);
    }
  }

  /** A space or tab, or with {@code breaksAsSpaces} a line break: what a Markdown line is trimmed of. */
  private static boolean isBlankInLine(char ch, boolean breaksAsSpaces) {
    return isIndent(ch) || (breaksAsSpaces && (ch == '\n' || ch == '\r'));
  }

  private static boolean isIndent(char ch) {
    return ch == ' ' || ch == '\t';
  }

  /**
   * {@code url} if it is an absolute {@code http} or {@code https} URL with a host, well-formed
   * (RFC 3986: no spaces, quotes, angle brackets, backslashes or control characters); otherwise
   * empty, and the caller shows no link.
   */
  static Optional<String> httpUrl(String url) {
    return parse(url).filter(uri -> uri.getScheme() != null
        && (uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"))
        && uri.getRawAuthority() != null && !uri.getRawAuthority().isEmpty()
        && !uri.isOpaque()).map(uri -> url);
  }

  /**
   * {@code href} if it is an {@code http}/{@code https} URL as for {@link #httpUrl(String)}, or a
   * relative reference without scheme or authority (such as {@code faq.html} or
   * {@code ../index.html#top}); otherwise empty.
   */
  static Optional<String> href(String href) {
    if (httpUrl(href).isPresent()) {
      return Optional.of(href);
    }
    return parse(href).filter(uri -> uri.getScheme() == null && uri.getRawAuthority() == null
        && !href.startsWith("//")).map(uri -> href);
  }

  private static Optional<URI> parse(String text) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      // java.net.URI accepts some non-ASCII "other" characters; a link needs none of them.
      if (ch <= 0x20 || ch >= 0x7F) {
        return Optional.empty();
      }
    }
    try {
      return Optional.of(new URI(text));
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /**
   * The {@code https://doi.org/} URL of a DOI, every character outside {@code A-Z a-z 0-9 - . _ ~ /}
   * percent-encoded as UTF-8.
   */
  static String doiUrl(String doi) {
    StringBuilder out = new StringBuilder("https://doi.org/");
    for (byte b : doi.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
          || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
        out.append((char) c);
      } else {
        out.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xF));
      }
    }
    return out.toString();
  }
}
