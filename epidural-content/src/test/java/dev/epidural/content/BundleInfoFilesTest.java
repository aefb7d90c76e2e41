package dev.epidural.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.epidural.content.internal.problem.Problems;
import dev.epidural.content.internal.read.BundleFiles;
import dev.epidural.content.internal.read.JsonReader;
import dev.epidural.content.internal.tree.Node;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The content files a manifest lists, as the loader hands them on in {@link BundleInfo#files()}:
 * from every kind of location, for layers, for the built-in bundle's snapshot, and in the report of
 * a bundle that does not load.
 */
class BundleInfoFilesTest {

  private static final List<String> BASE_FILES = List.of("vocabulary.json", "procedures.json");

  @TempDir
  Path tmp;

  @Test
  void aFolderAManifestPathAZipAndTheClasspathListTheManifestsFilesInItsOrder() {
    List<EpiduralContent> loaded = List.of(
        Fixtures.loader(Fixtures.base()).load(),
        Fixtures.loader(Fixtures.base().resolve("bundle.json")).load(),
        Fixtures.loader(Fixtures.resource("valid/base-in-folder.zip")).load(),
        EpiduralContent.loader().clock(Fixtures.TODAY)
            .fromClasspath(BundleInfoFilesTest.class.getClassLoader(), "valid/base").load());

    for (EpiduralContent content : loaded) {
      assertThat(content.bundle().files()).as(content.report().bundlePath()).isEqualTo(BASE_FILES);
      assertThat(content.report().bundle()).as(content.report().bundlePath()).contains(content.bundle());
      assertThat(content.layers()).singleElement().isEqualTo(content.bundle());
    }
  }

  @Test
  void theReportOfABundleThatDoesNotLoadListsTheFilesAsWritten() throws IOException {
    ValidationReport twice = Fixtures.loader(withFiles("twice",
        "\"procedures.json\", \"vocabulary.json\", \"procedures.json\"")).validate();
    ValidationReport blank = Fixtures.loader(withFiles("blank", "\"vocabulary.json\", \" \"")).validate();

    assertThat(twice.errors()).extracting(Problem::code).contains("EPI-MAN-003");
    assertThat(twice.bundle()).hasValueSatisfying(info -> assertThat(info.files())
        .containsExactly("procedures.json", "vocabulary.json", "procedures.json"));
    // A list that breaks a rule is not read, and the description still says what it lists.
    assertThat(blank.errors()).extracting(Problem::code).contains("EPI-SHAPE-005");
    assertThat(blank.bundle()).hasValueSatisfying(info -> assertThat(info.files())
        .containsExactly("vocabulary.json", " "));
  }

  /** A copy of the base bundle whose manifest lists {@code files} (the inside of a JSON array). */
  private Path withFiles(String name, String files) throws IOException {
    Path dir = tmp.resolve(name);
    Fixtures.copyInto(Fixtures.base(), dir);
    Path manifest = dir.resolve(BundleFiles.MANIFEST);
    String listed = "\"files\": [\"vocabulary.json\", \"procedures.json\"]";
    String text = Files.readString(manifest);
    assertThat(text).contains(listed);
    Files.writeString(manifest, text.replace(listed, "\"files\": [" + files + "]"));
    return dir;
  }

  @Test
  void anOverlaidBundleListsTheTopLayersFilesAndEachLayerItsOwn() {
    Path base = ApiFixtures.resource("l10n/clinic");
    EpiduralContent clinic = EpiduralContent.loader().from(base).overlay(ApiFixtures.resource("overlay/clinic"))
        .clock(ApiFixtures.CLOCK).load();

    assertThat(clinic.bundle().files()).containsExactly("overlay.json");
    assertThat(clinic.report().bundle()).contains(clinic.bundle());
    assertThat(clinic.layers()).extracting(BundleInfo::files).containsExactly(
        List.of("vocabulary.json", "clinical.json", "procedures.json", "faq.json"), List.of("overlay.json"));
  }

  @Test
  void theBuiltInBundleListsItsManifestsFilesOnTheSnapshotPath() throws IOException {
    BuiltIn.Load load = BuiltIn.shipped();
    EpiduralContent builtIn = EpiduralContent.builtIn();

    assertThat(load.path()).as(load.reason()).isEqualTo(BuiltIn.Path.SNAPSHOT);
    assertThat(builtIn.bundle().files()).isNotEmpty().isEqualTo(builtInManifestFiles());
    assertThat(builtIn.report().bundle()).contains(builtIn.bundle());
    assertThat(EpiduralContent.loader().fromBuiltIn().validate().bundle()).contains(builtIn.bundle());
  }

  @Test
  void theSevenArgumentConstructorListsNoFiles() {
    BundleInfo info = new BundleInfo("b", "1", "B", Locale.ENGLISH, "P", "CC0-1.0", List.of());

    assertThat(info.files()).isEmpty();
    assertThat(info).isEqualTo(new BundleInfo("b", "1", "B", Locale.ENGLISH, "P", "CC0-1.0", List.of(), List.of()));
  }

  @Test
  void theFilesAreAnImmutableCopy() {
    List<String> files = new ArrayList<>(List.of("a.json"));
    BundleInfo info = new BundleInfo("b", "1", "B", Locale.ENGLISH, "P", "CC0-1.0", List.of(), files);
    files.add("b.json");

    assertThat(info.files()).containsExactly("a.json");
    assertThatThrownBy(() -> info.files().add("c.json"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  /** The {@code files} of the shipped manifest, read here from its JSON. */
  private static List<String> builtInManifestFiles() throws IOException {
    byte[] bytes;
    try (InputStream in = EpiduralContent.class.getModule()
        .getResourceAsStream(EpiduralContent.BUILT_IN_LOCATION + "/" + BundleFiles.MANIFEST)) {
      bytes = in.readAllBytes();
    }
    Node.Obj root = (Node.Obj) JsonReader.read(BundleFiles.MANIFEST, bytes, new Problems()).orElseThrow();
    List<String> files = new ArrayList<>();
    for (Node file : ((Node.Arr) root.get("files").value()).elements()) {
      files.add(((Node.Str) file).value());
    }
    return files;
  }
}
