package dev.epidural.cli;

import dev.epidural.cli.fmt.CanonicalJson.FileRole;
import dev.epidural.cli.fmt.CanonicalJson;
import dev.epidural.cli.report.Checked;
import dev.epidural.cli.report.Format;
import dev.epidural.content.ValidationReport;
import dev.epidural.content.internal.problem.Problems;
import dev.epidural.content.internal.read.BundleFiles;
import dev.epidural.content.internal.read.JsonReader;
import dev.epidural.content.internal.tree.Node;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code epidural fmt}: rewrites a bundle's files in the canonical layout ({@link CanonicalJson}), so
 * that diffs show content changes only. Every file is read and parsed before any is written: a file
 * that does not parse leaves the whole bundle untouched.
 */
@Command(name = "fmt", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    usageHelpAutoWidth = true,
    description = {"Rewrites a bundle's files in the canonical layout: keys in the order the model declares them"
        + " (\"$schema\" first), two-space indentation, one value per line, LF line ends, a final newline.",
        "Formats the manifest and every content, translation and sign-off file it lists; changes no value.",
        "BUNDLE is a bundle folder or its bundle.json. Prints each file it rewrote (with --check: would rewrite)."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:formatted (with --check: every file is already formatted)",
        "1:with --check: a file is not formatted; or a file does not parse (its problems are reported,"
            + " nothing is changed)",
        "2:usage or I/O error"})
public final class FmtCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--check", description = "Change nothing; list the files that are not formatted and exit with 1"
      + " if there are any (for CI).")
  boolean check;

  @Parameters(paramLabel = "BUNDLE", description = "The bundle folder, or its bundle.json.")
  String path;

  @Override
  public Integer call() {
    BundleArg bundle = BundleArg.parse(path);
    if (bundle.form() != BundleArg.Form.FOLDER && bundle.form() != BundleArg.Form.MANIFEST) {
      throw new CliException("fmt rewrites files in place: give a bundle folder or its " + BundleFiles.MANIFEST
          + ", not " + (bundle.form() == BundleArg.Form.ZIP ? "a zip" : "the built-in bundle"));
    }
    Path root = bundle.form() == BundleArg.Form.FOLDER ? bundle.path().orElseThrow()
        : bundle.path().orElseThrow().toAbsolutePath().getParent();
    Problems problems = new Problems();
    Map<String, String> formatted = read(root, problems);
    PrintWriter out = spec.commandLine().getOut();
    if (!problems.toList().isEmpty()) {
      ValidationReport report = new ValidationReport(bundle.shown(), Optional.empty(), problems.toList());
      Output.stream(w -> Format.TEXT.writer().write(List.of(new Checked(bundle, report)), w), null, out);
      return ExitCode.INVALID;
    }
    List<String> changed = new ArrayList<>();
    for (Map.Entry<String, String> file : formatted.entrySet()) {
      Path target = root.resolve(file.getKey());
      byte[] bytes = file.getValue().getBytes(StandardCharsets.UTF_8);
      if (!java.util.Arrays.equals(bytes, readBytes(target))) {
        changed.add(file.getKey());
        if (!check) {
          replace(target, bytes);
        }
      }
    }
    changed.forEach(file -> out.println(bundle.location(file, bundle.shown())));
    out.flush();
    return check && !changed.isEmpty() ? ExitCode.INVALID : ExitCode.OK;
  }

  /**
   * Reads and formats the manifest and every file it lists, by bundle-relative name, in manifest
   * order; adds a problem for each file that cannot be read or parsed.
   */
  static Map<String, String> read(Path root, Problems problems) {
    Map<String, String> formatted = new LinkedHashMap<>();
    Optional<BundleFiles> files = BundleFiles.of(root, problems);
    if (files.isEmpty()) {
      return formatted;
    }
    Optional<Node> manifest = parse(files.get(), BundleFiles.MANIFEST, problems);
    if (manifest.isEmpty()) {
      return formatted;
    }
    formatted.put(BundleFiles.MANIFEST, CanonicalJson.format(manifest.get(), FileRole.MANIFEST));
    Map<String, FileRole> listed = new LinkedHashMap<>();
    listed(manifest.get(), "files", FileRole.CONTENT, listed);
    listed(manifest.get(), "translations", FileRole.TRANSLATIONS, listed);
    listed(manifest.get(), "reviews", FileRole.REVIEWS, listed);
    listed.remove(BundleFiles.MANIFEST);
    listed.forEach((name, role) -> parse(files.get(), name, problems)
        .ifPresent(tree -> formatted.put(name, CanonicalJson.format(tree, role))));
    return formatted;
  }

  private static Optional<Node> parse(BundleFiles files, String name, Problems problems) {
    return files.read(name, problems).flatMap(bytes -> JsonReader.read(name, bytes, problems));
  }

  private static void listed(Node manifest, String list, FileRole role, Map<String, FileRole> into) {
    if (manifest instanceof Node.Obj obj && obj.get(list) != null && obj.get(list).value() instanceof Node.Arr arr) {
      for (Node n : arr.elements()) {
        if (n instanceof Node.Str s) {
          into.putIfAbsent(s.value(), role);
        }
      }
    }
  }

  private static byte[] readBytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new CliException("cannot read " + file + ": " + Output.reason(e), e);
    }
  }

  /** Replaces a file by writing a sibling first, so an interrupted run never leaves half a file. */
  private static void replace(Path file, byte[] bytes) {
    Path temp = null;
    try {
      temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".epidural-fmt-", ".tmp");
      Files.write(temp, bytes);
      // A temporary file is private to its owner; the formatted file keeps the original's permissions.
      if (Files.getFileStore(temp).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
        Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(file));
      }
      try {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (java.nio.file.AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException | SecurityException e) {
      throw new CliException("cannot write " + file + ": " + Output.reason(e), e);
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException e) {
          // Already moved into place, or nothing more can be done.
        }
      }
    }
  }
}
