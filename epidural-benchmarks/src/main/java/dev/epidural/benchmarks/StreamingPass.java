package dev.epidural.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The floor of a load: every JSON file of a bundle read from disk and every value of it read by
 * Jackson's streaming parser (names and strings made into strings, numbers parsed), with nothing
 * kept. The same bytes the validated load reads, so the two are compared by {@link LoadBenchmark}
 * (wall time) and {@link CpuTime} (CPU time).
 */
final class StreamingPass {

  private static final JsonFactory FACTORY = new JsonFactory();

  private StreamingPass() {}

  /**
   * Reads every value of every {@code *.json} file of {@code bundle}.
   *
   * @return a number folded from every value read, so that no read can be left out as dead code
   */
  static long readAll(Path bundle) {
    long fold = 0;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(bundle, "*.json")) {
      for (Path f : files) {
        try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), Files.readAllBytes(f))) {
          JsonToken t;
          while ((t = p.nextToken()) != null) {
            fold = 31 * fold + switch (t) {
              case PROPERTY_NAME -> p.currentName().hashCode();
              case VALUE_STRING -> p.getString().hashCode();
              case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> Double.hashCode(p.getDoubleValue());
              case VALUE_TRUE, VALUE_FALSE -> Boolean.hashCode(p.getBooleanValue());
              default -> t.hashCode();
            };
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return fold;
  }
}
