package dev.epidural.content.internal.rules;

import dev.epidural.content.internal.problem.Messages;
import dev.epidural.content.ProblemCode;
import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Text safety: what a bundle text may not contain, because it would render wrongly, hide content or
 * turn into markup in an app that shows it. Returns the first rule a text breaks.
 */
public final class TextRules {

  /** A tag-like run, an entity, or a script-ish URL scheme. */
  private static final Pattern MARKUP = Pattern.compile(
      "<\\s*/?\\s*[A-Za-z!?]|&(?:#\\d+|#x[0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]{1,31});|(?i:javascript|vbscript|data)\\s*:");

  private TextRules() {}

  /** One broken rule: the code, and a message naming the character or run. */
  public record Breach(ProblemCode code, String message) {}

  /**
   * The first rule {@code text} breaks, if any. Lengths are not checked here: the model's
   * {@code @Size} constraints state them and the shape stage enforces them.
   */
  public static Optional<Breach> check(String text) {
    // Fast path: most texts are printable ASCII without the characters markup needs, and with no
    // colon that could end a script scheme.
    boolean plain = true;
    for (int i = 0, n = text.length(); i < n && plain; i++) {
      char ch = text.charAt(i);
      plain = ch >= 0x20 && ch < 0x7F && ch != '<' && ch != '&' && (ch != ':' || !mayEndScheme(text, i));
    }
    if (plain) {
      return text.isEmpty() || (text.charAt(0) != ' ' && text.charAt(text.length() - 1) != ' ')
          ? Optional.empty()
          : breach(ProblemCode.TEXT_BLANKS, "text has leading or trailing blanks; trim it");
    }
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (Character.isHighSurrogate(ch)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          int cp = Character.toCodePoint(ch, text.charAt(i + 1));
          if (Messages.isNoncharacter(cp)) {
            return breach(ProblemCode.TEXT_NONCHARACTER, "noncharacter " + u(cp) + " at index " + i);
          }
          i++;
          continue;
        }
        return breach(ProblemCode.TEXT_SURROGATE, "unpaired surrogate " + u(ch) + " at index " + i);
      }
      if (Character.isLowSurrogate(ch)) {
        return breach(ProblemCode.TEXT_SURROGATE, "unpaired surrogate " + u(ch) + " at index " + i);
      }
      if (Messages.isBidi(ch)) {
        return breach(ProblemCode.TEXT_BIDI, "bidirectional control " + u(ch) + " at index " + i
            + "; it can reorder what readers see");
      }
      if (Messages.isZeroWidth(ch)) {
        return breach(ProblemCode.TEXT_ZERO_WIDTH, "zero-width character " + u(ch) + " at index " + i);
      }
      if (Character.isISOControl(ch) && ch != '\n') {
        return breach(ProblemCode.TEXT_CONTROL, "control character " + u(ch) + " at index " + i
            + "; only line feed is allowed");
      }
      if (Messages.isNoncharacter(ch)) {
        return breach(ProblemCode.TEXT_NONCHARACTER, "noncharacter " + u(ch) + " at index " + i);
      }
    }
    var markup = MARKUP.matcher(text);
    if (markup.find()) {
      return breach(ProblemCode.TEXT_MARKUP, "markup '" + Messages.clip(markup.group()) + "' at index " + markup.start()
          + "; texts are plain text (no HTML, entities or script URLs)");
    }
    if (!text.isEmpty() && (isBlank(text.charAt(0)) || isBlank(text.charAt(text.length() - 1)))) {
      return breach(ProblemCode.TEXT_BLANKS, "text has leading or trailing blanks; trim it");
    }
    if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
      return breach(ProblemCode.TEXT_NOT_NFC, "text is not in Unicode normalization form C; normalize it to NFC");
    }
    return Optional.empty();
  }

  /**
   * Whether the colon at {@code colon} may end a script scheme as {@link #MARKUP} finds one: the
   * text before it, less the whitespace {@code \s} stands for, ends with {@code data} or {@code script} in any
   * case. A false answer is certain; a true one sends the text to the
   * full check.
   */
  private static boolean mayEndScheme(String text, int colon) {
    int end = colon;
    while (end > 0 && isRegexSpace(text.charAt(end - 1))) {
      end--;
    }
    return (end >= 4 && text.regionMatches(true, end - 4, "data", 0, 4))
        || (end >= 6 && text.regionMatches(true, end - 6, "script", 0, 6));
  }

  /** The characters {@code \s} matches without UNICODE_CHARACTER_CLASS. */
  public static boolean isRegexSpace(char ch) {
    return ch == ' ' || ch == '\t' || ch == '\n' || ch == 0x0B || ch == '\f' || ch == '\r';
  }

  private static boolean isBlank(char ch) {
    return Character.isWhitespace(ch) || Character.isSpaceChar(ch);
  }

  private static Optional<Breach> breach(ProblemCode code, String message) {
    return Optional.of(new Breach(code, message));
  }

  private static String u(int cp) {
    return String.format("U+%04X", cp);
  }
}
