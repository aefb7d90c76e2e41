package dev.epidural.content.internal;

import dev.epidural.content.BundleInfo;
import dev.epidural.content.internal.bind.Binder;
import dev.epidural.content.internal.bind.Manifest;
import dev.epidural.content.internal.meta.Kind;
import dev.epidural.content.internal.meta.ModelFingerprint;
import dev.epidural.content.internal.problem.Problems;
import dev.epidural.content.internal.read.BundleFiles;
import dev.epidural.content.internal.read.JsonReader;
import dev.epidural.content.internal.snapshot.Checksums;
import dev.epidural.content.internal.snapshot.Snapshot;
import dev.epidural.content.internal.tree.Node;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the built-in bundle's build artifacts beside it in the compiled classes: its checksums
 * ({@code builtin.checksums}) and its snapshot ({@code builtin.snapshot}), which
 * {@code EpiduralContent.builtIn()} reads. Run by the build in the {@code process-classes} phase
 * (see {@code epidural-content/pom.xml}), never by hand and never by a test; nothing it writes is
 * committed.
 *
 * <p>It validates the bundle strictly first, as of today, and fails the build with the located
 * problems if it is not valid. The bytes it writes depend only on the bundle's files and on the
 * model classes, never on the date, the machine or the order of a hash map, so two builds of the
 * same sources write the same bytes.
 */
public final class BuiltInArtifacts {

  /** The bundle's folder, relative to the classes folder. */
  static final String BUNDLE = "dev/epidural/content/builtin";

  private BuiltInArtifacts() {}

  /**
   * Writes the artifacts.
   *
   * @param args one argument: the classes folder ({@code target/classes}) that holds the bundle
   * @throws IOException if the artifacts cannot be written
   * @throws IllegalStateException with the located problems, if the bundle is not strictly valid
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: BuiltInArtifacts CLASSES_FOLDER");
    }
    write(Path.of(args[0]), LocalDate.now(ZoneId.systemDefault()));
  }

  /** Validates the bundle under {@code classes} as of {@code today} and writes its artifacts beside it. */
  static void write(Path classes, LocalDate today) throws IOException {
    Path folder = classes.resolve(BUNDLE);
    Problems opening = new Problems();
    Optional<BundleFiles> opened = BundleFiles.of(folder, opening);
    if (opened.isEmpty()) {
      throw new IllegalStateException("the built-in bundle cannot be opened: " + opening.toList());
    }
    BundleFiles files = opened.get().cached();
    BundleReader.Result full = BundleReader.read(files, true, today);
    if (!full.report().isValid() || full.catalogue().isEmpty() || full.info().isEmpty()) {
      throw new IllegalStateException("the built-in bundle is not valid in strict mode; fix these problems:"
          + System.lineSeparator() + full.report());
    }
    String checksums = Checksums.of(files).orElseThrow(() -> new IllegalStateException(
        "the built-in bundle's files cannot be read again"));
    Manifest manifest = manifest(files);
    BundleInfo info = full.info().get();
    byte[] snapshot = Snapshot.write(Checksums.parse(checksums.getBytes(StandardCharsets.UTF_8)), info,
        manifest.defaultReview(), full.catalogue().get(), places(files, manifest));
    Files.writeString(classes.resolve(BUNDLE + ".checksums"),
        "# Written by the build (BuiltInArtifacts) after validating the bundle strictly: CRC-32-length  file\n"
            + checksums, StandardCharsets.UTF_8);
    if (Snapshot.hasReaders()) {
      // The readers are generated from the model; one made for another model must fail here, not at a user's start.
      Snapshot.Result back = Snapshot.read(snapshot);
      if (back.content().isEmpty()) {
        throw new IllegalStateException("the built-in snapshot just written does not read back: " + back.reason()
            + "; after a change to the model, regenerate the snapshot readers and the model's declared fingerprint: "
            + ModelFingerprint.REGENERATE);
      }
    }
    Files.write(classes.resolve(BUNDLE + ".snapshot"), snapshot);
  }

  private static Manifest manifest(BundleFiles files) {
    Problems problems = new Problems();
    return files.read(BundleFiles.MANIFEST, problems)
        .flatMap(bytes -> JsonReader.read(BundleFiles.MANIFEST, bytes, problems))
        .flatMap(root -> new Binder(problems, BundleFiles.MANIFEST, Map.of()).bind(root, Manifest.class, ""))
        .orElseThrow(() -> new IllegalStateException("the built-in manifest does not bind: " + problems.toList()));
  }

  /**
   * Where each item stands: its file, its position in its kind's array and whether it states its
   * own review, by item id (ids are unique in a valid bundle).
   */
  static Map<String, Snapshot.Place> places(BundleFiles files, Manifest manifest) {
    Map<String, Snapshot.Place> places = new HashMap<>();
    Problems problems = new Problems();
    for (String file : manifest.files()) {
      Node root = files.read(file, problems).flatMap(bytes -> JsonReader.read(file, bytes, problems))
          .orElseThrow(() -> new IllegalStateException("cannot read " + file + ": " + problems.toList()));
      if (!(root instanceof Node.Obj obj)) {
        throw new IllegalStateException(file + " is not an object");
      }
      for (Node.Member member : obj.members()) {
        if (Kind.ofProperty(member.name()).isPresent() && member.value() instanceof Node.Arr arr) {
          for (int i = 0; i < arr.elements().size(); i++) {
            if (arr.elements().get(i) instanceof Node.Obj item && item.get("id") != null
                && item.get("id").value() instanceof Node.Str id) {
              places.put(id.value(), new Snapshot.Place(file, i, item.get("review") != null));
            }
          }
        }
      }
    }
    return places;
  }
}
