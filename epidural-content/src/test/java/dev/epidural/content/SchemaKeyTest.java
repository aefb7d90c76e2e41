package dev.epidural.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.epidural.content.internal.BundleReader;
import dev.epidural.content.internal.bind.SchemaKey;
import dev.epidural.content.internal.problem.Problems;
import dev.epidural.content.internal.read.BundleFiles;
import dev.epidural.model.Item;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A top-level {@code "$schema"} string in the manifest or a content file is ignored by both reading
 * paths: the bundle reads to the same items, with the same report, as without it.
 */
class SchemaKeyTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
  private static final String SCHEMA = "\"$schema\": \"./bundle.schema.json\", ";

  @Example
  void aSchemaKeyInEveryFileIsIgnoredByBothPaths() throws IOException {
    Path dir = Files.createTempDirectory("schema-key");
    try {
      Fixtures.copyInto(Fixtures.base(), dir);
      for (String file : List.of("bundle.json", "procedures.json", "vocabulary.json")) {
        withSchemaKey(dir.resolve(file), SCHEMA);
      }
      BundleReader.Result without = read(Fixtures.base(), true);
      for (boolean fast : List.of(true, false)) {
        BundleReader.Result with = read(dir, fast);
        assertThat(with.report().problems()).as("fast path: %s", fast).isEmpty();
        assertThat(with.info()).isEqualTo(without.info());
        assertThat(with.catalogue().orElseThrow().items())
            .containsExactlyElementsOf(without.catalogue().orElseThrow().items());
      }
    } finally {
      BundleProperties.delete(dir);
    }
  }

  @Example
  void aSchemaKeyThatIsNotAStringIsOneLocatedProblemOnBothPaths() throws IOException {
    for (String file : List.of("bundle.json", "procedures.json")) {
      Path dir = Files.createTempDirectory("schema-key-bad");
      try {
        Fixtures.copyInto(Fixtures.base(), dir);
        withSchemaKey(dir.resolve(file), "\"$schema\": 1, ");
        BundleReader.Result fast = read(dir, true);
        BundleReader.Result reporting = read(dir, false);

        assertThat(fast.report().problems()).containsExactlyElementsOf(reporting.report().problems());
        assertThat(fast.report().problems()).singleElement().satisfies(p -> {
          assertThat(p.code()).isEqualTo("EPI-SHAPE-003");
          assertThat(p.file()).isEqualTo(file);
          assertThat(p.pointer()).isEqualTo("/$schema");
          assertThat(p.line()).hasValue(1);
          assertThat(p.message()).contains("'$schema'").contains("found integer");
        });
      } finally {
        BundleProperties.delete(dir);
      }
    }
  }

  @Property(tries = 15)
  void generatedBundlesWithASchemaKeyGiveTheSameItemsFromBothPaths(@ForAll("bundles") List<Item> items)
      throws IOException {
    Path dir = Files.createTempDirectory("schema-key-generated");
    try {
      BundleProperties.write(dir, items);
      List<Item> plain = read(dir, true).catalogue().orElseThrow().items();
      withSchemaKey(dir.resolve("bundle.json"), SCHEMA);
      withSchemaKey(dir.resolve("content.json"), SCHEMA);

      for (boolean fast : List.of(true, false)) {
        BundleReader.Result with = read(dir, fast);
        assertThat(with.report().problems()).isEmpty();
        assertThat(with.catalogue().orElseThrow().items()).containsExactlyElementsOf(plain);
      }
    } finally {
      BundleProperties.delete(dir);
    }
  }

  @Provide
  Arbitrary<List<Item>> bundles() {
    return new BundleProperties().bundles();
  }

  /** Puts {@code member} first in the file's top-level object. */
  private static void withSchemaKey(Path file, String member) throws IOException {
    String json = Files.readString(file, StandardCharsets.UTF_8);
    int brace = json.indexOf('{');
    Files.writeString(file, json.substring(0, brace + 1) + member + json.substring(brace + 1), StandardCharsets.UTF_8);
  }

  private static BundleReader.Result read(Path dir, boolean fastPath) {
    Problems problems = new Problems();
    BundleFiles files = BundleFiles.of(dir, problems).orElseThrow();
    return fastPath ? BundleReader.read(List.of(files), Optional.empty(), true, TODAY)
        : BundleReader.readWithoutFastPath(List.of(files), Optional.empty(), true, TODAY);
  }
}
