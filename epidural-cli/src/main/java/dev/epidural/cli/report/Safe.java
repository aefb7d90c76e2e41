package dev.epidural.cli.report;

/** Keeps text printable: bundle content may carry control characters into messages and pointers. */
public final class Safe {

  private Safe() {}

  /**
   * The text with every control character, unpaired surrogate and noncharacter shown as
   * {@code \}{@code uXXXX}: safe for terminals, XML 1.0 and Markdown alike.
   *
   * @param text any text
   * @return printable text
   */
  public static String printable(String text) {
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean bad;
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        if (sb != null) {
          sb.append(c).append(text.charAt(i + 1));
        }
        i++;
        continue;
      }
      bad = Character.isISOControl(c) || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF';
      if (bad && sb == null) {
        sb = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (sb != null) {
        if (bad) {
          sb.append(String.format("\\u%04X", (int) c));
        } else {
          sb.append(c);
        }
      }
    }
    return sb == null ? text : sb.toString();
  }
}
