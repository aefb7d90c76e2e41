package dev.epidural.content;

import dev.epidural.content.internal.bind.Translations;
import dev.epidural.content.internal.catalogue.Catalogue;
import dev.epidural.content.internal.catalogue.ContentIndex;
import dev.epidural.content.internal.catalogue.Criteria;
import dev.epidural.model.Audience;
import dev.epidural.model.Citation;
import dev.epidural.model.Item;
import dev.epidural.model.Procedure;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Validated epidural procedure content: the one way into {@code epidural-content}. Immutable and
 * thread-safe; every item in it has passed every check, and every index the queries use is built
 * once, when the content loads.
 *
 * <p>Queries start here and read as sentences; each step returns a new immutable query and a
 * terminal call runs it. Lookups by id return {@link Optional}, and navigation follows references
 * to items, never leaving raw ids to resolve. Every item cites its sources ({@link #sourcesOf}) and
 * carries its review. Searches find what the content says; they never recommend.
 *
 * <pre>{@code
 * EpiduralContent content = EpiduralContent.builtIn();
 * List<Procedure> lumbar = content.procedures().inRegion(SpinalRegion.LUMBAR).via(Approach.TRANSFORAMINAL).list();
 * Optional<ProcedureView> view = content.procedure("lumbar-transforaminal-esi");
 * Set<Approach> cervical = content.approaches().inRegion(SpinalRegion.CERVICAL).approaches();
 * List<SearchHit<FaqEntry>> driving = content.faq().search("drive");
 * LocalizedContent patient = content.in(Locale.forLanguageTag("es-MX")).forAudience(Audience.PATIENT);
 *
 * ValidationReport report = EpiduralContent.validate(Path.of("my-bundle"));
 * }</pre>
 */
public final class EpiduralContent {

  /** Where the built-in bundle lives inside this module. */
  static final String BUILT_IN_LOCATION = "dev/epidural/content/builtin";

  private final BundleInfo info;
  private final Catalogue catalogue;
  private final ValidationReport report;
  private final List<Loader.Layer> sourceLayers;
  private final ContentIndex index;
  /** Views built on first request: most programs ask for a few procedures, if any. */
  private final Map<String, ProcedureView> views = new java.util.concurrent.ConcurrentHashMap<>();
  /** Computed on first request: counting every text of every item is wasted on a program that never asks. */
  private volatile Map<Locale, TranslationCoverage> coverage;
  private final Set<Locale> locales;

  EpiduralContent(BundleInfo info, Catalogue catalogue, ValidationReport report) {
    this(info, catalogue, report, List.of());
  }

  /**
   * Content read from {@code sourceLayers}, base first, which {@link Loader#base} reads again to lay
   * overlays over it. Builds every index the queries use.
   */
  EpiduralContent(BundleInfo info, Catalogue catalogue, ValidationReport report, List<Loader.Layer> sourceLayers) {
    this.info = info;
    this.catalogue = catalogue;
    this.report = report;
    this.sourceLayers = List.copyOf(sourceLayers);
    this.index = new ContentIndex(catalogue, info.sources());
    Translations translations = catalogue.translations();
    Set<Locale> all = new LinkedHashSet<>();
    all.add(info.locale());
    all.addAll(translations.locales());
    this.locales = Collections.unmodifiableSet(all);
  }

  /**
   * A loader to configure and run.
   *
   * <pre>{@code
   * EpiduralContent content = EpiduralContent.loader().from(Path.of("bundle")).load();
   * }</pre>
   *
   * @return a loader with no bundle chosen yet
   */
  public static Loader loader() {
    return Loader.unconfigured();
  }

  /**
   * The bundle shipped with this library: sourced content covering the epidural space, regions,
   * approaches, medications, procedures and patient questions. Loaded once, on first use,
   * thread-safe. Its {@link #report()} names any review that has fallen due.
   *
   * @return the built-in content
   * @throws BundleValidationException if the shipped bundle was altered and no longer validates; on
   *     every call, with the same report
   */
  public static EpiduralContent builtIn() {
    return BuiltIn.shipped().content();
  }

  /**
   * Validates the bundle at {@code path} and returns every problem, without throwing for bad
   * content.
   *
   * @param path a bundle folder, zip or manifest file
   * @return the report
   * @throws NullPointerException if {@code path} is null
   */
  public static ValidationReport validate(Path path) {
    return loader().from(Objects.requireNonNull(path, "path")).validate();
  }

  /**
   * What the bundle's manifest says about it.
   *
   * @return the bundle information
   */
  public BundleInfo bundle() {
    return info;
  }

  /**
   * The report of the load: empty of errors, possibly with warnings.
   *
   * @return the report
   */
  public ValidationReport report() {
    return report;
  }

  /**
   * Every item, in bundle order.
   *
   * @return an immutable list
   */
  public List<Item> items() {
    return catalogue.items();
  }

  /**
   * Every item of one kind, in bundle order.
   *
   * @param type the item record, such as {@code Procedure.class}, or {@code Item.class} for every
   *     item (as {@link #items()})
   * @param <T> the item type
   * @return an immutable list, empty if the bundle has none
   * @throws NullPointerException if {@code type} is null
   */
  @SuppressWarnings("unchecked")
  public <T extends Item> List<T> all(Class<T> type) {
    Objects.requireNonNull(type, "type");
    if (type == Item.class) {
      return (List<T>) catalogue.items();
    }
    return catalogue.all(type);
  }

  /**
   * The item with this id, of any kind.
   *
   * @param id the id
   * @return the item, or empty
   */
  public Optional<Item> item(String id) {
    return catalogue.byId(Objects.requireNonNull(id, "id"));
  }

  /**
   * The item of this kind with this id.
   *
   * @param type the item record
   * @param id the id
   * @param <T> the item type
   * @return the item, or empty if there is none of that kind
   */
  public <T extends Item> Optional<T> item(Class<T> type, String id) {
    return catalogue.byId(Objects.requireNonNull(type, "type"), Objects.requireNonNull(id, "id"));
  }

  /**
   * The bundles this content was read from, base first: one for a plain bundle, the base's and
   * each overlay's for content loaded with overlays. Their sources are all in
   * {@link #bundle()}{@code .sources()}.
   *
   * <pre>{@code
   * clinic.layers().forEach(b -> System.out.println(b.id() + " " + b.version()));
   * }</pre>
   *
   * @return the bundles' descriptions, as an immutable list
   */
  public List<BundleInfo> layers() {
    return catalogue.layers().isEmpty() ? List.of(info) : catalogue.layers();
  }

  /**
   * The approval that makes this item clinically reviewed: the latest sign-off that approved the
   * item and whose fingerprint still matches its content. Empty when the item is not clinically
   * reviewed, whatever its bundle file says; the built-in bundle has none.
   *
   * <pre>{@code
   * content.approval(item).ifPresent(s -> System.out.println("reviewed by " + s.reviewer() + " on " + s.date()));
   * }</pre>
   *
   * @param item an item of this content
   * @return the backing sign-off, or empty
   * @throws NullPointerException if {@code item} is null
   */
  public Optional<dev.epidural.model.SignOff> approval(Item item) {
    return catalogue.approval(Objects.requireNonNull(item, "item").id().value());
  }

  /**
   * The review fingerprint of an item as it stands now: what a sign-off records to approve it.
   * See {@code docs/bundle-format.md} for the canonical form it hashes.
   *
   * @param item an item of this content
   * @return {@code sha256:} and 64 lowercase hex digits
   * @throws NullPointerException if {@code item} is null
   */
  public String reviewFingerprint(Item item) {
    return dev.epidural.content.internal.check.ReviewFingerprint.of(Objects.requireNonNull(item, "item"), info.locale(),
        catalogue.translations().entries());
  }

  // ---------------------------------------------------------------- queries

  /**
   * A query over every procedure.
   *
   * <pre>{@code
   * List<Procedure> procedures = content.procedures()
   *     .inRegion(SpinalRegion.LUMBAR).via(Approach.TRANSFORAMINAL).forIntent(Intent.THERAPEUTIC).list();
   * }</pre>
   *
   * @return a query with no filter yet
   */
  public ProcedureQuery procedures() {
    return new ProcedureQuery(this, Criteria.none());
  }

  /**
   * A query over every medication.
   *
   * <pre>{@code
   * List<Medication> anesthetics = content.medications().inClass(MedicationClass.LOCAL_ANESTHETIC).list();
   * }</pre>
   *
   * @return a query with no filter yet
   */
  public MedicationQuery medications() {
    return new MedicationQuery(this, Criteria.none());
  }

  /**
   * A query over every contraindication, searchable by factor keyword and by text.
   *
   * <pre>{@code
   * List<Contraindication> found = content.contraindications().listingFactor("anticoagulant-use").list();
   * }</pre>
   *
   * @return a query with no filter yet
   */
  public ContraindicationQuery contraindications() {
    return new ContraindicationQuery(this, Criteria.none());
  }

  /**
   * A query over every indication.
   *
   * <pre>{@code
   * List<Indication> therapeutic = content.indications().forIntent(Intent.THERAPEUTIC).list();
   * }</pre>
   *
   * @return a query with no filter yet
   */
  public IndicationQuery indications() {
    return new IndicationQuery(this, Criteria.none());
  }

  /**
   * A query over every complication and risk.
   *
   * <pre>{@code
   * long risks = content.complications().count();
   * }</pre>
   *
   * @return a query with no filter yet
   */
  public ComplicationQuery complications() {
    return new ComplicationQuery(this, Criteria.none());
  }

  /**
   * A query over every alternative to an epidural procedure.
   *
   * <pre>{@code
   * List<Alternative> alternatives = content.alternatives().list();
   * }</pre>
   *
   * @return a query with no filter yet
   */
  public AlternativeQuery alternatives() {
    return new AlternativeQuery(this, Criteria.none());
  }

  /**
   * A query over every frequently asked question, with plain-text search.
   *
   * <pre>{@code
   * List<SearchHit<FaqEntry>> hits = content.faq().search("drive");
   * }</pre>
   *
   * @return a query with no filter yet
   */
  public FaqQuery faq() {
    return new FaqQuery(this, Criteria.none());
  }

  /**
   * A query over the approach facts: which approach the sources say is used in which region.
   *
   * <pre>{@code
   * Set<Approach> cervical = content.approaches().inRegion(SpinalRegion.CERVICAL).approaches();
   * }</pre>
   *
   * @return a query with no filter yet
   */
  public ApproachQuery approaches() {
    return new ApproachQuery(this, Criteria.none());
  }

  /**
   * The procedure with this id, with its references followed.
   *
   * <pre>{@code
   * content.procedure("lumbar-transforaminal-esi")
   *     .ifPresent(view -> view.steps().forEach(step -> System.out.println(step.name())));
   * }</pre>
   *
   * @param id the procedure's id
   * @return the view, or empty if the content has no procedure with this id
   * @throws NullPointerException if {@code id} is null
   */
  public Optional<ProcedureView> procedure(String id) {
    return catalogue.byId(Procedure.class, Objects.requireNonNull(id, "id")).map(this::view);
  }

  /**
   * The sources an item cites, resolved to the documents, each with its locator.
   *
   * <pre>{@code
   * content.sourcesOf(procedure).forEach(cited -> System.out.println(cited.source().title()));
   * }</pre>
   *
   * @param item an item of this content (or any item citing only its sources)
   * @return the cited sources in the item's order, as an immutable list
   * @throws NullPointerException if {@code item} is null
   * @throws IllegalArgumentException if the item cites a source this content does not have
   */
  public List<CitedSource> sourcesOf(Item item) {
    Objects.requireNonNull(item, "item");
    return item.sources().stream().map(c -> cited(item, c)).toList();
  }

  private CitedSource cited(Item item, Citation citation) {
    return new CitedSource(index.source(citation.source().value()).orElseThrow(() -> new IllegalArgumentException(
        "item '" + item.id() + "' cites source '" + citation.source() + "', which this content does not have")),
        citation.locator());
  }

  // ---------------------------------------------------------------- localisation

  /**
   * The texts of this content in {@code locale}, falling back to more general forms of it and then
   * to the bundle's own locale; each text says which locale served it.
   *
   * <pre>{@code
   * LocalizedContent spanish = content.in(Locale.forLanguageTag("es-MX"));
   * LocalizedText name = spanish.name(procedure); // es-MX, es, or the bundle's locale
   * }</pre>
   *
   * @param locale the locale wanted
   * @return a view with the general texts
   * @throws NullPointerException if {@code locale} is null
   */
  public LocalizedContent in(Locale locale) {
    return new LocalizedContent(this, Objects.requireNonNull(locale, "locale"), Optional.empty());
  }

  /**
   * The texts of this content, in the bundle's own locale, for {@code audience}: its variant of each
   * text where there is one, the general text otherwise.
   *
   * <pre>{@code
   * LocalizedText summary = content.forAudience(Audience.PATIENT).text(procedure, "summary").orElseThrow();
   * }</pre>
   *
   * @param audience who will read the texts
   * @return a view for that audience
   * @throws NullPointerException if {@code audience} is null
   */
  public LocalizedContent forAudience(Audience audience) {
    return in(info.locale()).forAudience(audience);
  }

  /**
   * The locales this content has texts in: the bundle's own first, then those of its translations,
   * ordered by language tag.
   *
   * <pre>{@code
   * content.locales().forEach(locale -> System.out.println(locale.getDisplayName(locale)));
   * }</pre>
   *
   * @return the locales, as an immutable set
   */
  public Set<Locale> locales() {
    return locales;
  }

  /**
   * How much of the content each translated locale covers: texts translated, stale and in total.
   *
   * <pre>{@code
   * content.translationCoverage().forEach((locale, c) ->
   *     System.out.println(locale.toLanguageTag() + ": " + c.translated() + "/" + c.total()));
   * }</pre>
   *
   * @return per translated locale, ordered by language tag, its coverage, as an immutable map
   */
  public Map<Locale, TranslationCoverage> translationCoverage() {
    Map<Locale, TranslationCoverage> result = coverage;
    if (result == null) {
      // Racing threads compute the same immutable map; either may be kept.
      Map<Locale, TranslationCoverage> covered = new LinkedHashMap<>();
      catalogue.translations().coverage(catalogue.items()).forEach((locale, c) ->
          covered.put(locale, new TranslationCoverage(locale, c.translated(), c.stale(), c.total())));
      result = Collections.unmodifiableMap(covered);
      coverage = result;
    }
    return result;
  }

  // ---------------------------------------------------------------- package-private

  /** The catalogue behind this content, for the query API. */
  Catalogue catalogue() {
    return catalogue;
  }

  /** The indexes for the query API; the search texts in them are built on first use. */
  ContentIndex index() {
    return index;
  }

  /** The view of a procedure of this content. */
  @SuppressWarnings("ReferenceEquality") // identity on purpose: only this content's own instance is cached
  ProcedureView view(Procedure procedure) {
    String id = procedure.id().value();
    if (catalogue.byId(Procedure.class, id).orElse(null) != procedure) {
      return new ProcedureView(procedure, this);
    }
    return views.computeIfAbsent(id, k -> new ProcedureView(procedure, this));
  }

  /** The bundles this content was read from, base first, to read again under an overlay. */
  List<Loader.Layer> sourceLayers() {
    return sourceLayers;
  }

  @Override
  public String toString() {
    return "EpiduralContent[" + info.id() + " " + info.version() + ", " + catalogue.items().size() + " items]";
  }
}
