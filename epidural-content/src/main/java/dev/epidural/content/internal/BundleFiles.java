package dev.epidural.content.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Where a bundle's files come from: a folder, a zip read into memory, or a classpath location.
 * Every read is bounded, every path is checked, and every failure is a problem, never an exception.
 */
public abstract class BundleFiles {

  /** The manifest's name at the bundle root. */
  public static final String MANIFEST = "bundle.json";

  private final String shown;

  /** Files of a bundle shown in reports as {@code shown}. */
  protected BundleFiles(String shown) {
    this.shown = shown;
  }

  /** How the bundle was given, for reports. */
  public final String describe() {
    return shown;
  }

  /** The bytes of {@code relative} (already checked by {@link #checkRelative}), or empty with a problem. */
  protected abstract Optional<byte[]> readChecked(String relative, Problems problems);

  /** Reads one file named by a bundle-relative path, refusing unsafe paths. */
  public final Optional<byte[]> read(String relative, Problems problems) {
    Optional<String> bad = checkRelative(relative);
    if (bad.isPresent()) {
      problems.addFile(ProblemCode.IO_UNSAFE_PATH, "path '" + Binder.clip(relative) + "' " + bad.get(), relative);
      return Optional.empty();
    }
    return readChecked(relative, problems);
  }

  /**
   * These files, each read at most once: for a bundle that is read twice in a row, as the built-in
   * bundle is (digests, then content). Thread-safe.
   */
  public BundleFiles cached() {
    BundleFiles self = this;
    java.util.Map<String, Optional<byte[]>> cache = new java.util.concurrent.ConcurrentHashMap<>();
    return new BundleFiles(describe()) {
      @Override
      protected Optional<byte[]> readChecked(String relative, Problems problems) {
        Optional<byte[]> hit = cache.get(relative);
        if (hit == null) {
          Problems own = new Problems();
          hit = self.readChecked(relative, own);
          if (hit.isPresent()) {
            cache.put(relative, hit);
          } else {
            own.toList().forEach(p -> problems.addFile(ProblemCode.IO_UNREADABLE, p.message(), p.file()));
          }
        }
        return hit;
      }
    };
  }

  /** Why a bundle-relative path is unsafe, if it is. */
  public static Optional<String> checkRelative(String relative) {
    if (relative.isEmpty()) {
      return Optional.of("is empty");
    }
    if (relative.indexOf('\\') >= 0) {
      return Optional.of("contains a backslash; use '/'");
    }
    if (relative.startsWith("/") || relative.matches("^[A-Za-z]:.*")) {
      return Optional.of("is absolute; paths are relative to the bundle root");
    }
    for (String part : relative.split("/", -1)) {
      if (part.equals("..") || part.equals(".") || part.isEmpty()) {
        return Optional.of("has an empty, '.' or '..' segment; paths may not leave the bundle root");
      }
    }
    if (relative.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
      return Optional.of("contains a control character");
    }
    return Optional.empty();
  }

  /**
   * The files of a bundle given as a path: a folder, a {@code .zip}, or a manifest file.
   * Problems reading a zip are reported here, before any content is read.
   */
  public static Optional<BundleFiles> of(Path path, Problems problems) {
    String shown = path.toString();
    try {
      if (Files.isDirectory(path)) {
        return Optional.of(new Folder(path.toRealPath(), shown));
      }
      if (Files.isRegularFile(path)) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".zip")) {
          long size = Files.size(path);
          if (size > Limits.MAX_ZIP_BYTES) {
            problems.addFile(ProblemCode.IO_TOO_LARGE, "zip is " + size + " bytes; at most " + Limits.MAX_ZIP_BYTES
                + " allowed", shown);
            return Optional.empty();
          }
          return Zip.read(Files.readAllBytes(path), shown, problems).map(b -> b);
        }
        if (name.equals(MANIFEST)) {
          Path parent = path.toAbsolutePath().getParent();
          return Optional.of(new Folder(parent.toRealPath(), shown));
        }
      }
      problems.addFile(ProblemCode.IO_NOT_A_BUNDLE, Files.exists(path)
          ? "'" + shown + "' is not a bundle folder, a .zip or a bundle.json"
          : "'" + shown + "' does not exist", shown);
    } catch (IOException | SecurityException e) {
      problems.addFile(ProblemCode.IO_UNREADABLE, "cannot read '" + shown + "': " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : " " + Binder.clip(e.getMessage())), shown);
    }
    return Optional.empty();
  }

  /** A folder on disk. Symbolic links anywhere below the root are refused. */
  static final class Folder extends BundleFiles {
    private final Path root;

    Folder(Path realRoot, String shown) {
      super(shown);
      this.root = realRoot;
    }

    @Override
    protected Optional<byte[]> readChecked(String relative, Problems problems) {
      Path current = root;
      try {
        for (String part : relative.split("/", -1)) {
          current = current.resolve(part);
          if (Files.isSymbolicLink(current)) {
            problems.addFile(ProblemCode.IO_UNSAFE_PATH, "path '" + relative + "' goes through a symbolic link; "
                + "bundles may not contain links", relative);
            return Optional.empty();
          }
        }
        if (!current.normalize().startsWith(root)) {
          problems.addFile(ProblemCode.IO_UNSAFE_PATH, "path '" + relative + "' leaves the bundle root", relative);
          return Optional.empty();
        }
        if (!Files.isRegularFile(current, LinkOption.NOFOLLOW_LINKS)) {
          problems.addFile(ProblemCode.IO_UNREADABLE, "file '" + relative + "' does not exist in the bundle", relative);
          return Optional.empty();
        }
        long size = Files.size(current);
        if (size > Limits.MAX_FILE_BYTES) {
          problems.addFile(ProblemCode.IO_TOO_LARGE, "file is " + size + " bytes; at most " + Limits.MAX_FILE_BYTES
              + " allowed", relative);
          return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(current, LinkOption.NOFOLLOW_LINKS)) {
          return readBounded(in, (int) size, relative, problems);
        }
      } catch (NoSuchFileException e) {
        problems.addFile(ProblemCode.IO_UNREADABLE, "file '" + relative + "' does not exist in the bundle", relative);
      } catch (IOException | SecurityException | java.nio.file.InvalidPathException e) {
        problems.addFile(ProblemCode.IO_UNREADABLE, "cannot read '" + relative + "': " + e.getClass().getSimpleName(),
            relative);
      }
      return Optional.empty();
    }
  }

  /** A classpath location, such as the built-in bundle. */
  public static final class Classpath extends BundleFiles {
    private final String location;
    private final ClassLoader loader;
    private final Module module;

    /** A location read through a class loader. */
    public Classpath(ClassLoader loader, String location) {
      super("classpath:" + trim(location));
      this.loader = loader;
      this.module = null;
      this.location = trim(location);
    }

    /** A location inside a module (used for the built-in bundle, which works on the module path too). */
    public Classpath(Module module, String location) {
      super("classpath:" + trim(location));
      this.loader = null;
      this.module = module;
      this.location = trim(location);
    }

    private static String trim(String location) {
      String l = location.startsWith("/") ? location.substring(1) : location;
      return l.endsWith("/") ? l.substring(0, l.length() - 1) : l;
    }

    @Override
    protected Optional<byte[]> readChecked(String relative, Problems problems) {
      String name = location.isEmpty() ? relative : location + "/" + relative;
      try (InputStream in = module != null ? module.getResourceAsStream(name) : loader.getResourceAsStream(name)) {
        if (in == null) {
          problems.addFile(ProblemCode.IO_UNREADABLE, "no resource '" + name + "' on the class path", relative);
          return Optional.empty();
        }
        return readBounded(in, relative, problems);
      } catch (IOException | SecurityException e) {
        problems.addFile(ProblemCode.IO_UNREADABLE, "cannot read resource '" + name + "': "
            + e.getClass().getSimpleName(), relative);
        return Optional.empty();
      }
    }
  }

  /** A zip read entirely into memory and never extracted. */
  public static final class Zip extends BundleFiles {
    private final Map<String, byte[]> entries;
    private final String prefix;

    private Zip(Map<String, byte[]> entries, String prefix, String shown) {
      super(shown);
      this.entries = entries;
      this.prefix = prefix;
    }

    @Override
    protected Optional<byte[]> readChecked(String relative, Problems problems) {
      byte[] bytes = entries.get(prefix + relative);
      if (bytes == null) {
        problems.addFile(ProblemCode.IO_UNREADABLE, "file '" + relative + "' is not in the zip", relative);
        return Optional.empty();
      }
      return Optional.of(bytes);
    }

    /**
     * Reads and checks every entry. Unsafe names, too many entries, too many bytes (counted as
     * actually inflated, not as the headers claim) and nested archives refuse the whole zip.
     */
    public static Optional<Zip> read(byte[] zip, String shown, Problems problems) {
      Map<String, byte[]> entries = new HashMap<>();
      long total = 0;
      int count = 0;
      boolean refused = false;
      try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
        ZipEntry entry;
        byte[] buffer = new byte[8192];
        while ((entry = in.getNextEntry()) != null) {
          String name = entry.getName();
          if (++count > Limits.MAX_ZIP_ENTRIES) {
            problems.addFile(ProblemCode.IO_ZIP_TOO_MANY_ENTRIES, "zip has more than " + Limits.MAX_ZIP_ENTRIES
                + " entries", shown);
            return Optional.empty();
          }
          String bad = name.indexOf('\\') >= 0 ? "contains a backslash"
              : name.startsWith("/") || name.matches("^[A-Za-z]:.*") ? "is absolute"
              : java.util.Arrays.asList(name.split("/")).contains("..") ? "contains '..'"
              : name.chars().anyMatch(c -> c < 0x20) ? "contains a control character" : null;
          if (bad != null) {
            problems.addFile(ProblemCode.IO_ZIP_ENTRY_NAME, "zip entry '" + Binder.clip(name) + "' " + bad, shown);
            refused = true;
            continue;
          }
          if (entry.isDirectory()) {
            continue;
          }
          if (isArchiveName(name)) {
            problems.addFile(ProblemCode.IO_NESTED_ARCHIVE, "zip entry '" + Binder.clip(name)
                + "' is an archive; nested archives are not read", shown);
            refused = true;
            continue;
          }
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          int n;
          long entryBytes = 0;
          while ((n = in.read(buffer)) > 0) {
            entryBytes += n;
            total += n;
            if (entryBytes > Limits.MAX_FILE_BYTES || total > Limits.MAX_ZIP_TOTAL_BYTES) {
              problems.addFile(ProblemCode.IO_TOO_LARGE, entryBytes > Limits.MAX_FILE_BYTES
                  ? "zip entry '" + Binder.clip(name) + "' inflates to more than " + Limits.MAX_FILE_BYTES + " bytes"
                  : "zip inflates to more than " + Limits.MAX_ZIP_TOTAL_BYTES + " bytes in total", shown);
              return Optional.empty();
            }
            out.write(buffer, 0, n);
          }
          byte[] bytes = out.toByteArray();
          if (isArchiveContent(bytes)) {
            problems.addFile(ProblemCode.IO_NESTED_ARCHIVE, "zip entry '" + Binder.clip(name)
                + "' holds an archive; nested archives are not read", shown);
            refused = true;
            continue;
          }
          if (entries.put(name, bytes) != null) {
            problems.addFile(ProblemCode.IO_ZIP_ENTRY_NAME, "zip has two entries named '" + Binder.clip(name) + "'", shown);
            refused = true;
          }
        }
      } catch (ZipException e) {
        problems.addFile(ProblemCode.IO_UNREADABLE, "not a readable zip: " + Binder.clip(String.valueOf(e.getMessage())), shown);
        return Optional.empty();
      } catch (IOException | RuntimeException e) {
        problems.addFile(ProblemCode.IO_UNREADABLE, "not a readable zip: " + e.getClass().getSimpleName(), shown);
        return Optional.empty();
      }
      if (refused) {
        return Optional.empty();
      }
      if (count == 0) {
        problems.addFile(ProblemCode.IO_UNREADABLE, "not a readable zip, or an empty one", shown);
        return Optional.empty();
      }
      // The zip may hold the bundle at its root or inside one top folder.
      String prefix = "";
      if (!entries.containsKey(MANIFEST)) {
        var tops = entries.keySet().stream().map(k -> k.contains("/") ? k.substring(0, k.indexOf('/') + 1) : "")
            .distinct().toList();
        if (tops.size() == 1 && entries.containsKey(tops.get(0) + MANIFEST)) {
          prefix = tops.get(0);
        }
      }
      return Optional.of(new Zip(Map.copyOf(entries), prefix, shown));
    }

    private static boolean isArchiveName(String name) {
      String n = name.toLowerCase(Locale.ROOT);
      return n.endsWith(".zip") || n.endsWith(".jar") || n.endsWith(".gz") || n.endsWith(".tgz")
          || n.endsWith(".tar") || n.endsWith(".7z") || n.endsWith(".rar") || n.endsWith(".war");
    }

    private static boolean isArchiveContent(byte[] b) {
      return (b.length >= 4 && b[0] == 'P' && b[1] == 'K' && (b[2] == 3 || b[2] == 5 || b[2] == 7))
          || (b.length >= 2 && (b[0] & 0xFF) == 0x1F && (b[1] & 0xFF) == 0x8B);
    }
  }

  /**
   * Reads at most {@link Limits#MAX_FILE_BYTES}, counting what is actually read, into an array of
   * the size the file had when it was looked at: one copy of the bytes instead of a list of chunks
   * joined at the end. A file that has grown since is read on, still within the limit.
   */
  static Optional<byte[]> readBounded(InputStream in, int expectedSize, String relative, Problems problems)
      throws IOException {
    byte[] bytes = new byte[Math.min(expectedSize, Limits.MAX_FILE_BYTES)];
    int n = in.readNBytes(bytes, 0, bytes.length);
    if (n < bytes.length) {
      return Optional.of(java.util.Arrays.copyOf(bytes, n));
    }
    byte[] rest = in.readNBytes(Limits.MAX_FILE_BYTES + 1 - n);
    if (rest.length == 0) {
      return Optional.of(bytes);
    }
    byte[] all = java.util.Arrays.copyOf(bytes, n + rest.length);
    System.arraycopy(rest, 0, all, n, rest.length);
    return check(all, relative, problems);
  }

  /** Reads at most {@link Limits#MAX_FILE_BYTES}, counting what is actually read. */
  static Optional<byte[]> readBounded(InputStream in, String relative, Problems problems) throws IOException {
    return check(in.readNBytes(Limits.MAX_FILE_BYTES + 1), relative, problems);
  }

  private static Optional<byte[]> check(byte[] bytes, String relative, Problems problems) {
    if (bytes.length > Limits.MAX_FILE_BYTES) {
      problems.addFile(ProblemCode.IO_TOO_LARGE, "file is larger than " + Limits.MAX_FILE_BYTES + " bytes", relative);
      return Optional.empty();
    }
    return Optional.of(bytes);
  }
}
