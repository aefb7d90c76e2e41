package dev.epidural.content.export;

import dev.epidural.content.ProcedureMedication;
import dev.epidural.content.ProcedureView;
import dev.epidural.content.internal.meta.ItemVisitor;
import dev.epidural.content.internal.meta.Kind;
import dev.epidural.model.AftercareInstruction;
import dev.epidural.model.Alternative;
import dev.epidural.model.AnatomyFact;
import dev.epidural.model.ApproachInfo;
import dev.epidural.model.Complication;
import dev.epidural.model.Consideration;
import dev.epidural.model.ConsiderationKind;
import dev.epidural.model.Contraindication;
import dev.epidural.model.EpidurographyFinding;
import dev.epidural.model.FaqEntry;
import dev.epidural.model.GuidanceInfo;
import dev.epidural.model.Indication;
import dev.epidural.model.IntentInfo;
import dev.epidural.model.Item;
import dev.epidural.model.LongevityFactor;
import dev.epidural.model.Medication;
import dev.epidural.model.PreparationInstruction;
import dev.epidural.model.Procedure;
import dev.epidural.model.ProcedureStep;
import dev.epidural.model.Purpose;
import dev.epidural.model.RegionInfo;
import dev.epidural.model.ReviewStatus;
import dev.epidural.model.Source;
import dev.epidural.model.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Exports content as HTML fragments: one item, a procedure overview page, the patient FAQ page, a
 * list of procedures, sources and the review notice; and {@link #document} puts fragments into a
 * complete page with its JSON-LD. Every text is escaped for its context and only {@code http} and
 * {@code https} source URLs become links, so no markup in content can reach the page. Every page
 * says how far its content was checked, in the words of the {@link Label} review notices. Immutable
 * and thread-safe.
 *
 * <pre>{@code
 * ExportContent content = ExportContent.from(EpiduralContent.builtIn());
 * ExportOptions options = ExportOptions.of(Audience.PATIENT);
 * HtmlExporter html = HtmlExporter.of(content, options);
 * JsonLdExporter ld = JsonLdExporter.of(content, options);
 * String page = html.document(name, ld.procedurePage(procedure), html.procedureOverview(procedure));
 * }</pre>
 */
public final class HtmlExporter {

  /** The inline style sheet of {@link #document}: readable type, one column, no external resources. */
  static final String STYLE = String.join("",
      "body{margin:0;background:#f3f4f6;color:#1f2328;",
      "font:17px/1.55 system-ui,-apple-system,\"Segoe UI\",Roboto,\"Helvetica Neue\",Arial,sans-serif}",
      "main{box-sizing:border-box;max-width:46rem;margin:0 auto;padding:1.5rem 1.25rem 3rem;background:#fff;",
      "min-height:100vh}",
      "h1{font-size:1.9rem;line-height:1.2;margin:.75rem 0 1rem}",
      "h2{font-size:1.25rem;margin:2rem 0 .5rem;padding-bottom:.25rem;border-bottom:1px solid #d0d7de}",
      "a{color:#0b57d0}",
      ".summary{font-size:1.1rem}",
      "dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:1rem 0}",
      "dl.facts dt{font-weight:600}dl.facts dd{margin:0}",
      "ol.steps li,ul.list li{margin-bottom:.5rem}",
      ".faq-entry h2{border:0;margin-bottom:.25rem}",
      ".cites{font-size:.85rem;color:#57606a;margin-top:.25rem}",
      ".sources{font-size:.92rem}.sources .locators{color:#57606a}",
      ".review{margin:2rem 0 0;padding:.75rem 1rem;border-left:4px solid #bf8700;background:#fff8c5}",
      ".review-clinically-reviewed{border-color:#1a7f37;background:#dafbe1}",
      ".review-draft{border-color:#cf222e;background:#ffebe9}",
      // Links at least 24 px high with room between them, so a finger finds each one (WCAG 2.5.8).
      "header nav,footer{font-size:.95rem}header nav{display:flex;flex-wrap:wrap;gap:0 1.25rem}",
      "header nav a{display:inline-block;padding:.5rem 0}.cites a{display:inline-block;min-width:24px;",
      "text-align:center}",
      "header{padding-bottom:.5rem;border-bottom:1px solid #d0d7de}",
      "footer{margin-top:2.5rem;color:#57606a}");

  private final ExportContent content;
  private final ExportOptions options;
  /** The sources a patient page may list: documents, not terminology tables. */
  private final java.util.Set<dev.epidural.model.Id<Source>> documents;

  private HtmlExporter(ExportContent content, ExportOptions options) {
    this.content = content;
    this.options = options;
    this.documents = content.documentSources();
  }

  /**
   * An exporter of {@code content} rendered with {@code options}.
   *
   * <pre>{@code
   * HtmlExporter html = HtmlExporter.of(content, ExportOptions.of(Audience.PATIENT));
   * }</pre>
   *
   * @param content what to export
   * @param options how to render it
   * @return the exporter
   * @throws NullPointerException if an argument is null
   */
  public static HtmlExporter of(ExportContent content, ExportOptions options) {
    return new HtmlExporter(Objects.requireNonNull(content, "content"), Objects.requireNonNull(options, "options"));
  }

  /**
   * A procedure overview: its name as the {@code h1}, summary, regions, approaches and guidance,
   * the steps in order, preparation, medications, indications, contraindications, complications,
   * aftercare, the sources of everything shown, and the review notice.
   *
   * @param procedure a procedure of the content
   * @return the fragment, an {@code <article class="epidural-procedure">}
   * @throws IllegalArgumentException if {@code procedure} is not part of the content
   */
  public HtmlFragment procedureOverview(Procedure procedure) {
    ProcedureView view = content.view(procedure);
    List<Item> shown = PageFacts.shown(content, view);
    List<PageFacts.CitedSource> cited = cited(shown);
    List<HtmlFragment> parts = new ArrayList<>();
    parts.add(element("h1", text(procedure.name())));
    parts.add(paragraphs("summary", options.resolve(procedure.summary())));
    List<HtmlFragment> facts = new ArrayList<>();
    fact(facts, Label.REGIONS, PageFacts.regionNames(content, procedure, options));
    fact(facts, Label.APPROACHES, PageFacts.approachNames(view, options));
    fact(facts, Label.GUIDANCE, PageFacts.guidanceNames(content, procedure, options));
    if (!facts.isEmpty()) {
      parts.add(HtmlFragment.element("dl", "facts", facts.toArray(HtmlFragment[]::new)));
    }
    section(parts, "steps", Label.STEPS, "ol", view.steps().stream()
        .map(s -> named(s.name(), Optional.of(s.description()))).toList());
    section(parts, "preparation", Label.PREPARATION, "ul", view.preparation().stream()
        .map(p -> inline(options.resolve(p.text()))).toList());
    section(parts, "medications", Label.MEDICATIONS, "ul", view.medications().stream()
        .map(this::medicationUse).toList());
    section(parts, "indications", Label.INDICATIONS, "ul", view.indications().stream()
        .map(i -> named(i.name(), i.note())).toList());
    section(parts, "contraindications", Label.CONTRAINDICATIONS, "ul", view.contraindications().stream()
        .map(c -> named(c.name(), c.note())).toList());
    section(parts, "complications", Label.COMPLICATIONS, "ul", view.complications().stream()
        .map(c -> named(c.name(), c.description())).toList());
    section(parts, "aftercare", Label.AFTERCARE, "ul", view.aftercare().stream()
        .map(a -> inline(options.resolve(a.text()))).toList());
    parts.add(sourcesSection(cited));
    parts.add(reviewNotice(shown));
    return HtmlFragment.trusted("<article class=\"epidural-procedure\" id=\""
        + Escape.html(procedure.id().value()) + "\">" + HtmlFragment.concat(parts).html() + "</article>");
  }

  /**
   * The patient FAQ page of every FAQ entry of the content.
   *
   * @return the fragment, a {@code <section class="epidural-faq">}
   */
  public HtmlFragment faqPage() {
    return faqPage(content.all(FaqEntry.class));
  }

  /**
   * A FAQ page of these entries: a heading, each question as an {@code h2} with its answer and the
   * numbers of the sources it cites, the sources, and the review notice.
   *
   * @param entries FAQ entries of the content, in the order to show
   * @return the fragment, a {@code <section class="epidural-faq">}
   * @throws IllegalArgumentException if an entry is not part of the content
   */
  public HtmlFragment faqPage(List<FaqEntry> entries) {
    entries.forEach(content::own);
    List<PageFacts.CitedSource> cited = cited(entries);
    List<HtmlFragment> parts = new ArrayList<>();
    parts.add(element("h1", HtmlFragment.text(options.label(Label.FAQ))));
    for (FaqEntry entry : entries) {
      parts.add(HtmlFragment.trusted("<div class=\"faq-entry\" id=\"" + Escape.html(entry.id().value()) + "\">"
          + element("h2", text(entry.question())).html()
          + paragraphs("answer", options.resolve(entry.answer())).html()
          + cites(entry, cited).html() + "</div>"));
    }
    parts.add(sourcesSection(cited));
    parts.add(reviewNotice(entries));
    return HtmlFragment.trusted("<section class=\"epidural-faq\">" + HtmlFragment.concat(parts).html()
        + "</section>");
  }

  /**
   * One item as an {@code <article>}: its name or question as an {@code h2}, its texts, its sources
   * and its review notice. A procedure gives its {@link #procedureOverview(Procedure) overview}.
   *
   * @param item an item of the content
   * @return the fragment
   * @throws IllegalArgumentException if {@code item} is not part of the content
   */
  public HtmlFragment item(Item item) {
    content.own(item);
    if (item instanceof Procedure procedure) {
      return procedureOverview(procedure);
    }
    List<PageFacts.CitedSource> cited = cited(List.of(item));
    List<HtmlFragment> parts = new ArrayList<>(body(item));
    parts.add(sourcesSection(cited));
    parts.add(reviewNotice(List.of(item)));
    return HtmlFragment.trusted("<article class=\"epidural-item epidural-" + JsonExporter.typeOf(item)
        .toLowerCase(java.util.Locale.ROOT) + "\" id=\"" + Escape.html(item.id().value()) + "\">"
        + HtmlFragment.concat(parts).html() + "</article>");
  }

  /**
   * A list of procedures, each its name linked with {@code href} (a relative path or an
   * {@code http}/{@code https} URL; anything else is shown unlinked) and its summary.
   *
   * <pre>{@code
   * HtmlFragment list = html.procedureList(procedures, p -> "procedure-" + p.id().value() + ".html");
   * }</pre>
   *
   * @param procedures procedures of the content
   * @param href the link of each procedure's page
   * @return the fragment, a {@code <ul class="procedures">}
   * @throws IllegalArgumentException if a procedure is not part of the content
   */
  public HtmlFragment procedureList(List<Procedure> procedures, Function<Procedure, String> href) {
    Objects.requireNonNull(href, "href");
    List<HtmlFragment> items = new ArrayList<>();
    for (Procedure procedure : procedures) {
      content.own(procedure);
      items.add(element("li", HtmlFragment.concat(
          element("strong", HtmlFragment.link(Objects.requireNonNull(href.apply(procedure), "href"),
              text(procedure.name()))),
          paragraphs("summary", options.resolve(procedure.summary())))));
    }
    return HtmlFragment.trusted("<ul class=\"procedures\">" + HtmlFragment.concat(items).html() + "</ul>");
  }

  /**
   * The sources {@code items} cite, as a numbered list: each title linked when the source has an
   * {@code http}/{@code https} URL or a DOI, its publisher and date, and (for clinicians) the places
   * cited. A patient list leaves out the locators and the sources that only back terminology codes
   * (see {@code docs/exports.md}).
   *
   * @param items items of the content
   * @return the fragment, a {@code <section class="sources">}, or empty when none cites a source
   */
  public HtmlFragment sources(List<? extends Item> items) {
    items.forEach(content::own);
    return sourcesSection(cited(items));
  }

  /**
   * The sources a page of {@code items} lists: for patients the documents behind the texts, as a
   * reader expects a citation (no locators, no terminology tables); for clinicians every source,
   * with the places cited.
   */
  private List<PageFacts.CitedSource> cited(List<? extends Item> items) {
    return options.audience() == dev.epidural.model.Audience.PATIENT
        ? PageFacts.citedDocuments(content, items, documents)
        : PageFacts.citedSources(content, items);
  }

  /**
   * What a reader may trust about {@code items} together: "written from the cited sources and
   * checked against them; not clinically reviewed" for status {@code sourced}, "clinically
   * reviewed" or "draft", whichever is the weakest among them, and the date of the oldest check when
   * every item has one (never for a draft).
   *
   * @param items items of the content
   * @return the fragment, a {@code <p class="review review-STATUS">}, or empty for no items
   */
  public HtmlFragment reviewNotice(List<? extends Item> items) {
    items.forEach(content::own);
    Optional<PageFacts.PageReview> review = PageFacts.review(items);
    if (review.isEmpty()) {
      return HtmlFragment.empty();
    }
    ReviewStatus status = review.get().status();
    StringBuilder out = new StringBuilder("<p class=\"review review-").append(status.code()).append("\">")
        .append(Escape.html(options.label(noticeLabel(status, options.audience()))));
    if (review.get().lastReviewed().isPresent()) {
      String date = review.get().lastReviewed().get().toString();
      Label when = status == ReviewStatus.CLINICALLY_REVIEWED ? Label.LAST_REVIEWED : Label.LAST_CHECKED;
      out.append(' ').append(Escape.html(options.label(when))).append(" <time datetime=\"").append(date)
          .append("\">").append(date).append("</time>.");
    }
    PageFacts.approval(content, items).ifPresent(a -> out.append(' ').append(Escape.html(options.label(
        Label.REVIEWED_BY))).append(' ').append(Escape.html(PageFacts.reviewers(a))).append(' ')
        .append(Escape.html(options.label(Label.REVIEWED_ON))).append(" <time datetime=\"").append(a.date())
        .append("\">").append(a.date()).append("</time>."));
    return HtmlFragment.trusted(out.append("</p>").toString());
  }

  /**
   * The words of the review notice: plain words on a patient page, the precise status for clinicians.
   * Never claims more checking than {@code status} records.
   */
  static Label noticeLabel(ReviewStatus status, dev.epidural.model.Audience audience) {
    boolean patient = audience == dev.epidural.model.Audience.PATIENT;
    return switch (status) {
      case DRAFT -> patient ? Label.REVIEW_DRAFT_PATIENT : Label.REVIEW_DRAFT;
      case SOURCED -> patient ? Label.REVIEW_SOURCED_PATIENT : Label.REVIEW_SOURCED;
      case CLINICALLY_REVIEWED -> Label.REVIEW_CLINICAL;
    };
  }

  /**
   * A complete HTML page: doctype, {@code lang}, character set, viewport, the escaped
   * {@code title}, an inline style sheet, the JSON-LD block, and {@code body} inside
   * {@code <main>}. No script, no external resource.
   *
   * <pre>{@code
   * String page = html.document("Questions", ld.faqPage(), html.faqPage());
   * Files.writeString(Path.of("faq.html"), page);
   * }</pre>
   *
   * @param title the page title
   * @param jsonLd the page's structured data
   * @param body the page content
   * @return the HTML document
   * @throws NullPointerException if an argument is null
   */
  public String document(String title, JsonLd jsonLd, HtmlFragment... body) {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(jsonLd, "jsonLd");
    return "<!DOCTYPE html>\n"
        + "<html lang=\"" + Escape.html(options.languageTag(content.bundle().locale())) + "\">\n"
        + "<head>\n"
        + "<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>" + Escape.html(title) + "</title>\n"
        + "<style>" + STYLE + "</style>\n"
        + jsonLd.scriptElement().html() + "\n"
        + "</head>\n"
        + "<body>\n<main>\n" + HtmlFragment.concat(body).html() + "\n</main>\n</body>\n</html>\n";
  }

  private List<HtmlFragment> body(Item item) {
    List<HtmlFragment> parts = new ArrayList<>();
    Kind.visit(item, new ItemVisitor<Void>() {
      @Override
      public Void anatomy(AnatomyFact a) {
        parts.add(element("h2", text(a.title())));
        parts.add(paragraphs("text", options.resolve(a.text())));
        if (!a.items().isEmpty()) {
          parts.add(list("ul", a.items().stream().map(t -> inline(options.resolve(t))).toList()));
        }
        return null;
      }

      @Override
      public Void region(RegionInfo r) {
        titled(parts, r.name(), r.use());
        return null;
      }

      @Override
      public Void approach(ApproachInfo a) {
        titled(parts, a.name(), a.description());
        return null;
      }

      @Override
      public Void intent(IntentInfo i) {
        titled(parts, i.name(), i.description());
        return null;
      }

      @Override
      public Void purpose(Purpose p) {
        titled(parts, p.name(), p.description());
        return null;
      }

      @Override
      public Void guidance(GuidanceInfo g) {
        titled(parts, g.name(), g.description());
        return null;
      }

      @Override
      public Void medication(Medication m) {
        titled(parts, m.name(), m.action());
        List<HtmlFragment> facts = new ArrayList<>();
        m.onset().ifPresent(t -> fact(facts, Label.ONSET, List.of(options.resolve(t))));
        m.duration().ifPresent(t -> fact(facts, Label.DURATION, List.of(options.resolve(t))));
        m.reversibility().ifPresent(t -> fact(facts, Label.REVERSIBILITY, List.of(options.resolve(t))));
        if (!facts.isEmpty()) {
          parts.add(HtmlFragment.element("dl", "facts", facts.toArray(HtmlFragment[]::new)));
        }
        return null;
      }

      @Override
      public Void indication(Indication i) {
        titled(parts, i.name(), i.note());
        return null;
      }

      @Override
      public Void contraindication(Contraindication c) {
        titled(parts, c.name(), c.note());
        return null;
      }

      @Override
      public Void step(ProcedureStep s) {
        titled(parts, s.name(), s.description());
        return null;
      }

      @Override
      public Void preparation(PreparationInstruction p) {
        // An article needs a heading; an instruction has no title of its own, so its section's label is it.
        parts.add(element("h2", HtmlFragment.text(options.label(Label.PREPARATION))));
        parts.add(paragraphs("text", options.resolve(p.text())));
        return null;
      }

      @Override
      public Void epidurography(EpidurographyFinding e) {
        titled(parts, e.name(), e.meaning());
        return null;
      }

      @Override
      public Void complication(Complication c) {
        titled(parts, c.name(), c.description());
        return null;
      }

      @Override
      public Void aftercare(AftercareInstruction a) {
        parts.add(element("h2", HtmlFragment.text(options.label(Label.AFTERCARE))));
        parts.add(paragraphs("text", options.resolve(a.text())));
        return null;
      }

      @Override
      public Void longevityFactor(LongevityFactor l) {
        titled(parts, l.name(), l.description());
        return null;
      }

      @Override
      public Void consideration(Consideration c) {
        parts.add(element("h2", HtmlFragment.text(options.label(
            c.kind() == ConsiderationKind.BENEFIT ? Label.BENEFIT : Label.LIMITATION))));
        parts.add(paragraphs("text", options.resolve(c.text())));
        return null;
      }

      @Override
      public Void alternative(Alternative a) {
        titled(parts, a.name(), a.description());
        return null;
      }

      @Override
      public Void faq(FaqEntry f) {
        titled(parts, f.question(), f.answer());
        return null;
      }

      @Override
      public Void procedure(Procedure unused) {
        throw new IllegalStateException("a procedure renders as its overview, before the per-kind body");
      }
    });
    return parts;
  }

  private void titled(List<HtmlFragment> parts, Text title, Text body) {
    titled(parts, title, Optional.of(body));
  }

  private void titled(List<HtmlFragment> parts, Text title, Optional<Text> body) {
    parts.add(element("h2", text(title)));
    body.ifPresent(b -> parts.add(paragraphs("text", options.resolve(b))));
  }

  private HtmlFragment medicationUse(ProcedureMedication use) {
    Medication medication = use.medication();
    List<HtmlFragment> parts = new ArrayList<>();
    parts.add(element("strong", text(medication.name())));
    parts.add(HtmlFragment.text(": "));
    parts.add(inline(options.resolve(medication.action())));
    use.volume().ifPresent(v -> parts.add(HtmlFragment.text(" (" + Numbers.range(v) + ")")));
    use.note().ifPresent(n -> parts.add(HtmlFragment.concat(HtmlFragment.text(" "), inline(options.resolve(n)))));
    return HtmlFragment.concat(parts);
  }

  private HtmlFragment named(Text name, Optional<Text> detail) {
    HtmlFragment strong = element("strong", text(name));
    if (detail.isEmpty()) {
      return strong;
    }
    return HtmlFragment.concat(strong, HtmlFragment.text(": "), inline(options.resolve(detail.get())));
  }

  private void fact(List<HtmlFragment> facts, Label label, List<String> values) {
    if (values.isEmpty()) {
      return;
    }
    facts.add(element("dt", HtmlFragment.text(options.label(label))));
    facts.add(element("dd", HtmlFragment.text(String.join(", ", values))));
  }

  private void section(List<HtmlFragment> parts, String cssClass, Label heading, String listTag,
                       List<HtmlFragment> items) {
    if (items.isEmpty()) {
      return;
    }
    HtmlFragment list = HtmlFragment.element(listTag, listTag.equals("ol") ? cssClass : "list",
        items.stream().map(i -> element("li", i)).toArray(HtmlFragment[]::new));
    parts.add(HtmlFragment.element("section", cssClass,
        element("h2", HtmlFragment.text(options.label(heading))), list));
  }

  private HtmlFragment sourcesSection(List<PageFacts.CitedSource> cited) {
    if (cited.isEmpty()) {
      return HtmlFragment.empty();
    }
    StringBuilder out = new StringBuilder("<section class=\"sources\">")
        .append(element("h2", HtmlFragment.text(options.label(Label.SOURCES))).html())
        .append("<ol>");
    for (PageFacts.CitedSource entry : cited) {
      Source source = entry.source();
      HtmlFragment title = HtmlFragment.text(source.title());
      HtmlFragment linked = PageFacts.linkOf(source).map(url -> HtmlFragment.link(url, title)).orElse(title);
      out.append("<li id=\"source-").append(Escape.html(source.id().value())).append("\"><cite>")
          .append(linked.html()).append("</cite>. ").append(Escape.html(source.publisher()));
      source.published().ifPresent(d -> out.append(", ").append(d));
      out.append('.');
      if (!entry.locators().isEmpty()) {
        out.append(" <span class=\"locators\">").append(Escape.html(String.join("; ", entry.locators())))
            .append("</span>");
      }
      out.append("</li>");
    }
    return HtmlFragment.trusted(out.append("</ol></section>").toString());
  }

  private HtmlFragment cites(Item item, List<PageFacts.CitedSource> cited) {
    List<Integer> numbers = PageFacts.numbersCitedBy(item, cited);
    if (numbers.isEmpty()) {
      return HtmlFragment.empty();
    }
    StringBuilder out = new StringBuilder("<p class=\"cites\">").append(Escape.html(options.label(Label.CITED)));
    for (int number : numbers) {
      String id = cited.get(number - 1).source().id().value();
      out.append(" <a href=\"#source-").append(Escape.html(id)).append("\">[").append(number).append("]</a>");
    }
    return HtmlFragment.trusted(out.append("</p>").toString());
  }

  private HtmlFragment text(Text text) {
    return HtmlFragment.text(options.resolve(text));
  }

  private static HtmlFragment element(String tag, HtmlFragment... children) {
    return HtmlFragment.element(tag, children);
  }

  private static HtmlFragment list(String tag, List<HtmlFragment> items) {
    return HtmlFragment.element(tag, "list", items.stream().map(i -> element("li", i)).toArray(HtmlFragment[]::new));
  }

  /** A text inside a line of markup: its line breaks become {@code <br>}, blank lines dropped. */
  static HtmlFragment inline(String text) {
    List<String> lines = new ArrayList<>();
    for (List<String> paragraph : Escape.paragraphs(text)) {
      paragraph.forEach(line -> lines.add(Escape.html(line)));
    }
    return HtmlFragment.trusted(String.join("<br>", lines));
  }

  /** A text as paragraphs of one CSS class: blank lines separate them, line breaks become {@code <br>}. */
  static HtmlFragment paragraphs(String cssClass, String text) {
    StringBuilder out = new StringBuilder();
    for (List<String> paragraph : Escape.paragraphs(text)) {
      out.append("<p class=\"").append(Escape.html(cssClass)).append("\">");
      List<String> escaped = paragraph.stream().map(Escape::html).toList();
      out.append(String.join("<br>", escaped)).append("</p>");
    }
    return HtmlFragment.trusted(out.toString());
  }
}
