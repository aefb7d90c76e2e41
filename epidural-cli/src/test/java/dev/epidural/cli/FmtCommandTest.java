package dev.epidural.cli;

import static dev.epidural.cli.Cli.bundle;
import static org.assertj.core.api.Assertions.assertThat;

import dev.epidural.content.EpiduralContent;
import dev.epidural.content.internal.bind.SchemaKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code epidural fmt}: canonical layout, {@code --check} for CI, and nothing changed on a broken bundle. */
class FmtCommandTest {

  private static final boolean UPDATE = Boolean.getBoolean("golden.update");
  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  @TempDir
  Path tmp;

  static Path copy(String fixture, Path to) throws IOException {
    Files.createDirectories(to);
    // to may be a fresh empty folder
    try (Stream<Path> files = Files.list(Path.of(bundle(fixture)))) {
      for (Path f : files.toList()) {
        Files.copy(f, to.resolve(f.getFileName().toString()));
      }
    }
    return to;
  }

  static Map<String, byte[]> snapshot(Path dir) throws IOException {
    Map<String, byte[]> bytes = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.toList()) {
        bytes.put(f.getFileName().toString(), Files.readAllBytes(f));
      }
    }
    return bytes;
  }

  @Test
  void checkListsTheUnformattedFilesExitsWithOneAndChangesNothing() throws IOException {
    Path dir = copy("unformatted", tmp.resolve("clinic"));
    Map<String, byte[]> before = snapshot(dir);

    Cli.Result r = Cli.run("fmt", "--check", dir.toString());

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).isEqualTo(dir + "/bundle.json\n" + dir + "/procedures.json\n");
    assertThat(snapshot(dir)).containsExactlyInAnyOrderEntriesOf(before);
  }

  @Test
  void fmtRewritesToTheGoldenLayoutAndThenCheckPasses() throws IOException {
    Path dir = copy("unformatted", tmp.resolve("clinic"));

    Cli.Result r = Cli.run("fmt", dir.toString());

    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).isEqualTo(dir + "/bundle.json\n" + dir + "/procedures.json\n");
    golden("fmt-bundle.json", dir.resolve("bundle.json"));
    golden("fmt-procedures.json", dir.resolve("procedures.json"));

    Cli.Result check = Cli.run("fmt", "--check", dir.toString());
    assertThat(check.exitCode()).isZero();
    assertThat(check.out()).isEmpty();
  }

  @Test
  void fmtKeepsTheSchemaKeysAndTheMeaning() throws IOException {
    Path dir = copy("unformatted", tmp.resolve("clinic"));
    EpiduralContent before = EpiduralContent.loader().from(dir).clock(Cli.CLOCK).strict(true).load();

    assertThat(Cli.run("fmt", dir.resolve("bundle.json").toString()).exitCode()).isZero();

    EpiduralContent after = EpiduralContent.loader().from(dir).clock(Cli.CLOCK).strict(true).load();
    assertThat(after.items()).containsExactlyElementsOf(before.items());
    assertThat(after.bundle()).isEqualTo(before.bundle());
    assertThat(Files.readString(dir.resolve("bundle.json")))
        .startsWith("{\n  \"$schema\": \"https://epidural.dev/schema/1/bundle.schema.json\",\n");
    assertThat(Files.readString(dir.resolve("procedures.json"))).startsWith("{\n  \"$schema\": \"./bundle.schema.json\",\n");
  }

  @Test
  void aFileThatDoesNotParseIsReportedAndNothingIsChanged() throws IOException {
    Path dir = copy("unformatted", tmp.resolve("clinic"));
    String procedures = Files.readString(dir.resolve("procedures.json"));
    Files.writeString(dir.resolve("procedures.json"), procedures.substring(0, procedures.length() - 3));
    Map<String, byte[]> before = snapshot(dir);

    for (String[] args : List.of(new String[] {"fmt", dir.toString()}, new String[] {"fmt", "--check", dir.toString()})) {
      Cli.Result r = Cli.run(args);

      assertThat(r.exitCode()).isEqualTo(1);
      assertThat(r.err()).isEmpty();
      assertThat(r.out()).contains(dir + "/procedures.json:").contains("error EPI-JSON-");
      Cli.assertNoStackTrace(r);
      assertThat(snapshot(dir)).containsExactlyInAnyOrderEntriesOf(before);
    }
  }

  @Test
  void aMissingListedFileIsReportedAndNothingIsChanged() throws IOException {
    Path dir = copy("unformatted", tmp.resolve("clinic"));
    Files.delete(dir.resolve("procedures.json"));
    Map<String, byte[]> before = snapshot(dir);

    Cli.Result r = Cli.run("fmt", dir.toString());

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).contains("procedures.json").contains("error EPI-IO-");
    assertThat(snapshot(dir)).containsExactlyInAnyOrderEntriesOf(before);
  }

  @Test
  void aFormattedBundleIsLeftAlone() throws IOException {
    Path dir = copy("unformatted", tmp.resolve("clinic"));
    assertThat(Cli.run("fmt", dir.toString()).exitCode()).isZero();
    Map<String, byte[]> formatted = snapshot(dir);

    Cli.Result again = Cli.run("fmt", dir.toString());

    assertThat(again.exitCode()).isZero();
    assertThat(again.out()).isEmpty();
    assertThat(snapshot(dir)).containsExactlyInAnyOrderEntriesOf(formatted);
  }

  @Test
  void zipsAndTheBuiltInBundleAreUsageErrors() throws IOException {
    Path zip = tmp.resolve("b.zip");
    Files.write(zip, new byte[] {'P', 'K', 5, 6});
    for (String arg : List.of(zip.toString(), "builtin:", tmp.resolve("missing").toString())) {
      Cli.Result r = Cli.run("fmt", "--check", arg);

      assertThat(r.exitCode()).as(arg).isEqualTo(2);
      assertThat(r.err()).startsWith("epidural: ");
      assertThat(r.out()).isEmpty();
    }
  }

  private static void golden(String name, Path actualFile) throws IOException {
    String actual = Files.readString(actualFile, StandardCharsets.UTF_8);
    Path golden = GOLDEN.resolve(name);
    if (UPDATE) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(golden).as("golden file; create it with -Dgolden.update=true").exists();
    assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
