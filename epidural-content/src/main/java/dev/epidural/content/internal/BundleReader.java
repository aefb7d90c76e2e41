package dev.epidural.content.internal;

import dev.epidural.content.BundleInfo;
import dev.epidural.content.Problem;
import dev.epidural.content.ValidationReport;
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
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
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
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Reads and validates one bundle, stage by stage, into one report: syntax, shape, integrity,
 * clinical rules, text safety, review. A later stage runs on what the earlier ones could read. The
 * catalogue is built only when no error was found, so nothing is ever half-loaded.
 */
public final class BundleReader {

  /** The outcome: the report, and the catalogue when the bundle is valid. */
  public record Result(ValidationReport report, Optional<BundleInfo> info, Optional<Catalogue> catalogue) {}

  /** One bound item and where it came from. */
  private record Entry(Kind kind, Item item, String file, String pointer, Node node, Node root) {}

  private static final Set<SpinalRegion> CAUDAL_REGIONS = EnumSet.of(SpinalRegion.LUMBAR, SpinalRegion.SACRAL);

  private final BundleFiles files;
  private final boolean strict;
  private final boolean trusted;
  private final LocalDate today;
  private final Problems problems = new Problems();
  private final List<Entry> entries = new ArrayList<>();
  /** Ids declared in the files, bound or not: a reference to one of them is not reported again. */
  private final Set<String> declaredIds = new HashSet<>();
  private boolean someFileUnread;

  private BundleReader(BundleFiles files, boolean strict, boolean trusted, LocalDate today) {
    this.files = files;
    this.strict = strict;
    this.trusted = trusted;
    this.today = today;
  }

  /** Validates a bundle given as files. */
  public static Result read(BundleFiles files, boolean strict, LocalDate today) {
    return new BundleReader(files, strict, false, today).run();
  }

  /**
   * Reads a bundle already validated in full, skipping every stage after binding. Only for bytes
   * whose digests match those of a validated bundle (the built-in bundle), and for benchmarks.
   * Syntax and binding problems are still reported.
   */
  public static Result readTrusted(BundleFiles files, LocalDate today) {
    return new BundleReader(files, false, true, today).run();
  }

  /** A result for a bundle whose files could not even be opened. */
  public static Result unreadable(String shown, Problems problems) {
    return new Result(new ValidationReport(shown, Optional.empty(), problems.toList()), Optional.empty(),
        Optional.empty());
  }

  private Result run() {
    if (!trusted) {
      ValidatorHolder.prepareInBackground();
    }
    Optional<Node> manifestRoot = files.read(BundleFiles.MANIFEST, problems)
        .flatMap(bytes -> JsonReader.read(BundleFiles.MANIFEST, bytes, problems));
    Optional<Manifest> manifest = manifestRoot.flatMap(root -> bindManifest(root));
    if (manifest.isEmpty()) {
      return finish(Optional.empty(), Optional.empty(), manifestRoot);
    }
    Manifest m = manifest.get();
    Node mroot = manifestRoot.get();
    Optional<BundleInfo> info = info(m, mroot);
    Map<Class<?>, Object> defaults = m.defaultReview().<Map<Class<?>, Object>>map(r -> Map.of(Review.class, r))
        .orElse(Map.of());
    Set<String> seenFiles = new HashSet<>();
    List<String> toRead = new ArrayList<>();
    for (int i = 0; i < m.files().size(); i++) {
      String file = m.files().get(i);
      if (!seenFiles.add(file)) {
        located(ProblemCode.MANIFEST_FILE_TWICE, "file '" + Binder.clip(file) + "' is listed twice",
            BundleFiles.MANIFEST, mroot, Pointers.child("/files", i));
        continue;
      }
      if (file.equals(BundleFiles.MANIFEST)) {
        located(ProblemCode.SHAPE_VALUE, "the manifest cannot list itself as a content file",
            BundleFiles.MANIFEST, mroot, Pointers.child("/files", i));
        continue;
      }
      toRead.add(file);
    }
    // Files are independent until integrity: read and bind them in parallel, keep bundle order.
    List<FileResult> results = (toRead.size() > 1 ? toRead.parallelStream() : toRead.stream())
        .map(file -> readContentFile(file, defaults)).toList();
    for (FileResult r : results) {
      entries.addAll(r.entries());
      declaredIds.addAll(r.declared());
      someFileUnread |= r.unread();
    }
    if (!trusted) {
      shape(m, BundleFiles.MANIFEST, "", mroot);
      shapeOfItems();
      integrity(m, mroot);
      clinicalRules();
      textSafety(mroot);
      review(m, mroot);
    }
    return finish(info, Optional.of(m), manifestRoot);
  }

  // ---------------------------------------------------------------- syntax and shape

  private Optional<Manifest> bindManifest(Node root) {
    Optional<Manifest> m = new Binder(problems, BundleFiles.MANIFEST, Map.of()).bind(root, Manifest.class, "");
    m.ifPresent(manifest -> {
      // Its Bean Validation runs with the items' (see run()), once the validator is ready.
      if (manifest.schemaVersion() != Manifest.SCHEMA_VERSION) {
        located(ProblemCode.MANIFEST_VERSION, "schemaVersion " + manifest.schemaVersion()
            + " is not supported; this release reads schemaVersion " + Manifest.SCHEMA_VERSION,
            BundleFiles.MANIFEST, root, "/schemaVersion");
      }
    });
    // A manifest that does not bind, or has another format version, lets nothing else be read.
    return problems.hasErrors() ? Optional.empty() : m;
  }

  private Optional<BundleInfo> info(Manifest m, Node root) {
    Locale locale;
    try {
      locale = new Locale.Builder().setLanguageTag(m.locale()).build();
    } catch (IllformedLocaleException e) {
      located(ProblemCode.MANIFEST_LOCALE, "locale '" + Binder.clip(m.locale())
          + "' is not a well-formed BCP 47 language tag, such as 'en' or 'es-MX'", BundleFiles.MANIFEST, root, "/locale");
      return Optional.empty();
    }
    return Optional.of(new BundleInfo(m.id().value(), m.version(), m.title(), locale, m.publisher(), m.license(),
        m.sources()));
  }

  /** What one content file gave: its bound items in order, every id it declares, and whether it was unreadable. */
  private record FileResult(List<Entry> entries, Set<String> declared, boolean unread) {}

  private FileResult readContentFile(String file, Map<Class<?>, Object> defaults) {
    Optional<Node> read = files.read(file, problems).flatMap(bytes -> JsonReader.read(file, bytes, problems));
    List<Entry> entries = new ArrayList<>();
    Set<String> declared = new HashSet<>();
    if (read.isEmpty()) {
      return new FileResult(entries, declared, true);
    }
    Node.Obj root = (Node.Obj) read.get();
    Binder binder = new Binder(problems, file, defaults);
    for (Node.Member kindMember : root.members()) {
      String kindPointer = Pointers.child("", kindMember.name());
      Node value = kindMember.value();
      Optional<Kind> kind = Kind.ofProperty(kindMember.name());
      if (kind.isEmpty()) {
        problems.add(ProblemCode.SHAPE_UNKNOWN, "unknown kind '" + Binder.clip(kindMember.name()) + "'; allowed: "
            + Kind.properties(), file, kindPointer, kindMember.line(), kindMember.column());
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
        if (element instanceof Node.Obj obj && obj.get("id") != null && obj.get("id").value() instanceof Node.Str s) {
          declared.add(s.value());
        }
        Class<? extends Item> type = kind.get().type();
        binder.bind(element, type, pointer).ifPresent(item ->
            entries.add(new Entry(kind.get(), item, file, pointer, element, root)));
      }
    }
    return new FileResult(entries, declared, false);
  }

  /**
   * Bean Validation of every bound item. Items are independent and the validator is thread-safe,
   * so they are checked in parallel; their problems are merged in bundle order, and an item with a
   * violation takes no part in the later stages.
   */
  private void shapeOfItems() {
    List<Set<ConstraintViolation<Object>>> results = entries.parallelStream()
        .map(e -> ValidatorHolder.VALIDATOR.validate((Object) e.item()))
        .toList();
    List<Entry> valid = new ArrayList<>(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      if (results.get(i).isEmpty()) {
        valid.add(e);
      } else {
        report(results.get(i), e.file(), e.pointer(), e.root());
      }
    }
    entries.clear();
    entries.addAll(valid);
  }

  /** Bean Validation of one bound record; true when it has no violation. */
  private boolean shape(Object record, String file, String pointer, Node root) {
    Set<ConstraintViolation<Object>> violations = ValidatorHolder.VALIDATOR.validate(record);
    report(violations, file, pointer, root);
    return violations.isEmpty();
  }

  private void report(Set<ConstraintViolation<Object>> violations, String file, String pointer, Node root) {
    for (ConstraintViolation<Object> v : violations.stream()
        .sorted(java.util.Comparator.comparing(x -> x.getPropertyPath().toString())).toList()) {
      String path = pointerOf(v.getPropertyPath());
      Object bad = v.getInvalidValue();
      String shown = bad instanceof CharSequence cs ? " (value: '" + Binder.clip(cs.toString()) + "')"
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

  private void integrity(Manifest m, Node mroot) {
    Map<String, Integer> sourceIndex = new LinkedHashMap<>();
    for (int i = 0; i < m.sources().size(); i++) {
      String id = m.sources().get(i).id().value();
      if (sourceIndex.putIfAbsent(id, i) != null) {
        located(ProblemCode.REF_DUPLICATE_SOURCE, "source id '" + id + "' is used by two sources",
            BundleFiles.MANIFEST, mroot, "/sources/" + i + "/id");
      }
    }
    Map<String, Entry> byId = new HashMap<>();
    for (Entry e : entries) {
      Entry first = byId.putIfAbsent(e.item().id().value(), e);
      if (first != null) {
        located(ProblemCode.REF_DUPLICATE_ID, "id '" + e.item().id() + "' is already used by the item at "
            + first.file() + "#" + first.pointer() + "; ids are unique across the bundle", e, "/id");
      }
    }
    Set<String> cited = java.util.concurrent.ConcurrentHashMap.newKeySet();
    entries.parallelStream().forEach(e -> {
      walk(e.item(), e.pointer(), (value, at) -> {
        if (!(value instanceof Reference ref) || at.equals(e.pointer() + "/id")) {
          return;
        }
        String target = ref.id().value();
        if (ref.target() == Source.class) {
          cited.add(target);
          if (!sourceIndex.containsKey(target)) {
            located(ProblemCode.REF_UNKNOWN_SOURCE, "source '" + target + "' is not in the manifest; known sources: "
                + sourceIndex.keySet(), e.file(), e.root(), at);
          }
          return;
        }
        Entry hit = byId.get(target);
        if (hit == null) {
          // An item that exists but failed its own checks, or sits in an unreadable file, is
          // already reported; a second problem here would only be noise.
          if (!declaredIds.contains(target) && !someFileUnread) {
            located(ProblemCode.REF_UNRESOLVED, "'" + target + "' names no " + kindName(ref.target())
                + " in the bundle", e.file(), e.root(), at);
          }
        } else if (!ref.target().isInstance(hit.item())) {
          located(ProblemCode.REF_UNRESOLVED, "'" + target + "' is a " + kindName(hit.item().getClass())
              + ", not a " + kindName(ref.target()), e.file(), e.root(), at);
        }
      });
    });
    if (!someFileUnread) {
      sourceIndex.forEach((id, i) -> {
        if (!cited.contains(id)) {
          located(ProblemCode.REF_UNUSED_SOURCE, "source '" + id + "' is cited by no item; remove it or cite it",
              BundleFiles.MANIFEST, mroot, "/sources/" + i + "/id");
        }
      });
    }
  }

  private static String kindName(Class<?> type) {
    return Kind.of(type).property().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT)
        .replaceAll("s$", "") + " item";
  }

  /** An id value met while walking a record, with the kind of item it must name. */
  private record Reference(Id<?> id, Class<?> target) {}

  /**
   * Visits every id a record holds with its JSON pointer (as {@link Reference}s). Only components
   * whose type can hold an id are read (see {@link #REFERENCE_COMPONENTS}); set elements get the
   * pointer of their set, since the model keeps sets sorted.
   */
  private static void walk(Object value, String pointer, BiConsumer<Object, String> visitor) {
    for (RecordComponent rc : REFERENCE_COMPONENTS.get(value.getClass())) {
      Object v;
      try {
        v = rc.getAccessor().invoke(value);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
      visit(v, rc.getGenericType(), Pointers.child(pointer, rc.getName()), visitor);
    }
  }

  /** Per record type, the components whose type can hold an {@link Id}, directly or nested. */
  private static final ClassValue<List<RecordComponent>> REFERENCE_COMPONENTS = new ClassValue<>() {
    @Override
    protected List<RecordComponent> computeValue(Class<?> type) {
      return java.util.Arrays.stream(type.getRecordComponents())
          .filter(rc -> canHoldId(rc.getGenericType(), new HashSet<>()))
          .toList();
    }
  };

  private static boolean canHoldId(Type type, Set<Type> seen) {
    if (!seen.add(type)) {
      return false;
    }
    if (type instanceof ParameterizedType p) {
      return p.getRawType() == Id.class || java.util.Arrays.stream(p.getActualTypeArguments())
          .anyMatch(a -> canHoldId(a, seen));
    }
    return type instanceof Class<?> c && c.isRecord()
        && java.util.Arrays.stream(c.getRecordComponents()).anyMatch(rc -> canHoldId(rc.getGenericType(), seen));
  }

  private static void visit(Object v, Type type, String pointer, BiConsumer<Object, String> visitor) {
    if (v instanceof Optional<?> o) {
      o.ifPresent(x -> visit(x, arg(type), pointer, visitor));
    } else if (v instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        visit(list.get(i), arg(type), Pointers.child(pointer, i), visitor);
      }
    } else if (v instanceof Set<?> set) {
      set.forEach(x -> visit(x, arg(type), pointer, visitor));
    } else if (v instanceof Id<?> id) {
      visitor.accept(new Reference(id, (Class<?>) arg(type)), pointer);
    } else if (v instanceof Record) {
      walk(v, pointer, visitor);
    } else {
      visitor.accept(v, pointer);
    }
  }

  private static Type arg(Type type) {
    Type a = ((ParameterizedType) type).getActualTypeArguments()[0];
    return a instanceof ParameterizedType p ? p : a;
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
    for (Entry e : entries) {
      Item item = e.item();
      if (item.sources().isEmpty()) {
        located(ProblemCode.CLIN_UNSOURCED, "item '" + item.id() + "' cites no source; every clinical item cites "
            + "at least one", e, "/sources");
      }
      codings(e);
      if (item instanceof Procedure p) {
        procedureRules(e, p, facts, medications);
      }
    }
  }

  private void procedureRules(Entry e, Procedure p, Map<Approach, ApproachInfo> facts,
                              Map<String, Medication> medications) {
    for (Approach a : p.approaches()) {
      if (a == Approach.CAUDAL && !CAUDAL_REGIONS.containsAll(p.regions())) {
        located(ProblemCode.CLIN_CAUDAL_REGION, "approach 'caudal' reaches only lumbar and sacral targets; "
            + "the procedure is in " + codes(p.regions()), e, "/approaches");
        continue;
      }
      ApproachInfo fact = facts.get(a);
      if (fact == null) {
        located(ProblemCode.CLIN_APPROACH_FACT, "approach '" + a.code() + "' is not described in the bundle, so "
            + "no cited fact says where it is used", e, "/approaches");
        continue;
      }
      for (SpinalRegion r : p.regions()) {
        if (!fact.regions().contains(r)) {
          List<String> allowed = facts.values().stream().filter(f -> f.regions().contains(r))
              .map(f -> f.approach().code()).sorted().toList();
          located(ProblemCode.CLIN_APPROACH_REGION, "approach '" + a.code() + "' is not used in region '" + r.code()
              + "'; the bundle allows " + allowed, e, "/approaches");
        }
      }
    }
    if (p.intent() == Intent.BLOOD_PATCH) {
      boolean blood = p.medications().stream().map(MedicationUse::medication)
          .map(id -> medications.get(id.value()))
          .anyMatch(med -> med != null && med.medicationClass() == MedicationClass.AUTOLOGOUS_BLOOD);
      if (!blood) {
        located(ProblemCode.CLIN_BLOOD_PATCH, "a blood-patch procedure must use a medication of class "
            + "'autologous-blood'; it uses " + p.medications().stream().map(u -> u.medication().value()).toList(),
            e, "/medications");
      }
    }
  }

  private void codings(Entry e) {
    List<Coding> codings = e.item() instanceof Procedure p ? p.codings()
        : e.item() instanceof Medication m ? m.codings() : List.of();
    for (int i = 0; i < codings.size(); i++) {
      Coding c = codings.get(i);
      String at = "/codings/" + i + "/code";
      switch (c.system()) {
        case Coding.SNOMED_CT -> {
          if (!Codes.isSnomedId(c.code())) {
            located(ProblemCode.CLIN_SNOMED, "SNOMED CT id '" + Binder.clip(c.code()) + "' is not valid: it must be 6 to 18 "
                + "digits without a leading zero and pass the Verhoeff check digit", e, at);
          }
        }
        case Coding.ATC -> {
          if (!Codes.isAtc(c.code())) {
            located(ProblemCode.CLIN_ATC, "ATC code '" + Binder.clip(c.code()) + "' does not have the form of an ATC code "
                + "(such as N01BB or N01BB01)", e, at);
          }
        }
        case Coding.RXNORM -> {
          if (!Codes.isRxcui(c.code())) {
            located(ProblemCode.CLIN_RXNORM, "RxNorm code '" + Binder.clip(c.code()) + "' is not a positive whole number",
                e, at);
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
   * Checks every string of every valid item, and of the manifest, as written in the file: the
   * located tree gives each string its exact pointer, rendered only when a rule is broken.
   */
  private void textSafety(Node mroot) {
    strings(mroot, null, BundleFiles.MANIFEST, mroot);
    entries.parallelStream().forEach(e -> strings(e.node(), JsonPath.at(e.pointer()), e.file(), e.root()));
  }

  private void strings(Node node, JsonPath path, String file, Node root) {
    if (node instanceof Node.Str s) {
      Optional<TextRules.Breach> breach = TextRules.check(s.value());
      if (breach.isPresent()) {
        problems.add(breach.get().code(), breach.get().message(), file, path == null ? "" : path.pointer(), node);
      }
    } else if (node instanceof Node.Obj obj) {
      JsonPath here = path == null ? JsonPath.at("") : path;
      for (Node.Member m : obj.members()) {
        strings(m.value(), here.child(m.name()), file, root);
      }
    } else if (node instanceof Node.Arr arr) {
      JsonPath here = path == null ? JsonPath.at("") : path;
      for (int i = 0; i < arr.elements().size(); i++) {
        strings(arr.elements().get(i), here.child(i), file, root);
      }
    }
  }

  // ---------------------------------------------------------------- review

  private void review(Manifest m, Node mroot) {
    m.defaultReview().ifPresent(r -> reviewRules(r, BundleFiles.MANIFEST, mroot, "/defaultReview", "defaultReview"));
    for (Entry e : entries) {
      if (e.node() instanceof Node.Obj obj && obj.get("review") != null) {
        reviewRules(e.item().review(), e.file(), e.root(), e.pointer() + "/review", "item '" + e.item().id() + "'");
      }
    }
  }

  private void reviewRules(Review r, String file, Node root, String pointer, String what) {
    if (r.isOverdue(today)) {
      located(ProblemCode.REVIEW_OVERDUE, what + " was due for review on " + r.nextReview().orElseThrow()
          + "; today is " + today, file, root, pointer + "/nextReview");
    }
    if (r.status().isClinicallyReviewed() && r.lastReviewed().isEmpty()) {
      located(ProblemCode.REVIEW_UNDATED, what + " claims a clinical review but gives no lastReviewed date",
          file, root, pointer + "/status");
    }
  }

  // ---------------------------------------------------------------- reporting

  private void located(ProblemCode code, String message, Entry e, String suffix) {
    located(code, message, e.file(), e.root(), e.pointer() + suffix);
  }

  private void located(ProblemCode code, String message, String file, Node root, String pointer) {
    Pointers.Found found = Pointers.resolve(root, pointer);
    problems.add(code, message, file, found.pointer(), found.node());
  }

  private Result finish(Optional<BundleInfo> info, Optional<Manifest> manifest, Optional<Node> manifestRoot) {
    List<Problem> list = problems.toList();
    if (strict) {
      list = list.stream().map(p -> p.withSeverity(Severity.ERROR)).toList();
    }
    ValidationReport report = new ValidationReport(files.describe(), info, list);
    Optional<Catalogue> catalogue = Optional.empty();
    if (report.isValid() && info.isPresent()) {
      List<Item> items = new ArrayList<>(entries.size());
      Map<String, Catalogue.Origin> origins = new LinkedHashMap<>();
      for (Entry e : entries) {
        items.add(e.item());
        origins.put(e.item().id().value(), new Catalogue.Origin(e.file(), e.pointer(), e.node().line(),
            e.node().column()));
      }
      catalogue = Optional.of(new Catalogue(items, origins));
    }
    return new Result(report, info, catalogue);
  }

  /** Hibernate Validator, built once: Expression Language off, bundle text never a template. */
  private static final class ValidatorHolder {
    private static final java.util.concurrent.atomic.AtomicBoolean PREPARING =
        new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * Starts building the validator and the metadata of every record it will see on a daemon
     * thread, so that this start-up work overlaps with reading and parsing the bundle's files.
     * Class initialisation is thread-safe: a stage that needs the validator earlier just waits.
     */
    static void prepareInBackground() {
      if (PREPARING.compareAndSet(false, true)) {
        Thread t = new Thread(() -> {
          VALIDATOR.getConstraintsForClass(Manifest.class);
          for (Kind k : Kind.values()) {
            VALIDATOR.getConstraintsForClass(k.type());
          }
        }, "epidural-validator-setup");
        t.setDaemon(true);
        t.start();
      }
    }

    /**
     * Hibernate Validator logs its version at INFO through JBoss Logging, which falls back to
     * java.util.logging and so to stderr; a library must not print. Held strongly so the level sticks.
     */
    static final java.util.logging.Logger QUIET = quiet();
    static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class)
        .configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory()
        .getValidator();

    private static java.util.logging.Logger quiet() {
      java.util.logging.Logger logger = java.util.logging.Logger.getLogger("org.hibernate.validator.internal.util.Version");
      logger.setLevel(java.util.logging.Level.WARNING);
      return logger;
    }
  }
}
