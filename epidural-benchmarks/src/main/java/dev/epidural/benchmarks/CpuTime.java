package dev.epidural.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import dev.epidural.content.EpiduralContent;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * CPU time of the validated load against Jackson streaming over the same bytes, and the load's CPU
 * time per item at two bundle sizes. JMH measures wall time only, so this small harness measures
 * CPU time itself:
 *
 * <ul>
 *   <li><b>process CPU</b>: {@link OperatingSystemMXBean#getProcessCpuTime()} before and after, the
 *       CPU of every thread of the JVM: the caller, the loader's parallel file workers, and the
 *       collector and compiler threads the work sets going. This is the figure: what a load costs
 *       the machine, which wall time hides when the work is spread over cores or waits on others.</li>
 *   <li><b>caller CPU</b>: {@link ThreadMXBean#getCurrentThreadCpuTime()}, the calling thread only,
 *       shown to tell the work done on the caller from the work handed to other threads.</li>
 * </ul>
 *
 * <p>For each size, both arms run first untimed for the warm-up time (so that both are compiled),
 * then in rounds, in an order that swaps every round. A round times a batch of operations of
 * at least one second of wall time, so that the clocks' resolution (process CPU may come in 10 ms
 * ticks) stays a small part of it. Medians over the rounds
 * are printed per operation, with the ratios: validated / streaming (wall and process CPU) and, for
 * each arm, process CPU per item at the largest size / at the smallest.
 *
 * <p>Run (after {@code ./mvnw -B -q -DskipTests package}):
 * {@code java -Xms2g -Xmx4g -cp epidural-benchmarks/target/benchmarks.jar dev.epidural.benchmarks.CpuTime}
 * with optional {@code --items 1000,100000 --rounds 15 --warmup-seconds 10}. Another process busy on
 * the same cores changes these figures less than wall times, but not to nothing (caches, frequency).
 */
public final class CpuTime {

  /** A batch's least wall time: Linux JDKs may count process CPU in 10 ms ticks. */
  private static final long BATCH_NANOS = 1_000_000_000L;

  /** Written once per measurement so that no operation's result is dead code. */
  @SuppressWarnings("unused")
  private static volatile long lastSink;

  private final OperatingSystemMXBean os =
      ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class);
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

  /** Per-operation medians of one arm at one size, in nanoseconds. */
  record Figures(double wall, double processCpu, double callerCpu) {}

  private CpuTime() {}

  /**
   * Runs the measurement and prints the figures.
   *
   * @param args {@code --items N,M,...}, {@code --rounds R}, {@code --warmup-seconds S}
   * @throws IOException if a synthetic bundle cannot be written
   */
  public static void main(String[] args) throws IOException {
    int[] sizes = {1000, 100_000};
    int rounds = 15;
    long warmupSeconds = 10;
    for (int i = 0; i < args.length; i += 2) {
      String value = i + 1 < args.length ? args[i + 1] : "";
      switch (args[i]) {
        case "--items" -> sizes = Arrays.stream(value.split(",")).mapToInt(Integer::parseInt).toArray();
        case "--rounds" -> rounds = Integer.parseInt(value);
        case "--warmup-seconds" -> warmupSeconds = Long.parseLong(value);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]
            + "; expected --items N,M --rounds R --warmup-seconds S");
      }
    }
    if (sizes.length == 0 || rounds < 1 || warmupSeconds < 0) {
      throw new IllegalArgumentException("need at least one size, one round and a warm-up of 0 s or more");
    }
    new CpuTime().run(sizes, rounds, warmupSeconds);
  }

  private void run(int[] sizes, int rounds, long warmupSeconds) throws IOException {
    if (os.getProcessCpuTime() < 0 || !threads.isCurrentThreadCpuTimeSupported()) {
      throw new IllegalStateException("this JVM does not report CPU time");
    }
    Map<Integer, Map<String, Figures>> results = new LinkedHashMap<>();
    for (int size : sizes) {
      Path bundle = SyntheticBundle.write(size);
      try {
        if (!EpiduralContent.validate(bundle).isValid()) {
          throw new IllegalStateException("synthetic bundle is not valid: " + EpiduralContent.validate(bundle));
        }
        Map<String, LongSupplier> arms = new LinkedHashMap<>();
        arms.put("loadValidated", () -> EpiduralContent.loader().from(bundle).load().items().size());
        arms.put("jacksonStreaming", () -> StreamingPass.readAll(bundle));
        results.put(size, measure(arms, rounds, warmupSeconds));
      } finally {
        SyntheticBundle.delete(bundle);
      }
      print(size, results.get(size));
    }
    if (sizes.length > 1) {
      int small = sizes[0];
      int large = sizes[sizes.length - 1];
      System.out.printf(Locale.ROOT, "%nprocess CPU per item, %d items / %d items:%n", large, small);
      for (String arm : results.get(small).keySet()) {
        double perItemLarge = results.get(large).get(arm).processCpu() / large;
        double perItemSmall = results.get(small).get(arm).processCpu() / small;
        System.out.printf(Locale.ROOT, "  %-18s %8.3f us / %8.3f us = %5.2f%n", arm, perItemLarge / 1e3,
            perItemSmall / 1e3, perItemLarge / perItemSmall);
      }
    }
  }

  private Map<String, Figures> measure(Map<String, LongSupplier> arms, int rounds, long warmupSeconds) {
    long sink = 0;
    Map<String, Integer> batch = new LinkedHashMap<>();
    long warmupEnd = System.nanoTime() + warmupSeconds * 1_000_000_000L;
    do {
      for (Map.Entry<String, LongSupplier> arm : arms.entrySet()) {
        long start = System.nanoTime();
        sink += arm.getValue().getAsLong();
        long took = Math.max(1, System.nanoTime() - start);
        batch.put(arm.getKey(), (int) Math.max(1, Math.min(100_000, (BATCH_NANOS + took - 1) / took)));
      }
    } while (System.nanoTime() < warmupEnd);

    Map<String, List<double[]>> samples = new LinkedHashMap<>();
    arms.keySet().forEach(k -> samples.put(k, new ArrayList<>()));
    List<String> order = new ArrayList<>(arms.keySet());
    for (int r = 0; r < rounds; r++) {
      for (String name : order) {
        LongSupplier op = arms.get(name);
        int n = batch.get(name);
        long wall0 = System.nanoTime();
        long cpu0 = os.getProcessCpuTime();
        long caller0 = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < n; i++) {
          sink += op.getAsLong();
        }
        long caller = threads.getCurrentThreadCpuTime() - caller0;
        long cpu = os.getProcessCpuTime() - cpu0;
        long wall = System.nanoTime() - wall0;
        samples.get(name).add(new double[] {(double) wall / n, (double) cpu / n, (double) caller / n});
      }
      Collections.reverse(order);
    }
    lastSink = sink; // keeps every result alive
    Map<String, Figures> figures = new LinkedHashMap<>();
    samples.forEach((name, s) -> figures.put(name, new Figures(median(s, 0), median(s, 1), median(s, 2))));
    return figures;
  }

  private static double median(List<double[]> samples, int column) {
    double[] v = samples.stream().mapToDouble(s -> s[column]).sorted().toArray();
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  private static void print(int size, Map<String, Figures> figures) {
    System.out.printf(Locale.ROOT, "%n%d items, medians per operation:%n", size);
    System.out.printf(Locale.ROOT, "  %-18s %12s %16s %14s%n", "", "wall ms", "process CPU ms", "caller CPU ms");
    figures.forEach((name, f) -> System.out.printf(Locale.ROOT, "  %-18s %12.3f %16.3f %14.3f%n", name,
        f.wall() / 1e6, f.processCpu() / 1e6, f.callerCpu() / 1e6));
    Figures load = figures.get("loadValidated");
    Figures floor = figures.get("jacksonStreaming");
    System.out.printf(Locale.ROOT, "  loadValidated / jacksonStreaming: wall %.2f, process CPU %.2f%n",
        load.wall() / floor.wall(), load.processCpu() / floor.processCpu());
  }
}
