package dev.epidural.cli;

import java.io.Writer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/** JSON output through Jackson's streaming generator: two-space indent, {@code \n} line ends. */
public final class Json {

  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private Json() {}

  /** A fresh pretty printer (they hold nesting state, so one per generator). */
  public static DefaultPrettyPrinter prettyPrinter() {
    return new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectNameValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator(""))
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
  }

  /**
   * A generator writing indented JSON to {@code out}. Closing it does not close {@code out}.
   *
   * @param out where to write
   * @return the generator
   */
  public static JsonGenerator generator(Writer out) {
    return FACTORY.createGenerator(new ObjectWriteContext.Base() {
      @Override
      public PrettyPrinter getPrettyPrinter() {
        return prettyPrinter();
      }

      @Override
      public boolean hasPrettyPrinter() {
        return true;
      }
    }, new NonClosing(out));
  }

  /**
   * A generator writing JSON on one line, for values shown inside text.
   *
   * @param out where to write
   * @return the generator
   */
  public static JsonGenerator compactGenerator(Writer out) {
    return FACTORY.createGenerator(ObjectWriteContext.empty(), new NonClosing(out));
  }

  /** Keeps the generator from closing stdout. */
  private static final class NonClosing extends java.io.FilterWriter {
    NonClosing(Writer out) {
      super(out);
    }

    @Override
    public void close() {
      // flush only: the caller owns the stream
      try {
        flush();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }
}
