package dev.epidural.benchmarks;

import dev.epidural.content.EpiduralContent;
import dev.epidural.content.internal.BundleReader;
import dev.epidural.content.internal.problem.Problems;
import dev.epidural.content.internal.read.BundleFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What validation costs, against the floor of reading the same bytes at all.
 *
 * <ul>
 *   <li>{@code jacksonStreaming}: Jackson's streaming parser over the bundle's files, reading every
 *       value (the floor);</li>
 *   <li>{@code loadWithoutValidation}: our load with parsing and binding only;</li>
 *   <li>{@code loadValidated}: our full load (shape, integrity, clinical rules, text safety, review).</li>
 * </ul>
 *
 * The figure is {@code loadValidated} / {@code jacksonStreaming} at 100,000 items (wall time; for
 * CPU time see {@link CpuTime}, for the cost per item {@link PerItemBenchmark}). Each benchmark runs
 * in its own JVM. Run:
 * {@code java -jar epidural-benchmarks/target/benchmarks.jar LoadBenchmark -prof gc}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx4g"})
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class LoadBenchmark {

  /** Items in the synthetic bundle: per-item cost at 100k should stay close to that at 1k. */
  @Param({"1000", "100000"})
  public int items;

  private Path bundle;

  /** Writes the synthetic bundle once per fork. */
  @Setup(Level.Trial)
  public void write() throws IOException {
    bundle = SyntheticBundle.write(items);
    if (!EpiduralContent.validate(bundle).isValid()) {
      throw new IllegalStateException("synthetic bundle is not valid: " + EpiduralContent.validate(bundle));
    }
  }

  /** Deletes the synthetic bundle. */
  @TearDown(Level.Trial)
  public void delete() throws IOException {
    SyntheticBundle.delete(bundle);
  }

  /** The floor: every value of every file read by Jackson's streaming parser ({@link StreamingPass}). */
  @Benchmark
  public long jacksonStreaming() {
    return StreamingPass.readAll(bundle);
  }

  /** Our load, parsing and binding only. */
  @Benchmark
  public Object loadWithoutValidation() {
    BundleFiles files = BundleFiles.of(bundle, new Problems()).orElseThrow();
    return BundleReader.readTrusted(files, LocalDate.of(2026, 11, 21)).catalogue().orElseThrow();
  }

  /** Our full, validated load. */
  @Benchmark
  public Object loadValidated() {
    return EpiduralContent.loader().from(bundle).load();
  }
}
