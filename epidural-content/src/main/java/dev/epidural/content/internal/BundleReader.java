package dev.epidural.content.internal;

import dev.epidural.content.BundleInfo;
import dev.epidural.content.Problem;
import dev.epidural.content.ValidationReport;
import dev.epidural.content.internal.bind.Binder;
import dev.epidural.content.internal.bind.Entry;
import dev.epidural.content.internal.bind.Manifest;
import dev.epidural.content.internal.bind.ManifestSalvage;
import dev.epidural.content.internal.bind.ReviewFile;
import dev.epidural.content.internal.bind.SchemaKey;
import dev.epidural.content.internal.bind.StreamBinder;
import dev.epidural.content.internal.bind.Translations;
import dev.epidural.content.internal.catalogue.Catalogue;
import dev.epidural.content.internal.check.BoundBundle;
import dev.epidural.content.internal.check.ClinicalStage;
import dev.epidural.content.internal.check.IntegrityStage;
import dev.epidural.content.internal.check.LayerRead;
import dev.epidural.content.internal.check.ReviewStage;
import dev.epidural.content.internal.check.TextSafetyStage;
import dev.epidural.content.internal.check.TranslationReader;
import dev.epidural.content.internal.check.UnboundItem;
import dev.epidural.content.internal.meta.Kind;
import dev.epidural.content.internal.paged.PagedList;
import dev.epidural.content.internal.problem.Located;
import dev.epidural.content.internal.problem.Messages;
import dev.epidural.content.ProblemCode;
import dev.epidural.content.internal.problem.Problems;
import dev.epidural.content.internal.problem.Suggestions;
import dev.epidural.content.internal.read.BundleFiles;
import dev.epidural.content.internal.read.FileTree;
import dev.epidural.content.internal.read.JsonReader;
import dev.epidural.content.internal.read.PrefixedFiles;
import dev.epidural.content.internal.rules.CodePointSize;
import dev.epidural.content.internal.rules.Readability;
import dev.epidural.content.internal.rules.ShapeCheck;
import dev.epidural.content.internal.tree.Node;
import dev.epidural.content.internal.tree.Pointers;
import dev.epidural.model.Item;
import dev.epidural.model.Review;
import dev.epidural.model.Severity;
import dev.epidural.model.Source;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads and validates one bundle, stage by stage, into one report. It reads each layer (syntax,
 * binding, Bean Validation of the bound records), merges the layers, and hands what they gave, as
 * one immutable {@link BoundBundle}, to the check stages in order: {@link IntegrityStage},
 * {@link ClinicalStage}, {@link TextSafetyStage}, then the translations ({@link TranslationReader})
 * and {@link ReviewStage}. A later stage runs on what the earlier ones could read. The catalogue is
 * built only when no error was found, so nothing is ever half-loaded.
 *
 * <p>A bundle may be read as layers: a base and the overlays laid over it, in order. Each layer is
 * read on its own, the overlays are merged into the base ({@link OverlayMerge}), and every later
 * stage runs on the merged items, so the result is validated as a whole. Files of the layers under
 * the top one are named in problems with their bundle's location in front.
 */
public final class BundleReader {

  /** The outcome: the report, and the catalogue when the bundle is valid. */
  public record Result(ValidationReport report, Optional<BundleInfo> info, Optional<Catalogue> catalogue) {}

  /**
   * The items a base gave when it was loaded: reading its {@code layers} again must give the same.
   *
   * @param layers how many of the bottom layers make up the base
   * @param items the base's items, in order
   */
  public record Expected(int layers, List<Item> items) {}

  private final List<BundleFiles> layers;
  private final Optional<Expected> expected;
  private final boolean strict;
  private final boolean trusted;
  private final LocalDate today;
  /** Whether content files may take the fast path ({@link StreamBinder}); off only in tests. */
  private final boolean fastPath;
  /** The highest Flesch-Kincaid grade a patient text may read at; infinity turns the rule off. */
  private final double maxGrade;
  private final Problems problems = new Problems();
  /** The items of every layer, merged; set by {@link #merge()}. */
  private List<Entry> entries = PagedList.of();
  private final List<LayerRead> reads = new ArrayList<>();
  /**
   * Ids declared in files read by the reporting path, bound or not. With the ids of every bound
   * item they make {@link DeclaredIds}: a reference to one of them is not reported again.
   */
  private final Set<String> declaredIds = new HashSet<>();
  /** Every bound item of every layer, before any check dropped one: one list per file. */
  private final List<List<Entry>> allBound = new ArrayList<>();
  /** Ids an overlay withdrew from its base, with its {@code withdraw} entry. */
  private final Map<String, Located.Place> withdrawn = new HashMap<>();
  private boolean someFileUnread;
  /** Items that could not be bound, every layer's, in bundle order: still checked where they can be. */
  private final PagedList.Builder<UnboundItem> unbound = new PagedList.Builder<>();
  /** True when a manifest's sources could not be read, so citations cannot be judged. */
  private boolean sourcesUnknown;
  /** The review stage's decisions; set once the translations are checked. */
  private ReviewStage.Outcome outcome;

  private BundleReader(List<BundleFiles> layers, Optional<Expected> expected, boolean strict, boolean trusted,
                       LocalDate today, boolean fastPath, double maxGrade) {
    this.layers = List.copyOf(layers);
    this.expected = expected;
    this.strict = strict;
    this.trusted = trusted;
    this.today = today;
    this.fastPath = fastPath;
    this.maxGrade = maxGrade;
  }

  /** Validates a bundle given as files. */
  public static Result read(BundleFiles files, boolean strict, LocalDate today) {
    return read(List.of(files), Optional.empty(), strict, today);
  }

  /**
   * Reads a bundle already validated in full, skipping every stage after binding. Only for bytes
   * whose digests match those of a validated bundle (the built-in bundle), and for benchmarks.
   * Syntax and binding problems are still reported.
   */
  public static Result readTrusted(BundleFiles files, LocalDate today) {
    return new BundleReader(List.of(files), Optional.empty(), false, true, today, true, Double.POSITIVE_INFINITY).run();
  }

  /**
   * Validates a base and the overlays laid over it, bottom first, as one bundle.
   *
   * @param expected when the lower layers are a base loaded before, the items it had then
   */
  public static Result read(List<BundleFiles> layers, Optional<Expected> expected, boolean strict, LocalDate today) {
    return read(layers, expected, strict, today, Readability.DEFAULT_MAX_GRADE);
  }

  /**
   * As {@link #read(List, Optional, boolean, LocalDate)}, with the readability rule's grade limit.
   *
   * @param maxGrade the highest Flesch-Kincaid grade a patient text may read at;
   *     {@link Double#POSITIVE_INFINITY} turns the rule off
   */
  public static Result read(List<BundleFiles> layers, Optional<Expected> expected, boolean strict, LocalDate today,
                            double maxGrade) {
    if (layers.isEmpty()) {
      throw new IllegalArgumentException("no bundle to read");
    }
    return new BundleReader(layers, expected, strict, false, today, true, maxGrade).run();
  }

  /**
   * As {@link #read(List, Optional, boolean, LocalDate)}, with every content file read by the
   * reporting path and none by the fast path: for tests that hold the two to the same result.
   */
  public static Result readWithoutFastPath(List<BundleFiles> layers, Optional<Expected> expected, boolean strict,
                                           LocalDate today) {
    return new BundleReader(layers, expected, strict, false, today, false, Readability.DEFAULT_MAX_GRADE).run();
  }

  /** A result for a bundle whose files could not even be opened. */
  public static Result unreadable(String shown, Problems problems) {
    return new Result(new ValidationReport(shown, Optional.empty(), problems.toList()), Optional.empty(),
        Optional.empty());
  }

  private Result run() {
    for (int i = 0; i < layers.size(); i++) {
      Optional<LayerRead> read = readLayer(i);
      if (read.isEmpty()) {
        return finish(Optional.empty(), Translations.none());
      }
      reads.add(read.get());
    }
    merge();
    Optional<BundleInfo> info = mergedInfo();
    BoundBundle bundle = new BoundBundle(List.copyOf(reads), entries, unbound.build(), Map.copyOf(withdrawn),
        new DeclaredIds(), someFileUnread, sourcesUnknown);
    if (!trusted) {
      IntegrityStage.run(bundle, problems);
      ClinicalStage.run(bundle, problems);
      TextSafetyStage.run(bundle, maxGrade, problems);
    }
    // Only a translation or a sign-off is judged against these ids: a bundle with neither builds no set.
    boolean judged = reads.stream().anyMatch(r -> !r.translations().isEmpty() || !r.signOffs().isEmpty());
    Set<String> unjudged = judged ? bundle.unjudgedIds() : Set.of();
    Translations translations = TranslationReader.check(
        reads.stream().flatMap(r -> r.translations().stream()).toList(),
        reads.stream().allMatch(r -> r.translations().isEmpty()) ? Map.of() : itemsById(), unjudged, problems);
    // Runs on the trusted path too: review dates and effective reviews depend on today.
    List<ReviewStage.DefaultReview> defaults = new ArrayList<>();
    for (LayerRead layer : reads) {
      layer.manifest().defaultReview().ifPresent(r -> defaults.add(
          new ReviewStage.DefaultReview(r, layer.manifestName(), layer::mroot)));
    }
    if (info.isPresent()) {
      outcome = ReviewStage.run(reads.stream().flatMap(r -> r.signOffs().stream()).toList(), defaults, entries,
          info.get().locale(), translations, today, problems, unjudged);
    } else {
      ReviewStage.judgeDates(defaults, entries, today, problems);
    }
    ReviewStage.judgeUnbound(bundle.unbound(), today, problems);
    return finish(info, translations);
  }

  // ---------------------------------------------------------------- syntax and shape

  /** Reads one layer's manifest, content files and translation files; empty when its manifest is unusable. */
  private Optional<LayerRead> readLayer(int index) {
    boolean top = index == layers.size() - 1;
    BundleFiles files = top ? layers.get(index) : new PrefixedFiles(layers.get(index));
    String prefix = top ? "" : PrefixedFiles.prefix(layers.get(index));
    String manifestName = prefix + BundleFiles.MANIFEST;
    Optional<Node> manifestRoot = files.read(BundleFiles.MANIFEST, problems)
        .flatMap(bytes -> JsonReader.read(manifestName, bytes, files.limits(), problems));
    Optional<BoundManifest> manifest = manifestRoot.flatMap(root -> bindManifest(root, manifestName, index > 0));
    if (manifest.isEmpty()) {
      return Optional.empty();
    }
    Manifest m = manifest.get().read().manifest();
    Node mroot = manifestRoot.get();
    Optional<BundleInfo> info = info(m, manifest.get().listed(), mroot, manifestName);
    if (!manifest.get().read().whole()) {
      // Stand-ins describe no bundle: the stages that need its description do not run.
      info = Optional.empty();
    }
    if (index == 0) {
      notAnOverlay(m, mroot, manifestName);
    }
    Map<Class<?>, Object> defaults = m.defaultReview().<Map<Class<?>, Object>>map(r -> Map.of(Review.class, r))
        .orElse(Map.of());
    PagedList.Builder<Entry> layerEntries = new PagedList.Builder<>();
    Set<String> seenFiles = new HashSet<>();
    Map<Object, String> seenKeys = new HashMap<>();
    List<String> toRead = new ArrayList<>();
    for (int i = 0; i < m.files().size(); i++) {
      String file = m.files().get(i);
      if (toRead(file, "files", i, "a content file", seenFiles, seenKeys, files, manifestName, mroot)) {
        toRead.add(file);
      }
    }
    // Files are independent until integrity: read and bind them in parallel, keep bundle order.
    List<FileResult> results = (toRead.size() > 1 ? toRead.parallelStream() : toRead.stream())
        .map(file -> readContentFile(files, prefix, file, defaults, index)).toList();
    for (FileResult r : results) {
      layerEntries.addAll(r.entries());
      allBound.add(r.entries());
      declaredIds.addAll(r.declared());
      someFileUnread |= r.unread();
      unbound.addAll(r.unbound());
    }
    List<Entry> bound = layerEntries.build();
    if (!trusted) {
      bound = shapeOfItems(bound);
    }
    List<TranslationReader.File> translations = new ArrayList<>();
    for (int i = 0; i < m.translations().size(); i++) {
      String file = m.translations().get(i);
      if (toRead(file, "translations", i, "a translation file", seenFiles, seenKeys, files, manifestName, mroot)) {
        String name = prefix + file;
        Optional<Node> root = files.read(file, problems).flatMap(bytes -> JsonReader.read(name, bytes, files.limits(),
            problems));
        if (root.isPresent() && info.isPresent()) {
          TranslationReader.read(index, name, root.get(), info.get().locale(), this::shape, problems)
              .ifPresent(translations::add);
        }
      }
    }
    List<ReviewStage.Read> signOffs = new ArrayList<>();
    for (int i = 0; i < m.reviews().size(); i++) {
      String file = m.reviews().get(i);
      if (toRead(file, "reviews", i, "a sign-off file", seenFiles, seenKeys, files, manifestName, mroot)) {
        readSignOffs(files, prefix + file, file, signOffs);
      }
    }
    return Optional.of(new LayerRead(manifestName, m, mroot, info, bound,
        List.copyOf(translations), List.copyOf(signOffs)));
  }

  /** Reads one sign-off file; its shape is checked as a content file's is. */
  private void readSignOffs(BundleFiles files, String name, String relative, List<ReviewStage.Read> out) {
    Optional<Node> root = files.read(relative, problems).flatMap(bytes -> JsonReader.read(name, bytes, files.limits(),
        problems));
    if (root.isEmpty()) {
      return;
    }
    Optional<ReviewFile> bound = new Binder(problems, name, Map.of()).bind(root.get(), ReviewFile.class, "");
    if (bound.isPresent() && (trusted || shape(bound.get(), name, "", root.get()))) {
      List<dev.epidural.model.SignOff> list = bound.get().reviews();
      for (int i = 0; i < list.size(); i++) {
        out.add(new ReviewStage.Read(list.get(i), name, root.get(), Pointers.child("/reviews", i)));
      }
    }
  }

  /**
   * Whether the {@code i}-th path of the manifest's {@code list} is to be read: a path is read once,
   * whichever list names it, and never the manifest itself.
   */
  private boolean toRead(String file, String list, int i, String role, Set<String> seenFiles,
                         Map<Object, String> seenKeys, BundleFiles files, String manifestName, Node mroot) {
    if (!seenFiles.add(file)) {
      located(ProblemCode.MANIFEST_FILE_TWICE, "file '" + Messages.clip(file) + "' is listed twice",
          manifestName, mroot, Pointers.child("/" + list, i));
      return false;
    }
    // Hard links: two names of one file would be read twice at no cost to whoever made them.
    Optional<Object> key = files.identity(file);
    if (key.isPresent()) {
      String first = seenKeys.putIfAbsent(key.get(), file);
      if (first != null) {
        located(ProblemCode.IO_SAME_FILE, "'" + Messages.clip(file) + "' is the same file on disk as '"
            + Messages.clip(first) + "' (a hard link); each listed file must be its own file", manifestName, mroot,
            Pointers.child("/" + list, i));
        return false;
      }
    }
    if (file.equals(BundleFiles.MANIFEST)) {
      located(ProblemCode.SHAPE_VALUE, "the manifest cannot list itself as " + role, manifestName, mroot,
          Pointers.child("/" + list, i));
      return false;
    }
    return true;
  }

  /**
   * A manifest as bound.
   *
   * @param read the manifest as far as it could be read, without the file lists that break a rule
   * @param listed the content files it lists as written, even when that list breaks a rule and so
   *     is not read: the bundle's description says what the manifest lists
   */
  private record BoundManifest(ManifestSalvage.Salvaged read, List<String> listed) {}

  /**
   * The manifest as far as it can be read ({@link ManifestSalvage}); empty when its schema version
   * is missing or not supported, since then its files are in a format this release does not read.
   * A file list that breaks a rule of the model is not read; a manifest whose sources could not be
   * read leaves citations unjudged, and one whose file list could not be read leaves references
   * unjudged.
   */
  private Optional<BoundManifest> bindManifest(Node root, String manifestName, boolean overlay) {
    Node clean = SchemaKey.without(root, manifestName, problems);
    Optional<ManifestSalvage.Salvaged> read = new Binder(problems, manifestName, Map.of())
        .bind(clean, Manifest.class, "").map(ManifestSalvage::whole)
        .or(() -> ManifestSalvage.salvage(clean, manifestName));
    if (read.isEmpty()) {
      return Optional.empty();
    }
    Manifest manifest = read.get().manifest();
    if (manifest.schemaVersion() != Manifest.SCHEMA_VERSION) {
      located(ProblemCode.MANIFEST_VERSION, "schemaVersion " + manifest.schemaVersion()
          + " is not supported; this release reads schemaVersion " + Manifest.SCHEMA_VERSION,
          manifestName, root, "/schemaVersion");
      return Optional.empty();
    }
    Set<String> bound = read.get().bound();
    Set<String> broken = new HashSet<>();
    if (!trusted && !ShapeCheck.passes(manifest)) {
      // An overlay may only withdraw items, so it needs neither content files nor sources. Stand-ins
      // are not judged: their property is reported already.
      Set<ConstraintViolation<Object>> violations = ValidatorHolder.VALIDATOR.validate((Object) manifest).stream()
          .filter(v -> bound.contains(ManifestSalvage.property(v)))
          .filter(v -> !overlay || !OverlayMerge.mayBeEmptyInOverlay(v))
          .collect(Collectors.toSet());
      report(violations, manifestName, "", root);
      violations.forEach(v -> broken.add(ManifestSalvage.property(v)));
    }
    if (!bound.contains("files") || broken.contains("files")) {
      someFileUnread = true;
    }
    if (!bound.contains("sources")) {
      sourcesUnknown = true;
    }
    return Optional.of(new BoundManifest(
        new ManifestSalvage.Salvaged(ManifestSalvage.withoutBrokenLists(manifest, broken), bound), manifest.files()));
  }

  private void notAnOverlay(Manifest m, Node mroot, String manifestName) {
    for (String list : List.of("replace", "withdraw")) {
      if (!(list.equals("replace") ? m.replace() : m.withdraw()).isEmpty()) {
        located(ProblemCode.OVL_NOT_AN_OVERLAY, "'" + list + "' applies only to an overlay, and this bundle is "
            + "loaded without a base; load it with EpiduralContent.loader().base(base).overlay(path)",
            manifestName, mroot, "/" + list);
      }
    }
  }

  /** The description of manifest {@code m}, which lists {@code listed}; empty when its locale is ill-formed. */
  private Optional<BundleInfo> info(Manifest m, List<String> listed, Node root, String manifestName) {
    Locale locale;
    try {
      locale = new Locale.Builder().setLanguageTag(m.locale()).build();
    } catch (IllformedLocaleException e) {
      located(ProblemCode.MANIFEST_LOCALE, "locale '" + Messages.clip(m.locale())
          + "' is not a well-formed BCP 47 language tag, such as 'en' or 'es-MX'", manifestName, root, "/locale");
      return Optional.empty();
    }
    return Optional.of(new BundleInfo(m.id().value(), m.version(), m.title(), locale, m.publisher(), m.license(),
        m.sources(), listed));
  }

  /** What one content file gave: its bound items in order, every id it declares, and whether it was unreadable. */
  private record FileResult(List<Entry> entries, Set<String> declared, boolean unread, List<UnboundItem> unbound) {}

  private FileResult readContentFile(BundleFiles files, String prefix, String relative, Map<Class<?>, Object> defaults,
                                     int layer) {
    String file = prefix + relative;
    Optional<byte[]> bytes = files.read(relative, problems);
    if (bytes.isEmpty()) {
      return new FileResult(PagedList.of(), Set.of(), true, List.of());
    }
    // Valid files take the fast path; any doubt sends the file to the reporting path below.
    Optional<PagedList<Entry>> fast = fastPath
        ? StreamBinder.bind(bytes.get(), defaults, !trusted, file, layer, files.limits()) : Optional.empty();
    if (fast.isPresent()) {
      return new FileResult(fast.get(), Set.of(), false, List.of());
    }
    Optional<Node> read = JsonReader.read(file, bytes.get(), files.limits(), problems);
    if (read.isEmpty()) {
      return new FileResult(PagedList.of(), Set.of(), true, List.of());
    }
    PagedList.Builder<Entry> entries = new PagedList.Builder<>();
    Set<String> declared = new HashSet<>();
    List<UnboundItem> failed = new ArrayList<>();
    Node.Obj root = (Node.Obj) read.get();
    FileTree tree = FileTree.of(root);
    Binder binder = new Binder(problems, file, defaults);
    for (Node.Member kindMember : root.members()) {
      if (SchemaKey.skip(kindMember, file, problems)) {
        continue;
      }
      String kindPointer = Pointers.child("", kindMember.name());
      Node value = kindMember.value();
      Optional<Kind> kind = Kind.ofProperty(kindMember.name());
      if (kind.isEmpty()) {
        problems.add(ProblemCode.SHAPE_UNKNOWN, "unknown kind '" + Messages.clip(kindMember.name()) + "'; "
            + Suggestions.forValue(kindMember.name(), Kind.properties(), "allowed: "), file, kindPointer,
            kindMember.line(), kindMember.column());
        continue;
      }
      if (!(value instanceof Node.Arr arr)) {
        problems.add(ProblemCode.SHAPE_TYPE, "expected an array of " + kind.get().property() + ", found "
            + value.typeName(), file, kindPointer, value);
        continue;
      }
      for (int i = 0; i < arr.elements().size(); i++) {
        Node element = arr.elements().get(i);
        String pointer = Pointers.child(kindPointer, i);
        int index = i;
        boolean reviewGiven = element instanceof Node.Obj obj && obj.get("review") != null;
        if (element instanceof Node.Obj obj && obj.get("id") != null && obj.get("id").value() instanceof Node.Str s) {
          declared.add(s.value());
        }
        Class<? extends Item> type = kind.get().type();
        Optional<? extends Item> item = binder.bind(element, type, pointer);
        if (item.isPresent()) {
          entries.add(new Entry(kind.get(), item.get(), file, kindPointer, index, tree, layer, reviewGiven,
              Entry.Noted.NOTHING));
        } else {
          failed.add(new UnboundItem(kind.get(), file, kindPointer, index, tree, defaults));
        }
      }
    }
    return new FileResult(entries.build(), declared, false, failed);
  }

  /**
   * Bean Validation of every bound item of a layer. {@link ShapeCheck} passes the items that
   * certainly have no violation, and is not asked again of an item the fast path already passed
   * ({@link Entry.Noted#shapePassed()}); Hibernate Validator checks and reports the rest (and is not
   * even started when every item passes). Items are independent and both are thread-safe, so they
   * are checked in parallel; problems are reported in order. An item with a violation still takes
   * part in the later stages: a text too long or a list left empty says nothing about its
   * references, codings or texts, and the catalogue is not built anyway.
   */
  private List<Entry> shapeOfItems(List<Entry> bound) {
    record Violations(int index, Set<ConstraintViolation<Object>> violations) {}
    // Only the items with a violation are collected, in order: no list as long as the bundle.
    List<Violations> found = java.util.stream.IntStream.range(0, bound.size()).parallel()
        .filter(i -> !bound.get(i).noted().shapePassed() && !ShapeCheck.passes(bound.get(i).item()))
        .mapToObj(i -> new Violations(i, ValidatorHolder.VALIDATOR.validate((Object) bound.get(i).item())))
        .filter(v -> !v.violations().isEmpty())
        .toList();
    if (found.isEmpty()) {
      return bound;
    }
    for (Violations v : found) {
      Entry e = bound.get(v.index());
      report(v.violations(), e.file(), e.pointer(), e.root());
    }
    return bound;
  }

  /** Bean Validation of one bound record; true when it has no violation. */
  private boolean shape(Object record, String file, String pointer, Node root) {
    return shape(record, file, pointer, root, v -> true);
  }

  /** Bean Validation of one bound record, counting only the violations {@code counts} accepts. */
  private boolean shape(Object record, String file, String pointer, Node root,
                        java.util.function.Predicate<ConstraintViolation<Object>> counts) {
    if (ShapeCheck.passes(record)) {
      return true;
    }
    Set<ConstraintViolation<Object>> violations = ValidatorHolder.VALIDATOR.validate(record).stream()
        .filter(counts).collect(Collectors.toSet());
    report(violations, file, pointer, root);
    return violations.isEmpty();
  }

  private void report(Set<ConstraintViolation<Object>> violations, String file, String pointer, Node root) {
    for (ConstraintViolation<Object> v : violations.stream()
        .sorted(java.util.Comparator.comparing(x -> x.getPropertyPath().toString())).toList()) {
      String path = pointerOf(v.getPropertyPath());
      Object bad = v.getInvalidValue();
      String shown = bad instanceof CharSequence cs ? " (value: '" + Messages.clip(cs.toString()) + "')"
          : bad instanceof Number n ? " (value: " + n + ")" : "";
      located(ProblemCode.SHAPE_CONSTRAINT, "'" + dotted(path) + "' " + v.getMessage() + shown, file, root,
          pointer + path);
    }
  }

  /** A Bean Validation property path as a JSON pointer suffix. */
  private static String pointerOf(Path path) {
    StringBuilder sb = new StringBuilder();
    for (Path.Node n : path) {
      if (n.isInIterable() && n.getIndex() != null) {
        sb.append('/').append(n.getIndex());
      }
      if (n.getKind() == ElementKind.PROPERTY && n.getName() != null) {
        sb.append('/').append(n.getName());
      }
    }
    return sb.toString();
  }

  private static String dotted(String pointer) {
    return pointer.isEmpty() ? "value" : pointer.substring(1).replace('/', '.');
  }

  // ---------------------------------------------------------------- reporting

  private void located(ProblemCode code, String message, String file, Node root, String pointer) {
    Located.add(problems, code, message, file, root, pointer);
  }

  // ---------------------------------------------------------------- layers

  /** Lays each overlay over what the layers below it give, then checks a base read again is unchanged. */
  private void merge() {
    List<Entry> merged = reads.get(0).entries();
    for (int i = 1; i < reads.size(); i++) {
      checkBase(i, merged);
      OverlayMerge.locale(reads.get(0), reads.get(i), problems);
      merged = OverlayMerge.merge(merged, reads.get(i), problems, withdrawn);
    }
    checkBase(reads.size(), merged);
    entries = PagedList.copyOf(merged);
  }

  private void checkBase(int layerCount, List<Entry> merged) {
    if (expected.isPresent() && expected.get().layers() == layerCount && !sameAsLoaded(merged, expected.get().items())) {
      problems.addFile(ProblemCode.OVL_BASE_CHANGED, "the base's files no longer give the items the base was "
          + "loaded with; load the base again", reads.get(layerCount - 1).manifestName());
    }
  }

  /**
   * Whether the files give the items a base was loaded with. The base's items carry their
   * effective reviews, which the review stage works out again, so reviews are not compared.
   */
  private static boolean sameAsLoaded(List<Entry> merged, List<Item> loaded) {
    if (merged.size() != loaded.size()) {
      return false;
    }
    for (int i = 0; i < merged.size(); i++) {
      Item now = merged.get(i).item();
      Item then = loaded.get(i);
      if (!now.equals(then) && !now.equals(ReviewStage.withReview(then, now.review()))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The top layer's description, with the sources of every layer (the first declaration of each id)
   * and the top layer's content files: the files of the bundle named last, relative to its root, as
   * a report names them. Each layer's own files are in its description ({@link Catalogue#layers()}).
   */
  private Optional<BundleInfo> mergedInfo() {
    if (reads.size() == 1) {
      return reads.get(0).info();
    }
    if (reads.stream().anyMatch(r -> r.info().isEmpty())) {
      return Optional.empty();
    }
    Map<String, Source> sources = new LinkedHashMap<>();
    reads.forEach(r -> r.manifest().sources().forEach(src -> sources.putIfAbsent(src.id().value(), src)));
    BundleInfo top = reads.get(reads.size() - 1).info().orElseThrow();
    return Optional.of(new BundleInfo(top.id(), top.version(), top.title(), top.locale(), top.publisher(),
        top.license(), List.copyOf(sources.values()), top.files()));
  }

  /**
   * Every id declared in the files: by the items the reporting path saw, bound or not, and by every
   * bound item. Built on first use, once, by whichever thread asks first (integrity checks run in
   * parallel): a load whose references all resolve, with no translation or sign-off, never asks, and
   * a set as large as the bundle is not built for nothing.
   */
  private final class DeclaredIds implements java.util.function.Supplier<Set<String>> {
    private Set<String> ids;

    @Override
    public synchronized Set<String> get() {
      if (ids == null) {
        Set<String> all = new HashSet<>(declaredIds);
        allBound.forEach(file -> file.forEach(e -> all.add(e.item().id().value())));
        ids = Collections.unmodifiableSet(all);
      }
      return ids;
    }
  }

  private Map<String, Item> itemsById() {
    Map<String, Item> byId = new HashMap<>();
    entries.forEach(e -> byId.putIfAbsent(e.item().id().value(), e.item()));
    return byId;
  }

  // ---------------------------------------------------------------- result

  private Result finish(Optional<BundleInfo> info, Translations translations) {
    List<Problem> list = problems.toList();
    if (strict) {
      // A notice (info) says how the content was checked, not what is wrong with it: it stays a notice.
      list = list.stream().map(p -> p.severity() == Severity.WARNING ? p.withSeverity(Severity.ERROR) : p).toList();
    }
    ValidationReport report = new ValidationReport(layers.get(layers.size() - 1).describe(), info, list);
    Optional<Catalogue> catalogue = Optional.empty();
    if (report.isValid() && info.isPresent()) {
      List<BundleInfo> layerInfos = reads.stream().map(r -> r.info().orElseThrow()).toList();
      catalogue = Optional.of(new Catalogue(outcome.items(), translations, layerInfos, outcome.approvals()));
    }
    return new Result(report, info, catalogue);
  }

  /** Hibernate Validator, built once: Expression Language off, bundle text never a template, sizes in code points. */
  private static final class ValidatorHolder {
    /**
     * Hibernate Validator logs its version at INFO through JBoss Logging, which falls back to
     * java.util.logging and so to stderr; a library must not print. Held strongly so the level sticks.
     */
    @SuppressWarnings("UnusedVariable") // never read: held only so the logger and its level are not collected
    static final java.util.logging.Logger QUIET = quiet();
    static final Validator VALIDATOR = CodePointSize.validator();

    private static java.util.logging.Logger quiet() {
      java.util.logging.Logger logger = java.util.logging.Logger.getLogger("org.hibernate.validator.internal.util.Version");
      logger.setLevel(java.util.logging.Level.WARNING);
      return logger;
    }
  }
}
