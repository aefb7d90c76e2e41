package dev.epidural.content.internal.problem;

/**
 * Keeps what a problem message shows of bundle text short and printable: bundle text may carry
 * anything, control and invisible characters included. Stateless.
 */
public final class Messages {

  private Messages() {}

  /** Shortens a value shown in a message. */
  public static String clip(String value) {
    return safe(value.length() > 60 ? value.substring(0, 60) + "..." : value);
  }

  /** Keeps a message printable: bundle text may carry anything. */
  public static String safe(String message) {
    StringBuilder sb = new StringBuilder(message.length());
    message.codePoints().forEach(cp -> {
      if (Character.isISOControl(cp) || isInvisible(cp)) {
        sb.append(String.format("\\u%04X", cp));
      } else {
        sb.appendCodePoint(cp);
      }
    });
    return sb.toString();
  }

  /** Characters that change or hide what is shown without being visible themselves. */
  public static boolean isInvisible(int cp) {
    return isBidi(cp) || isZeroWidth(cp) || isNoncharacter(cp) || (cp >= 0xD800 && cp <= 0xDFFF);
  }

  public static boolean isBidi(int cp) {
    return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F
        || cp == 0x061C;
  }

  public static boolean isZeroWidth(int cp) {
    return cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF || cp == 0x180E;
  }

  public static boolean isNoncharacter(int cp) {
    return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
  }
}
