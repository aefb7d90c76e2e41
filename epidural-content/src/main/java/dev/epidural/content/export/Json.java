package dev.epidural.content.export;

import java.io.Writer;
import java.util.function.Consumer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * JSON writing for the JSON and JSON-LD exports. Every string, property names included, is written
 * script-safe: {@code <}, {@code >}, {@code &}, U+2028 and U+2029 become the JSON escapes
 * backslash-u-003c, -003e, -0026, -2028 and -2029, so the output can stand inside
 * an HTML {@code <script>} element (no {@code </script>} or {@code <!--} can appear) or a JavaScript
 * source, and still parses to the same strings.
 */
final class Json {

  /** The factory behind every export: script-safe escapes, {@code /} left as is. */
  static final JsonFactory FACTORY = JsonFactory.builder()
      .characterEscapes(new ScriptSafeEscapes())
      .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
      .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
      .build();

  private Json() {}

  /**
   * Runs {@code body} against a fresh generator and returns what it wrote.
   *
   * @param pretty true for two-space indentation with {@code \n} line ends, whatever the platform
   */
  static String write(boolean pretty, Consumer<JsonGenerator> body) {
    Out out = new Out();
    ObjectWriteContext context = pretty ? new Pretty() : ObjectWriteContext.empty();
    try (JsonGenerator generator = FACTORY.createGenerator(context, out)) {
      body.accept(generator);
    }
    return out.text.toString();
  }

  /** Where a generator writes: a {@link StringBuilder}, without {@link java.io.StringWriter}'s locking. */
  private static final class Out extends Writer {
    final StringBuilder text = new StringBuilder(2048);

    @Override
    public void write(char[] chars, int offset, int length) {
      text.append(chars, offset, length);
    }

    @Override
    public void write(String string, int offset, int length) {
      text.append(string, offset, offset + length);
    }

    @Override
    public void write(int ch) {
      text.append((char) ch);
    }

    @Override
    public void flush() {
      // Nothing is buffered here.
    }

    @Override
    public void close() {
      // Nothing to release.
    }
  }

  /** One JSON string literal, quotes included, escaped as every export escapes strings. */
  static String string(String value) {
    return write(false, g -> g.writeString(value));
  }

  /** A pretty printer whose output does not depend on the platform's line separator. */
  private static final class Pretty extends ObjectWriteContext.Base {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      return new DefaultPrettyPrinter(Separators.createDefaultInstance()
          .withObjectNameValueSpacing(Separators.Spacing.AFTER)
          .withObjectEmptySeparator("")
          .withArrayEmptySeparator(""))
          .withObjectIndenter(indenter)
          .withArrayIndenter(indenter);
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  }

  /** The escapes that make JSON safe to embed in HTML script elements and JavaScript. */
  static final class ScriptSafeEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;

    private final int[] ascii;

    ScriptSafeEscapes() {
      ascii = CharacterEscapes.standardAsciiEscapesForJSON();
      ascii['<'] = CharacterEscapes.ESCAPE_CUSTOM;
      ascii['>'] = CharacterEscapes.ESCAPE_CUSTOM;
      ascii['&'] = CharacterEscapes.ESCAPE_CUSTOM;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii.clone();
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return switch (ch) {
        case '<' -> LT;
        case '>' -> GT;
        case '&' -> AMP;
        case 0x2028 -> LINE_SEPARATOR;
        case 0x2029 -> PARAGRAPH_SEPARATOR;
        default -> null;
      };
    }

    private static final SerializableString LT = new SerializedString("\\u003c");
    private static final SerializableString GT = new SerializedString("\\u003e");
    private static final SerializableString AMP = new SerializedString("\\u0026");
    private static final SerializableString LINE_SEPARATOR = new SerializedString("\\u2028");
    private static final SerializableString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");
  }
}
