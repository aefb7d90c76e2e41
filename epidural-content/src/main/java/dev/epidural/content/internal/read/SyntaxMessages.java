package dev.epidural.content.internal.read;

import dev.epidural.content.internal.problem.Messages;
import dev.epidural.content.internal.rules.TextRules;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jackson's parser errors in the words of someone who writes a bundle by hand: "a comma before
 * {@code ]} is not allowed in JSON" rather than "Unexpected character (']' (code 93)): expected a
 * valid value". The line and column stay Jackson's. A message this class does not know is kept as
 * Jackson gives it (its first line, without the parser's source description), so a new Jackson
 * release cannot lose a problem, only its plain wording; tests pin each mapping.
 */
public final class SyntaxMessages {

  private static final Pattern UNEXPECTED = Pattern.compile("^Unexpected character \\('(.+?)' \\(code (\\d+)\\)\\)");
  private static final Pattern TOKEN = Pattern.compile("^Unrecognized token '(.*)': was expecting");
  private static final Pattern ESCAPE = Pattern.compile("^Unrecognized character escape '(.+?)' \\(code (\\d+)\\)");
  private static final Pattern CONTROL = Pattern.compile("^Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)");
  private static final Pattern CLOSE_EXPECTED = Pattern.compile("^Unexpected close marker '(.)': expected '(.)'");
  private static final Pattern CLOSE_NONE = Pattern.compile("^Unexpected close marker '(.)': no open");
  private static final Pattern SOURCE = Pattern.compile("\\s*\\(?(start marker at |for \\w+ starting at )?\\[Source: [^\\]]*\\]\\)?");

  /** A fixed plain message for Jackson messages that contain a phrase, or start with it. */
  private record Phrase(String phrase, boolean atStart, String plain) {
    boolean in(String message) {
      return atStart ? message.startsWith(phrase) : message.contains(phrase);
    }
  }

  /** A string or the file ends before it is closed; the first phrase that matches wins. */
  private static final List<Phrase> UNCLOSED = List.of(
      new Phrase("was expecting closing quote for a string value", false,
          "a string is not closed: its closing double quote (\") is missing"),
      new Phrase("Unexpected end-of-input: expected close marker for Array", true,
          "the file ends before an array is closed: a ']' is missing"),
      new Phrase("Unexpected end-of-input: expected close marker for Object", true,
          "the file ends before an object is closed: a '}' is missing"),
      new Phrase("Unexpected end-of-input", true, "the file ends in the middle of the JSON document"));

  /** A separator is missing where Jackson expected one, after an unexpected character. */
  private static final List<Phrase> SEPARATORS = List.of(
      new Phrase("was expecting comma to separate Object entries", false,
          "a comma is missing between two properties of an object"),
      new Phrase("was expecting comma to separate Array entries", false,
          "a comma is missing between two elements of an array"),
      new Phrase("was expecting a colon to separate property name and value", false,
          "a colon (:) is missing between a property name and its value"),
      new Phrase("expected a hex-digit for character escape sequence", false,
          "\\u must be followed by four hex digits, such as \\u00e9"));

  private SyntaxMessages() {}

  private static Optional<String> first(List<Phrase> phrases, String message) {
    return phrases.stream().filter(p -> p.in(message)).findFirst().map(Phrase::plain);
  }

  /**
   * The plain message for Jackson's {@code original} message (the first line of
   * {@code getOriginalMessage()}), where {@code before} is the last character before the error
   * that is not white space (0 when there is none).
   */
  public static String plain(String original, char before) {
    String m = original;
    Matcher u = UNEXPECTED.matcher(m);
    if (u.find()) {
      int code = Integer.parseInt(u.group(2));
      String rest = m.substring(u.end());
      return unexpected(code, rest, before);
    }
    Optional<String> unclosed = first(UNCLOSED, m);
    if (unclosed.isPresent()) {
      return unclosed.get();
    }
    Matcher t = TOKEN.matcher(m);
    if (t.find()) {
      return "'" + Messages.clip(t.group(1)) + "' is not a JSON value: strings are written in double quotes, and the "
          + "only words JSON knows are true, false and null";
    }
    if (m.startsWith("Non-standard token")) {
      return "NaN and Infinity are not numbers in JSON";
    }
    Matcher c = CONTROL.matcher(m);
    if (c.find()) {
      int code = Integer.parseInt(c.group(1));
      return code == 10 || code == 13 ? "a string may not go on to the next line: end it on its line, or write the "
          + "line break as \\n" : code == 9 ? "a string may not hold a tab as it is: write it as \\t"
          : "a string may not hold the control character " + String.format("U+%04X", code) + " as it is: write it as "
          + String.format("\\u%04X", code);
    }
    Matcher e = ESCAPE.matcher(m);
    if (e.find()) {
      return "'\\" + Messages.clip(e.group(1)) + "' is not an escape JSON knows: write a backslash as \\\\; the escapes "
          + "are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\u followed by four hex digits";
    }
    Matcher ce = CLOSE_EXPECTED.matcher(m);
    if (ce.find()) {
      return "'" + ce.group(1) + "' does not match what it closes: a '" + ce.group(2) + "' is missing before it, "
          + "or the '" + ce.group(1) + "' is one too many";
    }
    Matcher cn = CLOSE_NONE.matcher(m);
    if (cn.find()) {
      return "'" + cn.group(1) + "' closes nothing: it is one too many";
    }
    if (m.contains("Leading zeroes not allowed")) {
      return "a number may not start with 0 unless it is 0 itself or 0.something: write 7, not 07";
    }
    return "malformed JSON: " + SOURCE.matcher(m).replaceAll("");
  }

  private static String unexpected(int code, String rest, char before) {
    String shown = shown(code);
    if (rest.contains("maybe a (non-standard) comment")) {
      return "comments (// or /* */) are not allowed in JSON";
    }
    if (code == '#') {
      return "comments (#, // or /* */) are not allowed in JSON";
    }
    if (rest.startsWith(" in numeric value")) {
      if (rest.contains("plus sign")) {
        return "a number may not start with '+': write 5, not +5";
      }
      if (rest.contains("Decimal point not followed by a digit")) {
        return "a decimal point must be followed by a digit: write 1.0 or 1, not 1.";
      }
      if (rest.contains("follow minus sign")) {
        return "a minus sign must be followed by a digit";
      }
      return "a number is not written as JSON writes numbers (such as 12, -0.5 or 1e3)";
    }
    if (rest.contains("expected a valid value") || rest.contains("expected a value")) {
      if ((code == ']' || code == '}') && before == ',') {
        return "a comma before '" + shown + "' is not allowed in JSON: remove the last comma";
      }
      if (code == '\'') {
        return "strings are written in double quotes (\"...\") in JSON, not single quotes";
      }
      if (code == ',') {
        return "a value is missing before ','";
      }
      if (code == '}' || code == ']') {
        return "a value is missing before '" + shown + "'";
      }
      if (code == '.') {
        return "a number must start with a digit: write 0.5, not .5";
      }
      return "'" + shown + "' cannot start a JSON value; text is written in double quotes";
    }
    if (rest.contains("was expecting double-quote to start property name")) {
      if (code == '}' && before == ',') {
        return "a comma before '}' is not allowed in JSON: remove the last comma";
      }
      if (code == '\'') {
        return "property names are written in double quotes (\"name\") in JSON, not single quotes";
      }
      if (code == ',') {
        return "a property is missing before ',': two commas in a row, or a comma right after '{'";
      }
      if (Character.isLetterOrDigit(code) || code == '_' || code == '$') {
        return "property names must be in double quotes in JSON: write \"name\": ..., not name: ...";
      }
      return "a property name in double quotes is expected here, not '" + shown + "'";
    }
    return first(SEPARATORS, rest).orElseGet(() -> "'" + shown + "' is not allowed here" + SOURCE.matcher(rest).replaceAll(""));
  }

  /** A character as a message may show it: printable ones as they are, others by their code. */
  private static String shown(int code) {
    return Character.isISOControl(code) || Messages.isInvisible(code) || Character.isWhitespace(code)
        ? String.format("U+%04X", code) : new String(Character.toChars(code));
  }

  /** The last character before {@code offset} in {@code text} that is not white space; 0 if none. */
  static char before(String text, long offset) {
    int i = (int) Math.min(Math.max(offset, 0), text.length()) - 1;
    while (i >= 0 && TextRules.isRegexSpace(text.charAt(i))) {
      i--;
    }
    return i < 0 ? 0 : text.charAt(i);
  }
}
