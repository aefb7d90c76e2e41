package dev.epidural.cli.report;

/**
 * Keeps text printable: bundle content may carry control characters, bidirectional controls and
 * other invisible characters into messages, pointers and source lines.
 */
public final class Safe {

  private Safe() {}

  /**
   * The text with every character that could change what a terminal shows or how it behaves
   * written as {@code \}{@code uXXXX} ({@code \}{@code u{XXXXX}} above U+FFFF): C0 and C1 controls
   * (so ESC, and with it every terminal escape sequence), format characters (bidirectional
   * controls, zero-width characters, the byte-order mark), line and paragraph separators, unpaired
   * surrogates and noncharacters. Safe for terminals, XML 1.0 and Markdown alike.
   *
   * @param text any text
   * @return printable text
   */
  public static String printable(String text) {
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int n = Character.charCount(cp);
      boolean bad = isUnsafe(cp);
      if (bad && sb == null) {
        sb = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (sb != null) {
        if (bad) {
          escape(sb, cp);
        } else {
          sb.appendCodePoint(cp);
        }
      }
      i += n;
    }
    return sb == null ? text : sb.toString();
  }

  /**
   * Whether a code point may not be shown as it is.
   *
   * @param cp a code point (an unpaired surrogate counts as one)
   * @return true for controls, format characters, separators, surrogates and noncharacters
   */
  static boolean isUnsafe(int cp) {
    int type = Character.getType(cp);
    return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
        || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
        || (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
  }

  /** Appends the escape of one code point. */
  static void escape(StringBuilder sb, int cp) {
    if (cp > 0xFFFF) {
      sb.append("\\u{").append(Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT)).append('}');
    } else {
      sb.append(String.format("\\u%04X", cp));
    }
  }
}
