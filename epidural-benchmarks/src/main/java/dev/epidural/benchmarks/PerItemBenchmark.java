package dev.epidural.benchmarks;

import dev.epidural.content.EpiduralContent;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * The validated load's cost per item, at 1,000 and at 100,000 items: whether it grows with the
 * bundle. {@code loadValidated} is the time of one load; its secondary result
 * {@code loadValidated:items} counts the items each load returned as JMH "operations", so JMH
 * divides the time by them and prints microseconds per item for each size, side by side. The
 * figure is the ratio of the two per-item times (100k / 1k); near 1 means linear.
 *
 * <p>Run: {@code java -jar epidural-benchmarks/target/benchmarks.jar PerItemBenchmark -prof gc}
 * ({@code -prof gc} adds bytes allocated per load, {@code gc.alloc.rate.norm}, which divided by the
 * items gives bytes per item).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx4g"})
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class PerItemBenchmark {

  /** Items in the synthetic bundle. */
  @Param({"1000", "100000"})
  public int items;

  private Path bundle;

  /**
   * The items loaded, as JMH operations: JMH reports the benchmark's time divided by this count.
   * Reset by JMH before each iteration.
   */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Items {
    /** Items loaded in this iteration. */
    public long items;
  }

  /** Writes the synthetic bundle once per fork. */
  @Setup(Level.Trial)
  public void write() throws IOException {
    bundle = SyntheticBundle.write(items);
  }

  /** Deletes the synthetic bundle. */
  @TearDown(Level.Trial)
  public void delete() throws IOException {
    SyntheticBundle.delete(bundle);
  }

  /** One full, validated load; counts the items it holds. */
  @Benchmark
  public EpiduralContent loadValidated(Items counter) {
    EpiduralContent content = EpiduralContent.loader().from(bundle).load();
    counter.items += content.items().size();
    return content;
  }
}
