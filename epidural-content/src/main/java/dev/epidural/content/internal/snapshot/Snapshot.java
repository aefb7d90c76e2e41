package dev.epidural.content.internal.snapshot;

import dev.epidural.content.BundleInfo;
import dev.epidural.content.internal.bind.Binder;
import dev.epidural.content.internal.bind.Entry;
import dev.epidural.content.internal.bind.Translations;
import dev.epidural.content.internal.catalogue.Catalogue;
import dev.epidural.content.internal.check.ReviewStage;
import dev.epidural.content.internal.meta.Component;
import dev.epidural.content.internal.meta.Kind;
import dev.epidural.content.internal.meta.ModelFingerprint;
import dev.epidural.content.internal.meta.ValueType;
import dev.epidural.content.internal.problem.Problems;
import dev.epidural.content.internal.read.BundleFiles;
import dev.epidural.content.internal.read.FileTree;
import dev.epidural.content.internal.tree.Node;
import dev.epidural.content.internal.tree.Pointers;
import dev.epidural.model.Coded;
import dev.epidural.model.Id;
import dev.epidural.model.Item;
import dev.epidural.model.Review;
import dev.epidural.model.Source;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.zip.CRC32;

/**
 * A validated catalogue in a compact binary form: the built-in bundle's pre-validated form, written
 * by the build ({@link BuiltInArtifacts}) after a strict, full validation, and read by
 * {@code builtIn()} instead of parsing the JSON again. It records the checksums of the JSON files it
 * was made from; it is used only when those are the shipped files' checksums, so it can never stand
 * for other content.
 *
 * <p>Layout: magic, {@linkplain #FORMAT_VERSION format version}, the {@linkplain ModelFingerprint
 * model fingerprint}, CRC-32 and length of the body, then the body: checksums, bundle description
 * (with the content files its manifest lists), the names of the kinds and files the items use, a
 * table of every string, id and code the values hold (each once), then the sources, the manifest's
 * default review and every item with its kind, file, position and whether it states its own review;
 * values name their strings by position in the table, so an id used by many items is read and
 * checked once. Kinds and codes are written by name, never by ordinal. Records are written
 * component by component from the same metadata the {@link Binder} uses, so the form follows the
 * model with no per-type code, and read back by readers generated from that metadata
 * ({@code RecordReaders}), with no reflection; the fingerprint says which model that was. A snapshot of another
 * format or model is stale, and any damage (bad magic, CRC, length, or a value that does not
 * construct) makes it unusable: {@link #read} says which.
 *
 * <p>It holds the items with their declared reviews and where each stands, so that the review stage
 * runs on it at every load as on files ({@link #catalogue}): review dates depend on today.
 */
public final class Snapshot {

  private static final int MAGIC = 0x45504953; // "EPIS"

  /** The version of the layout; a snapshot of another version is stale. */
  public static final int FORMAT_VERSION = 5;

  /** Magic, version, fingerprint, CRC, length. */
  private static final int HEAD = 4 + 4 + 8 + 8 + 4;

  /**
   * Where an item stands in the bundle's files: enough to place a problem found at load.
   *
   * @param file the content file, as the manifest lists it
   * @param index its position in its kind's array
   * @param reviewGiven whether it states its own {@code review}
   */
  public record Place(String file, int index, boolean reviewGiven) {}

  /**
   * What a snapshot holds.
   *
   * @param places where each item stands, in the order of {@code items}
   */
  public record Content(Map<String, String> checksums, BundleInfo info, Optional<Review> defaultReview,
                        List<Item> items, List<Place> places) {}

  /**
   * What reading a snapshot gave.
   *
   * @param content the content, or empty when the snapshot is unusable
   * @param reason why it is unusable, for a log; empty when usable
   */
  public record Result(Optional<Content> content, String reason) {
    static Result unusable(String reason) {
      return new Result(Optional.empty(), reason);
    }
  }

  /**
   * Reads each model record as {@link #write} writes it: implemented by the generated
   * {@code RecordReaders}, for the model of {@link #model()}.
   */
  interface Readers {
    /** The fingerprint of the model the readers were generated from. */
    long model();

    /** An item of {@code kind}. */
    Item readItem(In in, Kind kind) throws IOException;

    /** A source. */
    Source readSource(In in) throws IOException;

    /** A review. */
    Review readReview(In in) throws IOException;
  }

  /** The generated readers, found by name so that this module compiles without them while they are regenerated. */
  private static final class Generated {
    static final Readers READERS = find();

    private static Readers find() {
      try {
        return Class.forName(Snapshot.class.getPackageName() + ".RecordReaders").asSubclass(Readers.class)
            .getDeclaredConstructor().newInstance();
      } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
        return null;
      }
    }
  }

  private Snapshot() {}

  /** Whether the generated readers are in this build: for the build's own check. */
  public static boolean hasReaders() {
    return Generated.READERS != null;
  }

  /** The generated readers, or null where this build has none: for tests, which compile without them too. */
  static Readers readers() {
    return Generated.READERS;
  }

  /**
   * The snapshot of a validated catalogue made from files with these checksums, in the model of
   * {@link ModelFingerprint#current()}.
   *
   * @param places where each item stands, by item id
   * @throws IllegalArgumentException if the catalogue holds what a snapshot cannot: sign-offs,
   *     translations, layers, or an item without a place
   */
  public static byte[] write(Map<String, String> checksums, BundleInfo info, Optional<Review> defaultReview,
                             Catalogue catalogue, Map<String, Place> places) {
    return write(checksums, info, defaultReview, catalogue, places, FORMAT_VERSION, ModelFingerprint.current());
  }

  /** As {@link #write(Map, BundleInfo, Optional, Catalogue, Map)}, with another version and fingerprint: for tests. */
  static byte[] write(Map<String, String> checksums, BundleInfo info, Optional<Review> defaultReview,
                      Catalogue catalogue, Map<String, Place> places, int version, long fingerprint) {
    if (catalogue.hasApprovals()) {
      // A snapshot holds items only; an approval read back without its sign-off could not be shown or re-checked.
      throw new IllegalArgumentException("a snapshot cannot hold a catalogue with sign-offs; load such a bundle "
          + "from its files");
    }
    if (!catalogue.translations().entries().isEmpty() || catalogue.layers().size() > 1) {
      throw new IllegalArgumentException("a snapshot holds one bundle without translations; load such a bundle "
          + "from its files");
    }
    try {
      // Where each item stands, checked before anything is written.
      List<String> kinds = new ArrayList<>();
      List<String> files = new ArrayList<>();
      for (Item item : catalogue.items()) {
        Place place = places.get(item.id().value());
        if (place == null) {
          throw new IllegalArgumentException("no place recorded for item '" + item.id() + "'");
        }
        addOnce(kinds, Kind.of(item.getClass()).property());
        addOnce(files, place.file());
      }
      // The values first, into their own buffer, as they fill the string table that precedes them.
      Strings table = new Strings();
      ByteArrayOutputStream valueBytes = new ByteArrayOutputStream();
      DataOutputStream values = new DataOutputStream(valueBytes);
      values.writeInt(info.sources().size());
      for (Source s : info.sources()) {
        value(values, s, Source.class, table);
      }
      values.writeBoolean(defaultReview.isPresent());
      if (defaultReview.isPresent()) {
        value(values, defaultReview.get(), Review.class, table);
      }
      values.writeInt(catalogue.items().size());
      for (Item item : catalogue.items()) {
        Kind kind = Kind.of(item.getClass());
        Place place = places.get(item.id().value());
        values.writeShort(kinds.indexOf(kind.property()));
        values.writeShort(files.indexOf(place.file()));
        values.writeInt(place.index());
        values.writeBoolean(place.reviewGiven());
        value(values, item, kind.type(), table);
      }
      values.flush();

      ByteArrayOutputStream body = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(body);
      out.writeInt(checksums.size());
      for (Map.Entry<String, String> e : checksums.entrySet()) {
        string(out, e.getKey());
        string(out, e.getValue());
      }
      string(out, info.id());
      string(out, info.version());
      string(out, info.title());
      string(out, info.locale().toLanguageTag());
      string(out, info.publisher());
      string(out, info.license());
      out.writeInt(info.files().size());
      for (String file : info.files()) {
        string(out, file);
      }
      // Name tables: each item names its kind and file by a position in these, not by an ordinal.
      strings(out, kinds);
      strings(out, files);
      out.writeInt(table.index.size());
      for (String v : table.index.keySet()) {
        string(out, v);
      }
      valueBytes.writeTo(out);
      out.flush();
      byte[] bytes = body.toByteArray();
      CRC32 crc = new CRC32();
      crc.update(bytes, 0, bytes.length);
      ByteArrayOutputStream all = new ByteArrayOutputStream(bytes.length + HEAD);
      DataOutputStream head = new DataOutputStream(all);
      head.writeInt(MAGIC);
      head.writeInt(version);
      head.writeLong(fingerprint);
      head.writeLong(crc.getValue());
      head.writeInt(bytes.length);
      head.write(bytes);
      head.flush();
      return all.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The content of a snapshot, or why it cannot be used: stale (other format or model) or damaged. */
  public static Result read(byte[] snapshot) {
    return read(snapshot, Generated.READERS);
  }

  /** As {@link #read(byte[])}, with these readers (none: null): for tests. */
  static Result read(byte[] snapshot, Readers readers) {
    try {
      In head = new In(snapshot, 0, snapshot.length);
      if (snapshot.length < HEAD || head.readInt() != MAGIC) {
        return Result.unusable("it is damaged: not a snapshot");
      }
      int version = head.readInt();
      if (version != FORMAT_VERSION) {
        return Result.unusable("it is stale: format version " + version + ", this library reads " + FORMAT_VERSION);
      }
      long fingerprint = head.readLong();
      long model = ModelFingerprint.model();
      if (fingerprint != model) {
        return Result.unusable("it is stale: written for a model with fingerprint " + ModelFingerprint.hex(fingerprint)
            + ", the model classes here have " + ModelFingerprint.hex(model));
      }
      if (readers == null) {
        return Result.unusable("this build has no generated snapshot readers");
      }
      if (readers.model() != model) {
        return Result.unusable("its readers were generated for a model with fingerprint "
            + ModelFingerprint.hex(readers.model()) + "; regenerate them: " + ModelFingerprint.REGENERATE);
      }
      long expected = head.readLong();
      int length = head.readInt();
      if (length != snapshot.length - HEAD) {
        return Result.unusable("it is damaged: " + (snapshot.length - HEAD) + " bytes of body, the header says "
            + length);
      }
      CRC32 crc = new CRC32();
      crc.update(snapshot, HEAD, length);
      if (crc.getValue() != expected) {
        return Result.unusable("it is damaged: its CRC-32 does not match");
      }
      In in = new In(snapshot, HEAD, length);
      Map<String, String> checksums = new LinkedHashMap<>();
      for (int i = in.readInt(); i > 0; i--) {
        checksums.put(in.string(), in.string());
      }
      String id = in.string();
      String version2 = in.string();
      String title = in.string();
      Locale locale = Locale.forLanguageTag(in.string());
      String publisher = in.string();
      String license = in.string();
      int listed = in.readInt();
      if (listed < 0 || listed > in.available()) {
        throw new IOException("bad file count " + listed);
      }
      List<String> manifestFiles = new ArrayList<>(listed);
      for (int i = 0; i < listed; i++) {
        manifestFiles.add(in.string());
      }
      List<String> kindNames = in.strings();
      Kind[] kinds = new Kind[kindNames.size()];
      for (int i = 0; i < kinds.length; i++) {
        kinds[i] = Kind.ofProperty(kindNames.get(i)).orElseThrow();
      }
      List<String> files = in.strings();
      int tableSize = in.readInt();
      if (tableSize < 0 || tableSize > in.available()) {
        throw new IOException("bad string table size " + tableSize);
      }
      in.table = new String[tableSize];
      in.ids = new Id<?>[tableSize];
      for (int i = 0; i < tableSize; i++) {
        in.table[i] = in.string();
      }
      List<Source> sources = new ArrayList<>();
      for (int i = in.readInt(); i > 0; i--) {
        sources.add(readers.readSource(in));
      }
      Optional<Review> defaultReview = in.readBoolean() ? Optional.of(readers.readReview(in)) : Optional.empty();
      int count = in.readInt();
      if (count < 0 || count > in.available()) {
        throw new IOException("bad item count " + count);
      }
      List<Item> items = new ArrayList<>(count);
      List<Place> places = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        Kind kind = kinds[in.readShort()];
        String file = files.get(in.readShort());
        places.add(new Place(file, in.readInt(), in.readBoolean()));
        items.add(readers.readItem(in, kind));
      }
      if (in.available() != 0) {
        return Result.unusable("it is damaged: " + in.available() + " bytes after the last item");
      }
      BundleInfo info = new BundleInfo(id, version2, title, locale, publisher, license, sources, manifestFiles);
      return new Result(Optional.of(new Content(checksums, info, defaultReview, items, places)), "");
    } catch (IOException | RuntimeException e) {
      // Damaged beyond what the CRC caught: a value that does not construct.
      return Result.unusable("it is damaged: " + e);
    } catch (LinkageError e) {
      // Readers compiled against other model classes than these (a mixed class path).
      return Result.unusable("it is stale: its readers do not link against the model classes here: " + e);
    }
  }

  /**
   * The catalogue of a snapshot's content, with the review stage run on it for {@code today}, as it
   * runs on files: problems it finds (an overdue review) are placed in {@code files}, the files the
   * snapshot was made from, which are parsed only to place one.
   */
  public static Catalogue catalogue(Content content, BundleFiles files, LocalDate today, Problems problems) {
    Map<String, FileTree> trees = new HashMap<>();
    List<Entry> entries = new ArrayList<>(content.items().size());
    for (int i = 0; i < content.items().size(); i++) {
      Item item = content.items().get(i);
      Place place = content.places().get(i);
      FileTree tree = trees.get(place.file());
      if (tree == null) {
        tree = tree(files, place.file());
        trees.put(place.file(), tree);
      }
      Kind kind = Kind.of(item.getClass());
      // Only the review stage runs on these, and it reads no finding of a binder: nothing noted.
      entries.add(new Entry(kind, item, place.file(), Pointers.child("", kind.property()), place.index(),
          tree, 0, place.reviewGiven(), Entry.Noted.NOTHING));
    }
    List<ReviewStage.DefaultReview> defaults = new ArrayList<>(1);
    if (content.defaultReview().isPresent()) {
      FileTree manifest = tree(files, BundleFiles.MANIFEST);
      defaults.add(new ReviewStage.DefaultReview(content.defaultReview().get(), BundleFiles.MANIFEST, new RootOf(manifest)));
    }
    ReviewStage.Outcome outcome = ReviewStage.run(List.of(), defaults, entries, content.info().locale(),
        Translations.none(), today, problems, Set.of());
    return new Catalogue(outcome.items(), Translations.none(), List.of(content.info()), outcome.approvals());
  }

  /** A file's located tree, parsed when asked for: a class, not {@code tree::root}, which would be spun at every load. */
  private static final class RootOf implements Supplier<Node> {
    private final FileTree tree;

    RootOf(FileTree tree) {
      this.tree = tree;
    }

    @Override
    public Node get() {
      return tree.root();
    }
  }

  /** The tree of one file, parsed when a problem must be placed in it. */
  private static FileTree tree(BundleFiles files, String file) {
    // The files are the cached ones whose checksums were just matched: reading again costs nothing.
    return FileTree.lazy(file, files.read(file, new Problems()).orElse(new byte[0]));
  }


  private static void addOnce(List<String> names, String name) {
    if (!names.contains(name)) {
      names.add(name);
    }
  }

  private static void strings(DataOutputStream out, List<String> values) throws IOException {
    out.writeShort(values.size());
    for (String v : values) {
      string(out, v);
    }
  }

  /** The strings the values hold, each once, in the order first met: their positions are what values write. */
  private static final class Strings {
    final Map<String, Integer> index = new LinkedHashMap<>();

    void write(DataOutputStream out, String v) throws IOException {
      Integer at = index.get(v);
      if (at == null) {
        at = index.size();
        index.put(v, at);
      }
      out.writeInt(at);
    }
  }

  private static void value(DataOutputStream out, Object v, Type type, Strings table) throws IOException {
    value(out, v, ValueType.of(type), table);
  }

  private static void value(DataOutputStream out, Object v, ValueType type, Strings table) throws IOException {
    switch (type.form()) {
      case OPTIONAL -> {
        Optional<?> o = (Optional<?>) v;
        out.writeBoolean(o.isPresent());
        if (o.isPresent()) {
          value(out, o.get(), type.element(), table);
        }
        return;
      }
      case LIST, SET -> {
        Collection<?> c = (Collection<?>) v;
        out.writeInt(c.size());
        for (Object x : c) {
          value(out, x, type.element(), table);
        }
        return;
      }
      case ID -> {
        table.write(out, ((Id<?>) v).value());
        return;
      }
      case STRING -> {
        table.write(out, (String) v);
        return;
      }
      case INTEGER -> {
        out.writeInt((Integer) v);
        return;
      }
      case NUMBER -> {
        out.writeDouble((Double) v);
        return;
      }
      case BOOLEAN -> {
        out.writeBoolean((Boolean) v);
        return;
      }
      case DATE -> {
        out.writeLong(((LocalDate) v).toEpochDay());
        return;
      }
      case CODE -> {
        table.write(out, ((Coded) v).code());
        return;
      }
      case TEXT, RECORD -> {
        for (Component c : type.record().components()) {
          value(out, c.get(v), c.type(), table);
        }
        return;
      }
    }
    throw new AssertionError(type.form());
  }

  private static void string(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  /**
   * The snapshot being read: big-endian values as {@code DataInputStream} reads them, straight from the
   * array rather than through a stream per byte, and the string table with each id made once.
   */
  static final class In {
    private final byte[] bytes;
    private final int end;
    private int at;
    String[] table = new String[0];
    Id<?>[] ids = new Id<?>[0];

    In(byte[] bytes, int offset, int length) {
      this.bytes = bytes;
      this.at = offset;
      this.end = offset + length;
    }

    int available() {
      return end - at;
    }

    private int take(int n) throws EOFException {
      if (end - at < n) {
        throw new EOFException();
      }
      int from = at;
      at += n;
      return from;
    }

    boolean readBoolean() throws EOFException {
      return bytes[take(1)] != 0;
    }

    short readShort() throws EOFException {
      int i = take(2);
      return (short) ((bytes[i] & 0xff) << 8 | (bytes[i + 1] & 0xff));
    }

    int readInt() throws EOFException {
      int i = take(4);
      return (bytes[i] & 0xff) << 24 | (bytes[i + 1] & 0xff) << 16 | (bytes[i + 2] & 0xff) << 8 | (bytes[i + 3] & 0xff);
    }

    long readLong() throws EOFException {
      return (long) readInt() << 32 | (readInt() & 0xffffffffL);
    }

    double readDouble() throws EOFException {
      return Double.longBitsToDouble(readLong());
    }

    String string() throws IOException {
      int n = readInt();
      if (n < 0 || n > available()) {
        throw new IOException("bad string length " + n);
      }
      return new String(bytes, take(n), n, StandardCharsets.UTF_8);
    }

    /** A collection's size, checked against what is left to read. */
    int count() throws IOException {
      int n = readInt();
      if (n < 0 || n > available()) {
        throw new IOException("bad collection size " + n);
      }
      return n;
    }

    List<String> strings() throws IOException {
      int n = readShort();
      List<String> values = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        values.add(string());
      }
      return values;
    }

    private int tableIndex() throws IOException {
      int i = readInt();
      if (i < 0 || i >= table.length) {
        throw new IOException("bad string index " + i);
      }
      return i;
    }

    String tableString() throws IOException {
      return table[tableIndex()];
    }

    Id<?> id() throws IOException {
      int i = tableIndex();
      Id<?> id = ids[i];
      if (id == null) {
        id = Id.of(table[i]);
        ids[i] = id;
      }
      return id;
    }
  }
}
