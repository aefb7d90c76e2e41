package dev.epidural.content.internal.read;

import dev.epidural.content.internal.problem.Messages;
import dev.epidural.content.internal.problem.ProblemCode;
import dev.epidural.content.internal.problem.Problems;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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
      problems.addFile(ProblemCode.IO_UNSAFE_PATH, "path '" + Messages.clip(relative) + "' " + bad.get(), relative);
      return Optional.empty();
    }
    return readChecked(relative, problems);
  }

  /**
   * What identifies the file {@code relative} names on disk (its file key), so that two paths
   * naming one file can be told apart before either is read; empty where files have no such
   * identity (zips, the class path) or it cannot be found. Reads nothing.
   */
  public Optional<Object> identity(String relative) {
    return Optional.empty();
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
    if (relative.startsWith("/") || startsWithDrive(relative)) {
      return Optional.of("is absolute; paths are relative to the bundle root");
    }
    for (String part : relative.split("/", -1)) {
      if (part.equals("..") || part.equals(".") || part.isEmpty()) {
        return Optional.of("has an empty, '.' or '..' segment; paths may not leave the bundle root");
      }
    }
    for (int i = 0; i < relative.length(); i++) {
      char c = relative.charAt(i);
      if (c < 0x20 || c == 0x7F) {
        return Optional.of("contains a control character");
      }
    }
    return Optional.empty();
  }

  /**
   * Whether {@code relative} matches {@code [A-Za-z]:.*} (a drive letter), checked by hand: every
   * file read checks its path, and a first regular expression is slow in a cold JVM. As in the
   * expression, {@code .} stops at a line terminator.
   */
  private static boolean startsWithDrive(String relative) {
    if (relative.length() < 2 || relative.charAt(1) != ':') {
      return false;
    }
    char letter = relative.charAt(0);
    if (!((letter >= 'A' && letter <= 'Z') || (letter >= 'a' && letter <= 'z'))) {
      return false;
    }
    for (int i = 2; i < relative.length(); i++) {
      char c = relative.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return false;
      }
    }
    return true;
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
          + (e.getMessage() == null ? "" : " " + Messages.clip(e.getMessage())), shown);
    }
    return Optional.empty();
  }

  /**
   * A folder on disk. Symbolic links anywhere below the root are refused, and so are files that
   * are not regular files and paths that name a file already read under another name (hard
   * links). All reads of one run share a budget of {@link Limits#MAX_ZIP_TOTAL_BYTES}, the zip
   * limit, counted on the bytes actually read.
   */
  static final class Folder extends BundleFiles {
    private final Path root;
    private final java.util.concurrent.atomic.AtomicLong budget;
    private final long budgetBytes;
    /** The file key of each file read, with the path it was first read as. */
    private final Map<Object, String> keys = new java.util.concurrent.ConcurrentHashMap<>();

    Folder(Path realRoot, String shown) {
      this(realRoot, shown, Limits.MAX_ZIP_TOTAL_BYTES);
    }

    /** A folder with another read budget, for tests. */
    Folder(Path realRoot, String shown, long budgetBytes) {
      super(shown);
      this.root = realRoot;
      this.budgetBytes = budgetBytes;
      this.budget = new java.util.concurrent.atomic.AtomicLong(budgetBytes);
    }

    @Override
    public Optional<Object> identity(String relative) {
      if (checkRelative(relative).isPresent()) {
        return Optional.empty();
      }
      try {
        return Optional.ofNullable(Files.readAttributes(root.resolve(relative), BasicFileAttributes.class,
            LinkOption.NOFOLLOW_LINKS).fileKey());
      } catch (IOException | SecurityException | java.nio.file.InvalidPathException e) {
        return Optional.empty();
      }
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
        BasicFileAttributes attributes = Files.readAttributes(current, BasicFileAttributes.class,
            LinkOption.NOFOLLOW_LINKS);
        if (!attributes.isRegularFile()) {
          problems.addFile(ProblemCode.IO_NOT_REGULAR, "'" + Messages.clip(relative) + "' is " + whatItIs(current,
              attributes) + ", not a regular file; a bundle lists only regular files", relative);
          return Optional.empty();
        }
        Object key = attributes.fileKey();
        if (key != null) {
          String first = keys.putIfAbsent(key, relative);
          if (first != null && !first.equals(relative)) {
            problems.addFile(ProblemCode.IO_SAME_FILE, "'" + Messages.clip(relative) + "' is the same file on disk as '"
                + Messages.clip(first) + "' (a hard link); each listed file must be its own file", relative);
            return Optional.empty();
          }
        }
        long size = attributes.size();
        if (size > Limits.MAX_FILE_BYTES) {
          problems.addFile(ProblemCode.IO_TOO_LARGE, "file is " + size + " bytes; at most " + Limits.MAX_FILE_BYTES
              + " allowed", relative);
          return Optional.empty();
        }
        if (budget.addAndGet(-size) < 0) {
          budget.addAndGet(size);
          problems.addFile(ProblemCode.IO_READ_BUDGET, "file is " + size + " bytes, more than is left of the "
              + budgetBytes + "-byte read budget of a folder bundle (the zip limit); the bundle's files are too "
              + "large together", relative);
          return Optional.empty();
        }
        Optional<byte[]> read;
        try (InputStream in = Files.newInputStream(current, LinkOption.NOFOLLOW_LINKS)) {
          read = readBounded(in, (int) size, relative, problems);
        }
        // Count what was read, not what was looked at: a file may have grown or shrunk since.
        long actual = read.map(b -> (long) b.length).orElse(0L);
        if (budget.addAndGet(size - actual) < 0) {
          problems.addFile(ProblemCode.IO_READ_BUDGET, "file grew to " + actual + " bytes while read, past the "
              + budgetBytes + "-byte read budget of a folder bundle", relative);
          return Optional.empty();
        }
        return read;
      } catch (NoSuchFileException e) {
        problems.addFile(ProblemCode.IO_UNREADABLE, "file '" + relative + "' does not exist in the bundle", relative);
      } catch (java.nio.file.AccessDeniedException e) {
        problems.addFile(ProblemCode.IO_UNREADABLE, "cannot read '" + relative + "': permission denied (on the file "
            + "or a folder above it)", relative);
      } catch (IOException | SecurityException | java.nio.file.InvalidPathException e) {
        problems.addFile(ProblemCode.IO_UNREADABLE, "cannot read '" + relative + "': " + e.getClass().getSimpleName(),
            relative);
      }
      return Optional.empty();
    }

    /** What a non-regular file is, in words: the Unix file type when the platform gives it. */
    static String whatItIs(Path path, BasicFileAttributes attributes) {
      if (attributes.isDirectory()) {
        return "a directory";
      }
      try {
        Object mode = Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS);
        if (mode instanceof Integer m) {
          String kind = switch (m & 0170000) {
            case 0010000 -> "a FIFO (named pipe)";
            case 0020000 -> "a character device";
            case 0060000 -> "a block device";
            case 0140000 -> "a socket";
            default -> null;
          };
          if (kind != null) {
            return kind;
          }
        }
      } catch (IOException | UnsupportedOperationException | IllegalArgumentException | SecurityException e) {
        // No Unix attributes here: fall back to the generic answer.
      }
      return "a special file (a FIFO, device or socket)";
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
     * Reads and checks every entry, from the central directory as {@link ZipArchive} reads it.
     * Unsafe names, too many entries, too many bytes (counted as actually inflated), nested
     * archives, and any disagreement between the central directory and the local headers refuse
     * the whole zip.
     */
    public static Optional<Zip> read(byte[] zip, String shown, Problems problems) {
      Optional<Map<String, byte[]>> read = ZipArchive.read(zip, shown, problems);
      if (read.isEmpty()) {
        return Optional.empty();
      }
      Map<String, byte[]> entries = read.get();
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
