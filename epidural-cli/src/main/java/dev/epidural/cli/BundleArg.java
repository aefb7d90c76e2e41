package dev.epidural.cli;

import dev.epidural.content.EpiduralContent;
import dev.epidural.content.Loader;
import dev.epidural.content.internal.read.BundleFiles;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * One bundle named on the command line: a folder, a {@code .zip}, a {@code bundle.json}, or the
 * built-in bundle ({@code builtin:}). Checked before validation: a path that does not exist, cannot
 * be read or is none of those is a usage error (exit 2), not a content problem.
 *
 * @param shown the argument as given, used to name the bundle in every report
 * @param form what the path is
 * @param path the path, absent for the built-in bundle
 */
public record BundleArg(String shown, Form form, Optional<Path> path) {

  /** The argument that names the built-in bundle. */
  public static final String BUILTIN = "builtin:";

  /** Where the built-in bundle lives on the class path (epidural-content). */
  public static final String BUILTIN_LOCATION = "dev/epidural/content/builtin";

  /** What a bundle argument is. */
  public enum Form {
    /** A folder holding bundle.json. */
    FOLDER,
    /** A zip of a bundle, read in memory. */
    ZIP,
    /** A bundle.json file; the bundle is its folder. */
    MANIFEST,
    /** The bundle shipped in epidural-content. */
    BUILTIN
  }

  /**
   * Checks an argument.
   *
   * @param arg a path or {@code builtin:}
   * @return the bundle
   * @throws CliException if the path does not exist, cannot be read or is not a bundle
   */
  public static BundleArg parse(String arg) {
    if (arg.equals(BUILTIN)) {
      return new BundleArg(arg, Form.BUILTIN, Optional.empty());
    }
    Path path;
    try {
      path = Path.of(arg);
    } catch (InvalidPathException e) {
      throw new CliException("'" + arg + "' is not a valid path: " + e.getReason(), e);
    }
    if (!Files.exists(path)) {
      throw new CliException("no such file or directory: " + arg);
    }
    if (!Files.isReadable(path)) {
      throw new CliException("cannot read " + arg + ": permission denied");
    }
    if (Files.isDirectory(path)) {
      return new BundleArg(arg, Form.FOLDER, Optional.of(path));
    }
    Path name = path.getFileName();
    String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    if (Files.isRegularFile(path) && lower.endsWith(".zip")) {
      return new BundleArg(arg, Form.ZIP, Optional.of(path));
    }
    if (Files.isRegularFile(path) && name.toString().equals(BundleFiles.MANIFEST)) {
      return new BundleArg(arg, Form.MANIFEST, Optional.of(path));
    }
    throw new CliException(arg + " is not a bundle: give a bundle folder, a .zip of one, its "
        + BundleFiles.MANIFEST + ", or " + BUILTIN);
  }

  /** A loader for this bundle. */
  public Loader loader() {
    Loader loader = EpiduralContent.loader();
    return form == Form.BUILTIN
        ? loader.fromBuiltIn()
        : loader.from(path.orElseThrow());
  }

  /**
   * Where a bundle file is, for people and tools: the bundle path joined with the file, with
   * {@code /} separators. A zip's entries are shown as {@code bundle.zip!/file}. A problem whose
   * file is the bundle itself (as the loader reports problems with the bundle as a whole) is shown
   * as the bundle.
   *
   * @param file a bundle-relative file, or the bundle path as the loader reported it
   * @param reportedBundlePath the report's bundle path
   * @return the location
   */
  public String location(String file, String reportedBundlePath) {
    if (file.equals(reportedBundlePath) || file.equals(shown)) {
      return slashes(shown);
    }
    return switch (form) {
      case FOLDER -> join(slashes(shown), file);
      case ZIP -> slashes(shown) + "!/" + file;
      case MANIFEST -> {
        Path parent = path.orElseThrow().getParent();
        yield parent == null ? file : join(slashes(parent.toString()), file);
      }
      case BUILTIN -> BUILTIN + file;
    };
  }

  private static String join(String base, String file) {
    return base.endsWith("/") ? base + file : base + "/" + file;
  }

  private static String slashes(String path) {
    return File.separatorChar == '/' ? path : path.replace(File.separatorChar, '/');
  }
}
