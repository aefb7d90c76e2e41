package dev.epidural.content.internal.read;

import dev.epidural.content.ReadLimits;
import dev.epidural.content.internal.problem.Messages;
import dev.epidural.content.ProblemCode;
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
 * Every read is bounded by the files' {@link #limits()}, every path is checked, and every failure
 * is a problem, never an exception.
 */
public abstract class BundleFiles {

  /** The manifest's name at the bundle root. */
  public static final String MANIFEST = "bundle.json";

  private final String shown;
  private final ReadLimits limits;

  /** Files of a bundle shown in reports as {@code shown}, read under the default limits. */
  protected BundleFiles(String shown) {
    this(shown, ReadLimits.defaults());
  }

  /** Files of a bundle shown in reports as {@code shown}, read under {@code limits}. */
  protected BundleFiles(String shown, ReadLimits limits) {
    this.shown = shown;
    this.limits = limits;
  }

  /** How the bundle was given, for reports. */
  public final String describe() {
    return shown;
  }

  /** The limits these files are read under, and their JSON is to be parsed under. */
  public final ReadLimits limits() {
    return limits;
  }

  /**
   * These files read under other limits: the same files when the limits are the same. What was
   * checked when they were opened (a zip's size and entries) stays as it was; each file read from
   * now on is held to {@code newLimits}' file size, and {@link #limits()} gives them to the parser.
   * Folders and class path locations are opened again, so every limit applies to them.
   */
  public BundleFiles withLimits(ReadLimits newLimits) {
    if (newLimits.equals(limits)) {
      return this;
    }
    BundleFiles self = this;
    return new BundleFiles(describe(), newLimits) {
      @Override
      public Optional<Object> identity(String relative) {
        return self.identity(relative);
      }

      @Override
      protected Optional<byte[]> readChecked(String relative, Problems problems) {
        return self.readChecked(relative, problems).flatMap(bytes -> check(bytes, newLimits.maxFileBytes(), relative,
            problems));
      }
    };
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
    return new BundleFiles(describe(), limits) {
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

  /** As {@link #of(Path, ReadLimits, Problems)}, under the default limits. */
  public static Optional<BundleFiles> of(Path path, Problems problems) {
    return of(path, ReadLimits.defaults(), problems);
  }

  /**
   * The files of a bundle given as a path: a folder, a {@code .zip}, or a manifest file, to be
   * read under {@code limits}. Problems reading a zip are reported here, before any content is read.
   */
  public static Optional<BundleFiles> of(Path path, ReadLimits limits, Problems problems) {
    String shown = path.toString();
    try {
      if (Files.isDirectory(path)) {
        return Optional.of(new Folder(path.toRealPath(), shown, limits));
      }
      if (Files.isRegularFile(path)) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".zip")) {
          long size = Files.size(path);
          if (size > limits.maxZipBytes()) {
            problems.addFile(ProblemCode.IO_TOO_LARGE, "zip is " + size + " bytes; at most " + limits.maxZipBytes()
                + " allowed", shown);
            return Optional.empty();
          }
          return Zip.read(Files.readAllBytes(path), shown, limits, problems).map(b -> b);
        }
        if (name.equals(MANIFEST)) {
          Path parent = path.toAbsolutePath().getParent();
          return Optional.of(new Folder(parent.toRealPath(), shown, limits));
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
   * links). All reads of one run share a budget of {@link ReadLimits#maxBundleBytes()}, the zip
   * limit, counted on the bytes actually read.
   */
  static final class Folder extends BundleFiles {
    private final Path root;
    private final java.util.concurrent.atomic.AtomicLong budget;
    private final long budgetBytes;
    /** The file key of each file read, with the path it was first read as. */
    private final Map<Object, String> keys = new java.util.concurrent.ConcurrentHashMap<>();

    Folder(Path realRoot, String shown) {
      this(realRoot, shown, ReadLimits.defaults());
    }

    Folder(Path realRoot, String shown, ReadLimits limits) {
      this(realRoot, shown, limits, limits.maxBundleBytes());
    }

    /** A folder with another read budget, for tests. */
    Folder(Path realRoot, String shown, long budgetBytes) {
      this(realRoot, shown, ReadLimits.defaults(), budgetBytes);
    }

    private Folder(Path realRoot, String shown, ReadLimits limits, long budgetBytes) {
      super(shown, limits);
      this.root = realRoot;
      this.budgetBytes = budgetBytes;
      this.budget = new java.util.concurrent.atomic.AtomicLong(budgetBytes);
    }

    /** The same folder opened again under other limits, with a read budget of its own. */
    @Override
    public BundleFiles withLimits(ReadLimits newLimits) {
      return newLimits.equals(limits()) ? this : new Folder(root, describe(), newLimits);
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
        if (size > limits().maxFileBytes()) {
          problems.addFile(ProblemCode.IO_TOO_LARGE, "file is " + size + " bytes; at most " + limits().maxFileBytes()
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
          read = readBounded(in, (int) size, limits().maxFileBytes(), relative, problems);
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

    /** A location read through a class loader, under the default limits. */
    public Classpath(ClassLoader loader, String location) {
      this(loader, null, location, ReadLimits.defaults());
    }

    /** A location inside a module (used for the built-in bundle, which works on the module path too). */
    public Classpath(Module module, String location) {
      this(null, module, location, ReadLimits.defaults());
    }

    private Classpath(ClassLoader loader, Module module, String location, ReadLimits limits) {
      super("classpath:" + trim(location), limits);
      this.loader = loader;
      this.module = module;
      this.location = trim(location);
    }

    @Override
    public BundleFiles withLimits(ReadLimits newLimits) {
      return newLimits.equals(limits()) ? this : new Classpath(loader, module, location, newLimits);
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
        return readBounded(in, limits().maxFileBytes(), relative, problems);
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

    private Zip(Map<String, byte[]> entries, String prefix, String shown, ReadLimits limits) {
      super(shown, limits);
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

    /** As {@link #read(byte[], String, ReadLimits, Problems)}, under the default limits. */
    public static Optional<Zip> read(byte[] zip, String shown, Problems problems) {
      return read(zip, shown, ReadLimits.defaults(), problems);
    }

    /**
     * Reads and checks every entry, from the central directory as {@link ZipArchive} reads it.
     * Unsafe names, too many entries, too many bytes (counted as actually inflated), nested
     * archives, and any disagreement between the central directory and the local headers refuse
     * the whole zip.
     */
    public static Optional<Zip> read(byte[] zip, String shown, ReadLimits limits, Problems problems) {
      Optional<Map<String, byte[]>> read = ZipArchive.read(zip, shown, limits, problems);
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
      return Optional.of(new Zip(Map.copyOf(entries), prefix, shown, limits));
    }
  }

  /**
   * Reads at most {@code maxBytes}, counting what is actually read, into an array of the size the
   * file had when it was looked at: one copy of the bytes instead of a list of chunks joined at the
   * end. A file that has grown since is read on, still within the limit.
   */
  static Optional<byte[]> readBounded(InputStream in, int expectedSize, int maxBytes, String relative,
                                      Problems problems) throws IOException {
    byte[] bytes = new byte[Math.min(expectedSize, maxBytes)];
    int n = in.readNBytes(bytes, 0, bytes.length);
    if (n < bytes.length) {
      return Optional.of(java.util.Arrays.copyOf(bytes, n));
    }
    byte[] rest = in.readNBytes(maxBytes + 1 - n);
    if (rest.length == 0) {
      return Optional.of(bytes);
    }
    byte[] all = java.util.Arrays.copyOf(bytes, n + rest.length);
    System.arraycopy(rest, 0, all, n, rest.length);
    return check(all, maxBytes, relative, problems);
  }

  /** Reads at most {@link Limits#MAX_FILE_BYTES}, the default limit, counting what is actually read. */
  static Optional<byte[]> readBounded(InputStream in, String relative, Problems problems) throws IOException {
    return readBounded(in, Limits.MAX_FILE_BYTES, relative, problems);
  }

  /** Reads at most {@code maxBytes}, counting what is actually read. */
  static Optional<byte[]> readBounded(InputStream in, int maxBytes, String relative, Problems problems)
      throws IOException {
    return check(in.readNBytes(maxBytes + 1), maxBytes, relative, problems);
  }

  private static Optional<byte[]> check(byte[] bytes, int maxBytes, String relative, Problems problems) {
    if (bytes.length > maxBytes) {
      problems.addFile(ProblemCode.IO_TOO_LARGE, "file is larger than " + maxBytes + " bytes", relative);
      return Optional.empty();
    }
    return Optional.of(bytes);
  }
}
