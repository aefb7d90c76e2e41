package dev.epidural.content.export;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

  private Escape() {}

  /**
   * Escapes {@code text} for an HTML text node or a double- or single-quoted attribute value:
   * {@code & < > " '} become entities, every other character stays. Lossless: decoding the five
   * entities gives {@code text} back.
   */
  static String html(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      String entity = switch (ch) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> "&quot;";
        case '\'' -> "&#39;";
        default -> null;
      };
      if (entity != null) {
        if (out == null) {
          out = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        out.append(entity);
      } else if (out != null) {
        out.append(ch);
      }
    }
    return out == null ? text : out.toString();
  }

  /**
   * Escapes {@code text} for use inside one Markdown line (a heading, a list item, link text):
   * line breaks become spaces, leading and trailing spaces and tabs go (they would start code blocks
   * or hard breaks), and every character that Markdown would read as syntax is backslash-escaped,
   * including {@code <} and {@code &}, so no raw HTML or entity passes through.
   */
  static String markdownInline(String text) {
    return markdownLine(text.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' '));
  }

  /**
   * Escapes {@code text} as Markdown paragraphs: blank lines separate paragraphs, other line breaks
   * stay soft breaks, and each line is escaped as by {@link #markdownInline(String)}.
   */
  static String markdownBlock(String text) {
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : lines(text)) {
      String escaped = markdownLine(line);
      if (escaped.isEmpty()) {
        if (current.length() > 0) {
          paragraphs.add(current.toString());
          current.setLength(0);
        }
      } else {
        if (current.length() > 0) {
          current.append('\n');
        }
        current.append(escaped);
      }
    }
    if (current.length() > 0) {
      paragraphs.add(current.toString());
    }
    return String.join("\n\n", paragraphs);
  }

  /** The lines of {@code text}, split at LF, CRLF or CR. */
  static List<String> lines(String text) {
    return List.of(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
  }

  /** The paragraphs of {@code text}: runs of non-blank lines, split at blank lines. */
  static List<List<String>> paragraphs(String text) {
    List<List<String>> paragraphs = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String line : lines(text)) {
      if (line.isBlank()) {
        if (!current.isEmpty()) {
          paragraphs.add(List.copyOf(current));
          current.clear();
        }
      } else {
        current.add(line);
      }
    }
    if (!current.isEmpty()) {
      paragraphs.add(List.copyOf(current));
    }
    return paragraphs;
  }

  /** Escapes one line that holds no line break. */
  private static String markdownLine(String line) {
    int start = 0;
    int end = line.length();
    while (start < end && isIndent(line.charAt(start))) {
      start++;
    }
    while (end > start && isIndent(line.charAt(end - 1))) {
      end--;
    }
    StringBuilder out = new StringBuilder(end - start + 8);
    // "12." or "12)" at the start of a line opens an ordered list: escape the delimiter.
    int digits = start;
    while (digits < end && digits - start < 10 && line.charAt(digits) >= '0' && line.charAt(digits) <= '9') {
      digits++;
    }
    int orderedDelimiter = digits > start && digits < end
        && (line.charAt(digits) == '.' || line.charAt(digits) == ')') ? digits : -1;
    for (int i = start; i < end; i++) {
      char ch = line.charAt(i);
      if (MARKDOWN_ALWAYS.indexOf(ch) >= 0
          || (i == start && MARKDOWN_LINE_START.indexOf(ch) >= 0)
          || i == orderedDelimiter) {
        out.append('\\');
      }
      out.append(ch);
    }
    return out.toString();
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
        out.append('%').append(String.format(Locale.ROOT, "%02X", c));
      }
    }
    return out.toString();
  }
}
