package dev.epidural.benchmarks;

import dev.epidural.content.EpiduralContent;
import dev.epidural.content.ProcedureMedication;
import dev.epidural.content.ProcedureView;
import dev.epidural.content.export.ExportContent;
import dev.epidural.content.export.ExportOptions;
import dev.epidural.content.export.HtmlExporter;
import dev.epidural.content.export.JsonLdExporter;
import dev.epidural.model.Audience;
import dev.epidural.model.GuidanceInfo;
import dev.epidural.model.Item;
import dev.epidural.model.Procedure;
import dev.epidural.model.RegionInfo;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTML page of one procedure against the floor of serialising the same objects at all.
 *
 * <ul>
 *   <li>{@code htmlPage}: the whole page as {@code StaticSite} writes it: document, JSON-LD block and
 *       {@link HtmlExporter#procedureOverview procedure overview};</li>
 *   <li>{@code htmlOverview}: the overview fragment alone;</li>
 *   <li>{@code databind}: Jackson databind writing the same items as JSON: the procedure and every
 *       item its page shows (region and guidance facts, approach facts, steps, preparation,
 *       medications, indications, contraindications, complications, aftercare).</li>
 * </ul>
 *
 * The figure is {@code htmlPage} / {@code databind}. jackson-databind is a dependency of this
 * module only; the library itself reads and writes JSON with jackson-core's streaming API. Run:
 * {@code java -jar epidural-benchmarks/target/benchmarks.jar HtmlPageBenchmark -prof gc}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class HtmlPageBenchmark {

  /** The built-in procedure whose page is written; the default has the most references. */
  @Param({"lumbar-epidural-steroid-injection"})
  public String procedureId;

  private Procedure procedure;
  private HtmlExporter html;
  private JsonLdExporter jsonLd;
  private List<Item> shown;
  private JsonMapper mapper;

  /** Loads the built-in content and gathers the items the page shows. */
  @Setup(Level.Trial)
  public void setUp() {
    EpiduralContent content = EpiduralContent.builtIn();
    ProcedureView view = content.procedure(procedureId)
        .orElseThrow(() -> new IllegalArgumentException("no built-in procedure " + procedureId));
    procedure = view.procedure();
    ExportContent export = ExportContent.from(content);
    ExportOptions options = ExportOptions.of(Audience.PATIENT);
    html = HtmlExporter.of(export, options);
    jsonLd = JsonLdExporter.of(export, options);
    Set<Item> items = new LinkedHashSet<>();
    items.add(procedure);
    content.all(RegionInfo.class).stream().filter(r -> procedure.regions().contains(r.region())).forEach(items::add);
    content.all(GuidanceInfo.class).stream().filter(g -> procedure.guidance().contains(g.guidance()))
        .forEach(items::add);
    items.addAll(view.approaches());
    items.addAll(view.steps());
    items.addAll(view.preparation());
    view.medications().stream().map(ProcedureMedication::medication).forEach(items::add);
    items.addAll(view.indications());
    items.addAll(view.contraindications());
    items.addAll(view.complications());
    items.addAll(view.aftercare());
    shown = List.copyOf(items);
    mapper = JsonMapper.builder().build();
    if (databind().length() < 1000 || !htmlPage().contains(procedure.name().text())) {
      throw new IllegalStateException("the two outputs do not hold the procedure's content");
    }
  }

  /** The complete page. */
  @Benchmark
  public String htmlPage() {
    return html.document(procedure.name().text(), jsonLd.procedurePage(procedure), html.procedureOverview(procedure));
  }

  /** The overview fragment only. */
  @Benchmark
  public String htmlOverview() {
    return html.procedureOverview(procedure).html();
  }

  /** The floor: the same items written as JSON by Jackson databind. */
  @Benchmark
  public String databind() {
    return mapper.writeValueAsString(shown);
  }
}
