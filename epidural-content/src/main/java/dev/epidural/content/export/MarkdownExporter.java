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

/**
 * Exports content as Markdown (CommonMark, also read correctly by GitHub-flavoured renderers): one
 * item, a procedure overview page or the patient FAQ page. Every text is escaped, {@code <} and
 * {@code &} included, so no raw HTML, entity, link or emphasis can come from content; only
 * {@code http} and {@code https} source URLs become links. Every page ends with its sources and
 * review notice. Immutable and thread-safe.
 *
 * <pre>{@code
 * MarkdownExporter md = MarkdownExporter.of(ExportContent.from(EpiduralContent.builtIn()),
 *     ExportOptions.of(Audience.PATIENT));
 * String faq = md.faqPage();
 * }</pre>
 */
public final class MarkdownExporter {

  private final ExportContent content;
  private final ExportOptions options;
  /** The sources a patient page may list: documents, not terminology tables. */
  private final java.util.Set<dev.epidural.model.Id<Source>> documents;

  private MarkdownExporter(ExportContent content, ExportOptions options) {
    this.content = content;
    this.options = options;
    this.documents = content.documentSources();
  }

  /** The sources a page of {@code items} lists, as {@link HtmlExporter#sources} chooses them. */
  private List<PageFacts.CitedSource> cited(List<? extends Item> items) {
    return options.audience() == dev.epidural.model.Audience.PATIENT
        ? PageFacts.citedDocuments(content, items, documents)
        : PageFacts.citedSources(content, items);
  }

  /**
   * An exporter of {@code content} rendered with {@code options}.
   *
   * <pre>{@code
   * MarkdownExporter md = MarkdownExporter.of(content, ExportOptions.of(Audience.PATIENT));
   * }</pre>
   *
   * @param content what to export
   * @param options how to render it
   * @return the exporter
   * @throws NullPointerException if an argument is null
   */
  public static MarkdownExporter of(ExportContent content, ExportOptions options) {
    return new MarkdownExporter(Objects.requireNonNull(content, "content"),
        Objects.requireNonNull(options, "options"));
  }

  /**
   * A procedure overview, as {@link HtmlExporter#procedureOverview(Procedure)} shows it: a level-1
   * heading, the summary, the facts, each section as a level-2 heading with a list (the steps
   * numbered, in order), the sources and the review notice.
   *
   * @param procedure a procedure of the content
   * @return the Markdown, ending with a line break
   * @throws IllegalArgumentException if {@code procedure} is not part of the content
   */
  public String procedureOverview(Procedure procedure) {
    ProcedureView view = content.view(procedure);
    List<Item> shown = PageFacts.shown(content, view);
    List<String> blocks = new ArrayList<>();
    blocks.add("# " + inline(procedure.name()));
    blocks.add(Escape.markdownBlock(options.resolve(procedure.summary())));
    List<String> facts = new ArrayList<>();
    fact(facts, Label.REGIONS, PageFacts.regionNames(content, procedure, options));
    fact(facts, Label.APPROACHES, PageFacts.approachNames(view, options));
    fact(facts, Label.GUIDANCE, PageFacts.guidanceNames(content, procedure, options));
    if (!facts.isEmpty()) {
      blocks.add(String.join("\n", facts));
    }
    section(blocks, Label.STEPS, true, view.steps().stream()
        .map(s -> named(s.name(), Optional.of(s.description()))).toList());
    section(blocks, Label.PREPARATION, false, view.preparation().stream().map(p -> inline(p.text())).toList());
    section(blocks, Label.MEDICATIONS, false, view.medications().stream()
        .map(this::medicationUse).toList());
    section(blocks, Label.INDICATIONS, false, view.indications().stream().map(i -> named(i.name(), i.note())).toList());
    section(blocks, Label.CONTRAINDICATIONS, false, view.contraindications().stream()
        .map(c -> named(c.name(), c.note())).toList());
    section(blocks, Label.COMPLICATIONS, false, view.complications().stream()
        .map(c -> named(c.name(), c.description())).toList());
    section(blocks, Label.AFTERCARE, false, view.aftercare().stream().map(a -> inline(a.text())).toList());
    sourcesBlock(blocks, cited(shown));
    reviewBlock(blocks, shown);
    return String.join("\n\n", blocks) + "\n";
  }

  /**
   * The patient FAQ page of every FAQ entry of the content.
   *
   * @return the Markdown, ending with a line break
   */
  public String faqPage() {
    return faqPage(content.all(FaqEntry.class));
  }

  /**
   * A FAQ page of these entries: a level-1 heading, each question as a level-2 heading with its
   * answer and the numbers of the sources it cites, the sources, and the review notice.
   *
   * @param entries FAQ entries of the content, in the order to show
   * @return the Markdown, ending with a line break
   * @throws IllegalArgumentException if an entry is not part of the content
   */
  public String faqPage(List<FaqEntry> entries) {
    entries.forEach(content::own);
    List<PageFacts.CitedSource> cited = cited(entries);
    List<String> blocks = new ArrayList<>();
    blocks.add("# " + Escape.markdownInline(options.label(Label.FAQ)));
    for (FaqEntry entry : entries) {
      blocks.add("## " + inline(entry.question()));
      blocks.add(Escape.markdownBlock(options.resolve(entry.answer())));
      List<Integer> numbers = PageFacts.numbersCitedBy(entry, cited);
      if (!numbers.isEmpty()) {
        blocks.add(Escape.markdownInline(options.label(Label.CITED)) + " "
            + String.join(", ", numbers.stream().map(n -> "\\[" + n + "\\]").toList()));
      }
    }
    sourcesBlock(blocks, cited);
    reviewBlock(blocks, entries);
    return String.join("\n\n", blocks) + "\n";
  }

  /**
   * One item: its name or question as a level-2 heading, its texts, its sources and its review
   * notice. A procedure gives its {@link #procedureOverview(Procedure) overview}.
   *
   * @param item an item of the content
   * @return the Markdown, ending with a line break
   * @throws IllegalArgumentException if {@code item} is not part of the content
   */
  public String item(Item item) {
    content.own(item);
    if (item instanceof Procedure procedure) {
      return procedureOverview(procedure);
    }
    List<String> blocks = new ArrayList<>(body(item));
    sourcesBlock(blocks, cited(List.of(item)));
    reviewBlock(blocks, List.of(item));
    return String.join("\n\n", blocks) + "\n";
  }

  private List<String> body(Item item) {
    List<String> blocks = new ArrayList<>();
    Kind.visit(item, new ItemVisitor<Void>() {
      @Override
      public Void anatomy(AnatomyFact a) {
        titled(blocks, a.title(), Optional.of(a.text()));
        if (!a.items().isEmpty()) {
          blocks.add(String.join("\n", a.items().stream().map(t -> "- " + inline(t)).toList()));
        }
        return null;
      }

      @Override
      public Void region(RegionInfo r) {
        titled(blocks, r.name(), Optional.of(r.use()));
        return null;
      }

      @Override
      public Void approach(ApproachInfo a) {
        titled(blocks, a.name(), Optional.of(a.description()));
        return null;
      }

      @Override
      public Void intent(IntentInfo i) {
        titled(blocks, i.name(), Optional.of(i.description()));
        return null;
      }

      @Override
      public Void purpose(Purpose p) {
        titled(blocks, p.name(), Optional.of(p.description()));
        return null;
      }

      @Override
      public Void guidance(GuidanceInfo g) {
        titled(blocks, g.name(), Optional.of(g.description()));
        return null;
      }

      @Override
      public Void medication(Medication m) {
        titled(blocks, m.name(), Optional.of(m.action()));
        List<String> facts = new ArrayList<>();
        m.onset().ifPresent(t -> fact(facts, Label.ONSET, List.of(options.resolve(t))));
        m.duration().ifPresent(t -> fact(facts, Label.DURATION, List.of(options.resolve(t))));
        m.reversibility().ifPresent(t -> fact(facts, Label.REVERSIBILITY, List.of(options.resolve(t))));
        if (!facts.isEmpty()) {
          blocks.add(String.join("\n", facts));
        }
        return null;
      }

      @Override
      public Void indication(Indication i) {
        titled(blocks, i.name(), i.note());
        return null;
      }

      @Override
      public Void contraindication(Contraindication c) {
        titled(blocks, c.name(), c.note());
        return null;
      }

      @Override
      public Void step(ProcedureStep s) {
        titled(blocks, s.name(), Optional.of(s.description()));
        return null;
      }

      @Override
      public Void preparation(PreparationInstruction p) {
        blocks.add("## " + Escape.markdownInline(options.label(Label.PREPARATION)));
        blocks.add(Escape.markdownBlock(options.resolve(p.text())));
        return null;
      }

      @Override
      public Void epidurography(EpidurographyFinding e) {
        titled(blocks, e.name(), Optional.of(e.meaning()));
        return null;
      }

      @Override
      public Void complication(Complication c) {
        titled(blocks, c.name(), c.description());
        return null;
      }

      @Override
      public Void aftercare(AftercareInstruction a) {
        blocks.add("## " + Escape.markdownInline(options.label(Label.AFTERCARE)));
        blocks.add(Escape.markdownBlock(options.resolve(a.text())));
        return null;
      }

      @Override
      public Void longevityFactor(LongevityFactor l) {
        titled(blocks, l.name(), l.description());
        return null;
      }

      @Override
      public Void consideration(Consideration c) {
        blocks.add("## " + Escape.markdownInline(options.label(
            c.kind() == ConsiderationKind.BENEFIT ? Label.BENEFIT : Label.LIMITATION)));
        blocks.add(Escape.markdownBlock(options.resolve(c.text())));
        return null;
      }

      @Override
      public Void alternative(Alternative a) {
        titled(blocks, a.name(), Optional.of(a.description()));
        return null;
      }

      @Override
      public Void faq(FaqEntry f) {
        titled(blocks, f.question(), Optional.of(f.answer()));
        return null;
      }

      @Override
      public Void procedure(Procedure unused) {
        throw new IllegalStateException("a procedure renders as its overview, before the per-kind body");
      }
    });
    blocks.removeIf(String::isEmpty);
    return blocks;
  }

  private void titled(List<String> blocks, Text title, Optional<Text> body) {
    blocks.add("## " + inline(title));
    body.ifPresent(b -> blocks.add(Escape.markdownBlock(options.resolve(b))));
  }

  private String medicationUse(ProcedureMedication use) {
    Medication medication = use.medication();
    StringBuilder out = new StringBuilder("**").append(inline(medication.name())).append(":** ")
        .append(inline(medication.action()));
    use.volume().ifPresent(v -> out.append(" (").append(Escape.markdownInline(Numbers.range(v))).append(')'));
    use.note().ifPresent(n -> out.append(' ').append(inline(n)));
    return out.toString();
  }

  private String named(Text name, Optional<Text> detail) {
    String label = inline(name);
    String strong = label.isEmpty() ? "" : "**" + label + "**";
    return detail.map(d -> (label.isEmpty() ? "" : "**" + label + ":** ") + inline(d)).orElse(strong);
  }

  private void fact(List<String> facts, Label label, List<String> values) {
    if (!values.isEmpty()) {
      facts.add("- **" + Escape.markdownInline(options.label(label)) + ":** "
          + Escape.markdownInline(String.join(", ", values)));
    }
  }

  private void section(List<String> blocks, Label heading, boolean numbered, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    blocks.add("## " + Escape.markdownInline(options.label(heading)));
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      lines.add((numbered ? (i + 1) + ". " : "- ") + items.get(i));
    }
    blocks.add(String.join("\n", lines));
  }

  private void sourcesBlock(List<String> blocks, List<PageFacts.CitedSource> cited) {
    if (cited.isEmpty()) {
      return;
    }
    blocks.add("## " + Escape.markdownInline(options.label(Label.SOURCES)));
    List<String> lines = new ArrayList<>();
    for (PageFacts.CitedSource entry : cited) {
      Source source = entry.source();
      String title = Escape.markdownInline(source.title());
      String linked = PageFacts.linkOf(source).map(url -> "[" + title + "](<" + url + ">)").orElse(title);
      StringBuilder line = new StringBuilder().append(entry.number()).append(". ").append(linked).append(", ")
          .append(Escape.markdownInline(source.publisher()));
      source.published().ifPresent(d -> line.append(", ").append(d));
      line.append('.');
      if (!entry.locators().isEmpty()) {
        line.append(' ').append(Escape.markdownInline(String.join("; ", entry.locators())));
      }
      lines.add(line.toString());
    }
    blocks.add(String.join("\n", lines));
  }

  private void reviewBlock(List<String> blocks, List<? extends Item> items) {
    Optional<PageFacts.PageReview> review = PageFacts.review(items);
    if (review.isEmpty()) {
      return;
    }
    ReviewStatus status = review.get().status();
    Label notice = HtmlExporter.noticeLabel(status, options.audience());
    StringBuilder out = new StringBuilder("> ").append(Escape.markdownInline(options.label(notice)));
    if (review.get().lastReviewed().isPresent()) {
      Label when = status == ReviewStatus.CLINICALLY_REVIEWED ? Label.LAST_REVIEWED : Label.LAST_CHECKED;
      out.append(' ').append(Escape.markdownInline(options.label(when))).append(' ')
          .append(review.get().lastReviewed().get()).append('.');
    }
    PageFacts.approval(content, items).ifPresent(a -> out.append(' ')
        .append(Escape.markdownInline(options.label(Label.REVIEWED_BY))).append(' ')
        .append(Escape.markdownInline(PageFacts.reviewers(a))).append(' ')
        .append(Escape.markdownInline(options.label(Label.REVIEWED_ON))).append(' ').append(a.date()).append('.'));
    blocks.add(out.toString());
  }

  private String inline(Text text) {
    return Escape.markdownInline(options.resolve(text));
  }
}
