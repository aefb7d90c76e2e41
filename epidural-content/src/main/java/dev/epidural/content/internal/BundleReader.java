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
import dev.epidural.content.internal.check.ReadabilityRule;
import dev.epidural.content.internal.check.ReferenceWalk;
import dev.epidural.content.internal.check.ReviewStage;
import dev.epidural.content.internal.check.TranslationReader;
import dev.epidural.content.internal.check.UnboundChecks;
import dev.epidural.content.internal.check.UnboundItem;
import dev.epidural.content.internal.meta.Kind;
import dev.epidural.content.internal.paged.IdTable;
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
import dev.epidural.content.internal.rules.Codes;
import dev.epidural.content.internal.rules.MixedScript;
import dev.epidural.content.internal.rules.Readability;
import dev.epidural.content.internal.rules.ShapeCheck;
import dev.epidural.content.internal.rules.TextRules;
import dev.epidural.content.internal.tree.JsonPath;
import dev.epidural.content.internal.tree.Node;
import dev.epidural.content.internal.tree.Pointers;
import dev.epidural.model.Approach;
import dev.epidural.model.ApproachInfo;
import dev.epidural.model.Coding;
import dev.epidural.model.Id;
import dev.epidural.model.Intent;
import dev.epidural.model.Item;
import dev.epidural.model.Medication;
import dev.epidural.model.MedicationClass;
import dev.epidural.model.MedicationUse;
import dev.epidural.model.Procedure;
import dev.epidural.model.Review;
import dev.epidural.model.Severity;
import dev.epidural.model.Source;
import dev.epidural.model.SpinalRegion;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
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
 * Reads and validates one bundle, stage by stage, into one report: syntax, shape, integrity,
 * clinical rules, text safety, review, translations. A later stage runs on what the earlier ones
 * could read. The catalogue is built only when no error was found, so nothing is ever half-loaded.
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

  /** One layer as read: how its manifest is named in problems, the manifest, and what its files gave. */
  record LayerRead(String manifestName, Manifest manifest, Node mroot, Optional<BundleInfo> info, List<Entry> entries,
                   List<TranslationReader.File> translations, List<ReviewStage.Read> signOffs) {}

  private static final Set<SpinalRegion> CAUDAL_REGIONS = EnumSet.of(SpinalRegion.LUMBAR, SpinalRegion.SACRAL);

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
   * item they make {@link #declared()}: a reference to one of them is not reported again.
   */
  private final Set<String> declaredIds = new HashSet<>();
  /** Every bound item of every layer, before any check dropped one: one list per file. */
  private final List<List<Entry>> allBound = new ArrayList<>();
  private Set<String> declared;
  /** Ids an overlay withdrew from its base, with where. */
  private final Map<String, OverlayMerge.Withdrawal> withdrawn = new HashMap<>();
  private boolean someFileUnread;
  /** Items that could not be bound, every layer's, in bundle order: still checked where they can be. */
  private final List<UnboundItem> unbound = new ArrayList<>();
  /** Per kind of item, the ids of its bound items, for suggestions; built when a reference is reported. */
  private final Map<Class<?>, Set<String>> idsByType = new java.util.concurrent.ConcurrentHashMap<>();
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
    if (!trusted) {
      integrity();
      clinicalRules();
      textSafety();
    }
    Translations translations = TranslationReader.check(
        reads.stream().flatMap(r -> r.translations().stream()).toList(),
        reads.stream().allMatch(r -> r.translations().isEmpty()) ? Map.of() : itemsById(), unjudgedIds(),
        problems);
    // Runs on the trusted path too: review dates and effective reviews depend on today.
    List<ReviewStage.DefaultReview> defaults = new ArrayList<>();
    for (LayerRead layer : reads) {
      layer.manifest().defaultReview().ifPresent(r -> defaults.add(
          new ReviewStage.DefaultReview(r, layer.manifestName(), layer::mroot)));
    }
    if (info.isPresent()) {
      outcome = ReviewStage.run(reads.stream().flatMap(r -> r.signOffs().stream()).toList(), defaults, entries,
          info.get().locale(), translations, today, problems, unjudgedIds());
    } else {
      ReviewStage.judgeDates(defaults, entries, today, problems);
    }
    reviewUnbound();
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
    Optional<ManifestSalvage.Salvaged> manifest = manifestRoot.flatMap(root -> bindManifest(root, manifestName,
        index > 0));
    if (manifest.isEmpty()) {
      return Optional.empty();
    }
    Manifest m = manifest.get().manifest();
    Node mroot = manifestRoot.get();
    Optional<BundleInfo> info = info(m, mroot, manifestName);
    if (!manifest.get().whole()) {
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
   * The manifest as far as it can be read ({@link ManifestSalvage}); empty when its schema version
   * is missing or not supported, since then its files are in a format this release does not read.
   * A file list that breaks a rule of the model is not read; a manifest whose sources could not be
   * read leaves citations unjudged, and one whose file list could not be read leaves references
   * unjudged.
   */
  private Optional<ManifestSalvage.Salvaged> bindManifest(Node root, String manifestName, boolean overlay) {
    Node clean = SchemaKey.without(root, manifestName, problems);
    Optional<ManifestSalvage.Salvaged> read = new Binder(problems, manifestName, Map.of())
        .bind(clean, Manifest.class, "").map(ManifestSalvage::whole)
        .or(() -> ManifestSalvage.salvage(clean, manifestName));
    if (read.isEmpty()) {
      return read;
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
    return Optional.of(new ManifestSalvage.Salvaged(ManifestSalvage.withoutBrokenLists(manifest, broken), bound));
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

  private Optional<BundleInfo> info(Manifest m, Node root, String manifestName) {
    Locale locale;
    try {
      locale = new Locale.Builder().setLanguageTag(m.locale()).build();
    } catch (IllformedLocaleException e) {
      located(ProblemCode.MANIFEST_LOCALE, "locale '" + Messages.clip(m.locale())
          + "' is not a well-formed BCP 47 language tag, such as 'en' or 'es-MX'", manifestName, root, "/locale");
      return Optional.empty();
    }
    return Optional.of(new BundleInfo(m.id().value(), m.version(), m.title(), locale, m.publisher(), m.license(),
        m.sources()));
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
          entries.add(new Entry(kind.get(), item.get(), file, kindPointer, index, tree, layer, false, reviewGiven,
              false, null));
        } else {
          failed.add(new UnboundItem(kind.get(), file, kindPointer, index, tree, defaults));
        }
      }
    }
    return new FileResult(entries.build(), declared, false, failed);
  }

  /**
   * Bean Validation of every bound item of a layer. {@link ShapeCheck} passes the items that
   * certainly have no violation; Hibernate Validator checks and reports the rest (and is not even
   * started when every item passes). Items are independent and both are thread-safe, so they are
   * checked in parallel; problems are reported in order. An item with a violation still takes part
   * in the later stages: a text too long or a list left empty says nothing about its references,
   * codings or texts, and the catalogue is not built anyway.
   */
  private List<Entry> shapeOfItems(List<Entry> bound) {
    record Violations(int index, Set<ConstraintViolation<Object>> violations) {}
    // Only the items with a violation are collected, in order: no list as long as the bundle.
    List<Violations> found = java.util.stream.IntStream.range(0, bound.size()).parallel()
        .filter(i -> !bound.get(i).shapePassed() && !ShapeCheck.passes(bound.get(i).item()))
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

  // ---------------------------------------------------------------- integrity

  /** Where a source is first declared: the layer and its index in that manifest's sources. */
  private record SourceDecl(LayerRead layer, int index) {
    Source source() {
      return layer.manifest().sources().get(index);
    }
  }

  private void integrity() {
    Map<String, SourceDecl> sourceIndex = new LinkedHashMap<>();
    for (LayerRead r : reads) {
      Set<String> inLayer = new HashSet<>();
      for (int i = 0; i < r.manifest().sources().size(); i++) {
        Source source = r.manifest().sources().get(i);
        String id = source.id().value();
        if (!inLayer.add(id)) {
          located(ProblemCode.REF_DUPLICATE_SOURCE, "source id '" + id + "' is used by two sources",
              r.manifestName(), r.mroot(), "/sources/" + i + "/id");
          continue;
        }
        SourceDecl first = sourceIndex.putIfAbsent(id, new SourceDecl(r, i));
        if (first != null && !first.source().equals(source)) {
          OverlayMerge.conflict(problems, ProblemCode.OVL_SOURCE_CONFLICT,
              new OverlayMerge.Place(r.manifestName(), r.mroot(), "/sources/" + i),
              new OverlayMerge.Place(first.layer().manifestName(), first.layer().mroot(), "/sources/" + first.index()),
              "source '" + id + "' is declared differently by the base at %s; give the same details, or another id");
        }
      }
    }
    IdTable<Entry> byId = new IdTable<>(entries.size(), e -> e.item().id().value());
    for (Entry e : entries) {
      Entry first = byId.putIfAbsent(e);
      if (first != null) {
        located(ProblemCode.REF_DUPLICATE_ID, "id '" + e.item().id() + "' is already used by the item at "
            + first.file() + "#" + first.pointer() + "; ids are unique across the bundle", e, "/id");
      }
    }
    UnboundChecks.duplicateIds(unbound, byId, (u, message) ->
        located(ProblemCode.REF_DUPLICATE_ID, message, u.file(), u.root(), u.pointer() + "/id"));
    Set<String> cited = java.util.concurrent.ConcurrentHashMap.newKeySet();
    for (UnboundItem u : unbound) {
      u.references((id, targetType, at) ->
          reference(id, targetType, at, u.file(), u.root(), sourceIndex, byId, cited));
    }
    entries.parallelStream().forEach(e -> {
      // Most items are fine: check them without building a pointer, and walk again with pointers
      // only to report.
      if (e.references() != null ? referencesResolve(e.references(), sourceIndex.keySet(), byId, cited)
          : referencesResolve(e.item(), sourceIndex.keySet(), byId, cited)) {
        return;
      }
      // This walk reports each id that does not resolve, so it accepts every one.
      ReferenceWalk.references(e.item(), e.pointer(), (id, targetType, at) -> {
        reference(id, targetType, at, e.file(), e.root(), sourceIndex, byId, cited);
        return true;
      });
    });
    if (!someFileUnread && !sourcesUnknown) {
      sourceIndex.forEach((id, decl) -> {
        if (!cited.contains(id)) {
          located(ProblemCode.REF_UNUSED_SOURCE, "source '" + id + "' is cited by no item; remove it or cite it",
              decl.layer().manifestName(), decl.layer().mroot(), "/sources/" + decl.index() + "/id");
        }
      });
    }
  }

  /** Reports the reference {@code id} at {@code at} if it names no source or item of the right kind. */
  private void reference(Id<?> id, Class<?> targetType, String at, String file, Node root,
                         Map<String, SourceDecl> sourceIndex, IdTable<Entry> byId, Set<String> cited) {
    String target = id.value();
    if (targetType == Source.class) {
      cited.add(target);
      if (!sourceIndex.containsKey(target) && !sourcesUnknown) {
        located(ProblemCode.REF_UNKNOWN_SOURCE, "source '" + target + "' is not in the manifest; "
            + Suggestions.forValue(target, sourceIndex.keySet(), "known sources: "), file, root, at);
      }
      return;
    }
    Entry hit = byId.get(target);
    if (hit == null) {
      OverlayMerge.Withdrawal withdrawal = withdrawn.get(target);
      if (withdrawal != null) {
        OverlayMerge.conflict(problems, ProblemCode.OVL_WITHDRAWN_REFERENCED,
            new OverlayMerge.Place(file, root, at), withdrawal.place(),
            "'" + target + "' is withdrawn by the overlay at %s; replace or withdraw this item too",
            "withdrawing '" + target + "' leaves a reference to it at %s; replace or withdraw that item too");
        return;
      }
      // An item that exists but failed its own checks, or sits in an unreadable file, is
      // already reported; a second problem here would only be noise.
      if (!declared().contains(target) && !someFileUnread) {
        located(ProblemCode.REF_UNRESOLVED, "'" + target + "' names no " + kindName(targetType)
            + " in the bundle" + Suggestions.didYouMean(target, idsOf(targetType)), file, root, at);
      }
    } else if (!targetType.isInstance(hit.item())) {
      located(ProblemCode.REF_UNRESOLVED, "'" + target + "' is a " + kindName(hit.item().getClass())
          + ", not a " + kindName(targetType) + Suggestions.didYouMean(target, idsOf(targetType)),
          file, root, at);
    }
  }

  /** The ids of the items of kind {@code type}, for suggestions: built only when a reference is reported. */
  private Set<String> idsOf(Class<?> type) {
    return idsByType.computeIfAbsent(type, t -> {
      Set<String> ids = new java.util.LinkedHashSet<>();
      for (Entry e : entries) {
        if (t.isInstance(e.item())) {
          ids.add(e.item().id().value());
        }
      }
      return ids;
    });
  }

  /**
   * Whether every id the item holds, other than its own, names a declared source or an item of the
   * right kind; records the sources cited. Builds no pointer: the same walk with pointers reports.
   */
  private static boolean referencesResolve(Item item, Set<String> sources, IdTable<Entry> byId,
                                           Set<String> cited) {
    return ReferenceWalk.references(item, null, (id, target, at) -> resolves(id, target, sources, byId, cited));
  }

  /** As {@link #referencesResolve(Item, Set, IdTable, Set)}, on the references the binder noted. */
  private static boolean referencesResolve(StreamBinder.References refs, Set<String> sources,
                                           IdTable<Entry> byId, Set<String> cited) {
    boolean ok = true;
    for (int i = 0; i < refs.ids().length; i++) {
      ok &= resolves(refs.ids()[i], refs.targets()[i], sources, byId, cited);
    }
    return ok;
  }

  private static boolean resolves(Id<?> id, Class<?> target, Set<String> sources, IdTable<Entry> byId,
                                  Set<String> cited) {
    if (target == Source.class) {
      if (!cited.contains(id.value())) {
        cited.add(id.value());
      }
      return sources.contains(id.value());
    }
    Entry hit = byId.get(id.value());
    return hit != null && target.isInstance(hit.item());
  }

  private static String kindName(Class<?> type) {
    return Kind.of(type).property().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT)
        .replaceAll("s$", "") + " item";
  }

  // ---------------------------------------------------------------- clinical rules

  private void clinicalRules() {
    Map<Approach, ApproachInfo> facts = new EnumMap<>(Approach.class);
    Map<String, Medication> medications = new HashMap<>();
    for (Entry e : entries) {
      if (e.item() instanceof ApproachInfo a) {
        if (facts.putIfAbsent(a.approach(), a) != null) {
          located(ProblemCode.CLIN_APPROACH_FACT, "approach '" + a.approach().code() + "' is described twice; "
              + "one item per approach states where it is used", e, "/approach");
        }
        if (a.approach() == Approach.CAUDAL && !CAUDAL_REGIONS.containsAll(a.regions())) {
          located(ProblemCode.CLIN_CAUDAL_REGION, "the caudal approach reaches only lumbar and sacral targets; "
              + "it is listed for " + codes(a.regions()), e, "/regions");
        }
      } else if (e.item() instanceof Medication med) {
        medications.put(med.id().value(), med);
      }
    }
    // Approaches whose facts sit in items that could not be bound: rules on them cannot be judged.
    UnboundChecks.Facts unknownFacts = UnboundChecks.unknownFacts(unbound);
    for (Entry e : entries) {
      Item item = e.item();
      ItemPlace place = (code, message, suffix) -> located(code, message, e, suffix);
      if (item.sources().isEmpty()) {
        located(ProblemCode.CLIN_UNSOURCED, "item '" + item.id() + "' cites no source; every clinical item cites "
            + "at least one", e, "/sources");
      }
      List<Coding> codings = item instanceof Procedure p ? p.codings()
          : item instanceof Medication m ? m.codings() : List.of();
      for (int i = 0; i < codings.size(); i++) {
        coding(codings.get(i), i, place);
      }
      if (item instanceof Procedure p) {
        procedureRules(place, p.approaches(), p.regions(), Optional.of(p.intent()), Optional.of(p.medications()),
            facts, medications, unknownFacts);
      }
    }
    UnboundChecks.clinical(unbound, new UnboundChecks.Clinical() {
      @Override
      public void unsourced(UnboundItem u, String what) {
        located(ProblemCode.CLIN_UNSOURCED, what + " cites no source; every clinical item cites at least one",
            u.file(), u.root(), u.pointer() + "/sources");
      }

      @Override
      public void coding(UnboundItem u, Coding c, int index) {
        BundleReader.this.coding(c, index, place(u));
      }

      @Override
      public void caudalFact(UnboundItem u, Set<SpinalRegion> regions) {
        located(ProblemCode.CLIN_CAUDAL_REGION, "the caudal approach reaches only lumbar and sacral targets; "
            + "it is listed for " + codes(regions), u.file(), u.root(), u.pointer() + "/regions");
      }

      @Override
      public void procedure(UnboundItem u, Set<Approach> approaches, Set<SpinalRegion> regions,
                            Optional<Intent> intent, Optional<List<MedicationUse>> uses) {
        procedureRules(place(u), approaches, regions, intent, uses, facts, medications, unknownFacts);
      }
    });
  }

  /** Where a rule places a problem: at a suffix of an item's pointer. */
  private interface ItemPlace {
    void add(ProblemCode code, String message, String suffix);
  }

  private ItemPlace place(UnboundItem u) {
    return (code, message, suffix) -> located(code, message, u.file(), u.root(), u.pointer() + suffix);
  }

  /**
   * The rules of a procedure's approaches, regions and medications. An intent or medications that
   * could not be read (empty) leave the blood-patch rule unjudged, as do approaches whose facts
   * could not be read.
   */
  private void procedureRules(ItemPlace at, Set<Approach> approaches, Set<SpinalRegion> regions,
                              Optional<Intent> intent, Optional<List<MedicationUse>> uses,
                              Map<Approach, ApproachInfo> facts, Map<String, Medication> medications,
                              UnboundChecks.Facts unknownFacts) {
    for (Approach a : approaches) {
      if (a == Approach.CAUDAL && !CAUDAL_REGIONS.containsAll(regions)) {
        at.add(ProblemCode.CLIN_CAUDAL_REGION, "approach 'caudal' reaches only lumbar and sacral targets; "
            + "the procedure is in " + codes(regions), "/approaches");
        continue;
      }
      ApproachInfo fact = facts.get(a);
      if (fact == null) {
        // Facts in an item that could not be bound, or in a file that could not be read, may describe it.
        if (!unknownFacts.mayDescribe(a) && !someFileUnread) {
          at.add(ProblemCode.CLIN_APPROACH_FACT, "approach '" + a.code() + "' is not described in the bundle, so "
              + "no cited fact says where it is used", "/approaches");
        }
        continue;
      }
      for (SpinalRegion r : regions) {
        if (!fact.regions().contains(r)) {
          List<String> allowed = facts.values().stream().filter(f -> f.regions().contains(r))
              .map(f -> f.approach().code()).sorted().toList();
          at.add(ProblemCode.CLIN_APPROACH_REGION, "approach '" + a.code() + "' is not used in region '" + r.code()
              + "'; the bundle allows " + allowed, "/approaches");
        }
      }
    }
    if (intent.isPresent() && intent.get() == Intent.BLOOD_PATCH && uses.isPresent()) {
      List<MedicationUse> used = uses.get();
      // A medication that is not a bound medication item is reported as such (unresolved, or
      // failing its own shape); what class it is cannot be told, so the rule is not judged.
      boolean judged = used.stream().allMatch(u -> medications.containsKey(u.medication().value()));
      boolean blood = used.stream().map(MedicationUse::medication)
          .map(id -> medications.get(id.value()))
          .anyMatch(med -> med != null && med.medicationClass() == MedicationClass.AUTOLOGOUS_BLOOD);
      if (!blood && judged) {
        at.add(ProblemCode.CLIN_BLOOD_PATCH, "a blood-patch procedure must use a medication of class "
            + "'autologous-blood'; it uses " + used.stream().map(u -> u.medication().value()).toList(),
            "/medications");
      }
    }
  }

  /** The rules of the {@code i}-th coding of an item. */
  private void coding(Coding c, int i, ItemPlace place) {
    {
      String at = "/codings/" + i + "/code";
      switch (c.system()) {
        case Coding.SNOMED_CT -> {
          if (!Codes.isSnomedId(c.code())) {
            place.add(ProblemCode.CLIN_SNOMED, "SNOMED CT id '" + Messages.clip(c.code()) + "' is not valid: it must be 6 to 18 "
                + "digits without a leading zero and pass the Verhoeff check digit", at);
          }
        }
        case Coding.ATC -> {
          if (!Codes.isAtc(c.code())) {
            place.add(ProblemCode.CLIN_ATC, "ATC code '" + Messages.clip(c.code()) + "' does not have the form of an ATC code "
                + "(such as N01BB or N01BB01)", at);
          }
        }
        case Coding.RXNORM -> {
          if (!Codes.isRxcui(c.code())) {
            place.add(ProblemCode.CLIN_RXNORM, "RxNorm code '" + Messages.clip(c.code()) + "' is not a positive whole number",
                at);
          }
        }
        default -> { }
      }
    }
  }

  private static String codes(Set<? extends dev.epidural.model.Coded> values) {
    return values.stream().map(dev.epidural.model.Coded::code).collect(Collectors.toList()).toString();
  }

  // ---------------------------------------------------------------- text safety

  /**
   * Checks every string of every valid item, and of each manifest, as written in the file: the
   * located tree gives each string its exact pointer, rendered only when a rule is broken. Items
   * whose texts the binder already found clean are not walked again.
   */
  private void textSafety() {
    for (LayerRead layer : reads) {
      strings(layer.mroot(), null, layer.manifestName());
    }
    entries.parallelStream().filter(e -> !e.textClean()).forEach(e ->
        strings(Pointers.resolve(e.root(), e.pointer()).node(), JsonPath.at(e.pointer()), e.file()));
    for (UnboundItem u : unbound) {
      strings(u.node(), JsonPath.at(u.pointer()), u.file());
    }
    mixedScript();
    readability();
  }

  /** Names and codes whose words mix scripts: see {@link MixedScript}. */
  private void mixedScript() {
    entries.parallelStream().forEach(e -> MixedScript.check(e.item(),
        (suffix, message) -> located(ProblemCode.TEXT_MIXED_SCRIPT, message, e, suffix)));
  }

  /** The readability rule ({@link ReadabilityRule}) over every patient text, items and translations. */
  private void readability() {
    ReadabilityRule rule = new ReadabilityRule(maxGrade, problems);
    if (!rule.isOn()) {
      return;
    }
    LayerRead top = reads.get(reads.size() - 1);
    top.info().ifPresent(info -> {
      // Overlays share their base's locale (EPI-OVL-007), so the top manifest names it for all.
      var place = new ReadabilityRule.LocalePlace(top.manifestName(), top::mroot, "/locale");
      entries.parallelStream().forEach(e ->
          rule.item(e.item(), info.locale(), e.file(), e::root, e.pointer(), place));
    });
    for (LayerRead layer : reads) {
      for (TranslationReader.File file : layer.translations()) {
        var place = new ReadabilityRule.LocalePlace(file.name(), file::root, "/locale");
        for (TranslationReader.Bound bound : file.entries()) {
          if (bound.entry().audience().filter(a -> a == dev.epidural.model.Audience.PATIENT).isPresent()) {
            rule.text(bound.entry().text(), file.locale(), file.name(), file::root, bound.pointer() + "/text", place);
          }
        }
      }
    }
    rule.notice();
  }

  private void strings(Node node, JsonPath path, String file) {
    if (node instanceof Node.Str s) {
      Optional<TextRules.Breach> breach = TextRules.check(s.value());
      if (breach.isPresent()) {
        problems.add(breach.get().code(), breach.get().message(), file, path == null ? "" : path.pointer(), node);
      }
    } else if (node instanceof Node.Obj obj) {
      JsonPath here = path == null ? JsonPath.at("") : path;
      for (Node.Member m : obj.members()) {
        strings(m.value(), here.child(m.name()), file);
      }
    } else if (node instanceof Node.Arr arr) {
      JsonPath here = path == null ? JsonPath.at("") : path;
      for (int i = 0; i < arr.elements().size(); i++) {
        strings(arr.elements().get(i), here.child(i), file);
      }
    }
  }

  // ---------------------------------------------------------------- review

  /**
   * The review rules on items that could not be bound, read from their trees; the review stage
   * judges the defaults and the bound items on every path.
   */
  private void reviewUnbound() {
    for (UnboundItem u : unbound) {
      if (u.node() instanceof Node.Obj obj && obj.get("review") != null) {
        u.component("review").map(Review.class::cast).filter(this::breaksReviewRules).ifPresent(r ->
            reviewRules(r, u.file(), u::root, u.pointer() + "/review", UnboundChecks.what(u)));
      }
    }
  }

  private boolean breaksReviewRules(Review r) {
    return r.isOverdue(today) || (r.status().isClinicallyReviewed() && r.lastReviewed().isEmpty());
  }

  /** The review rules; {@code root} is parsed only if one is broken. */
  private void reviewRules(Review r, String file, java.util.function.Supplier<Node> root, String pointer,
                           String what) {
    if (r.isOverdue(today)) {
      located(ProblemCode.REVIEW_OVERDUE, what + " was due for review on " + r.nextReview().orElseThrow()
          + "; today is " + today, file, root.get(), pointer + "/nextReview");
    }
    if (r.status().isClinicallyReviewed() && r.lastReviewed().isEmpty()) {
      located(ProblemCode.REVIEW_UNDATED, what + " claims a clinical review but gives no lastReviewed date",
          file, root.get(), pointer + "/status");
    }
  }

  // ---------------------------------------------------------------- reporting

  private void located(ProblemCode code, String message, Entry e, String suffix) {
    located(code, message, e.file(), e.root(), e.pointer() + suffix);
  }

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

  /** The top layer's description, with the sources of every layer (the first declaration of each id). */
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
        top.license(), List.copyOf(sources.values())));
  }

  /** Every id declared in the files: built only when a reference does not resolve. */
  private synchronized Set<String> declared() {
    if (declared == null) {
      declared = new HashSet<>(declaredIds);
      allBound.forEach(file -> file.forEach(e -> declared.add(e.item().id().value())));
    }
    return declared;
  }

  /**
   * Ids a translation or a sign-off may name that are not reported as missing when no bound item
   * has them: ids an overlay withdrew, ids of items that could not be bound, and, when a content
   * file could not be read, every id named, since that file may hold it.
   */
  private Set<String> unjudgedIds() {
    Set<String> ids = new HashSet<>(withdrawn.keySet());
    ids.addAll(declared());
    if (someFileUnread) {
      for (LayerRead r : reads) {
        r.translations().forEach(f -> f.entries().forEach(b -> ids.add(b.entry().id().value())));
        r.signOffs().forEach(s -> s.signOff().items().forEach(i -> ids.add(i.item().value())));
      }
    }
    return ids;
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
