package dev.epidural.examples;

import dev.epidural.content.EpiduralContent;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

/** Runs an example and captures what it prints; loads the fixture the examples' tests use. */
final class ExampleRuns {

  private ExampleRuns() {}

  /** The stand-in for the built-in bundle, until the tests can use the built-in bundle itself. */
  static EpiduralContent fixture() {
    return Fixture.CONTENT;
  }

  private static final class Fixture {
    static final EpiduralContent CONTENT = EpiduralContent.loader().fromClasspath("fixture").load();
  }

  /** The lines {@code example} prints. */
  static List<String> lines(Consumer<PrintStream> example) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      example.accept(out);
    }
    return bytes.toString(StandardCharsets.UTF_8).lines().toList();
  }
}
