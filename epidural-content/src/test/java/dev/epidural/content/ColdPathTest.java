package dev.epidural.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.epidural.model.Approach;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What a cold {@code builtIn()} and a first query must not set up, each a cost measured in a cold
 * JVM (see {@code epidural-benchmarks/README.md}): a lambda or method reference of this library,
 * the bootstrap of a record's generated {@code equals} and {@code hashCode}, the JDK's time-zone
 * rules provider or its generic-signature parser. A child JVM runs {@link Probe} and logs the
 * classes it loads.
 */
class ColdPathTest {

  /** {@code builtIn()}, which must take the snapshot path, and a first query. */
  public static final class Probe {
    private Probe() {}

    /**
     * Prints the path the load took and the query's answer count.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
      EpiduralContent content = EpiduralContent.builtIn();
      int found = content.procedures().via(Approach.TRANSFORAMINAL).list().size();
      System.out.println("path " + BuiltIn.shipped().path() + " found " + found);
    }
  }

  @Test
  void builtInAndAFirstQuerySetUpNoneOfTheCostlyMachinery() throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(java.toString(), "-Xlog:class+load=info:stdout", "-Xshare:auto",
        "-cp", System.getProperty("java.class.path"), Probe.class.getName()).redirectErrorStream(true).start();
    List<String> lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(String.join("\n", lines)).isZero();

    assertThat(lines).as("the load must take the snapshot path").anyMatch(l -> l.startsWith("path SNAPSHOT found "));
    List<String> loaded = new ArrayList<>();
    for (String l : lines) {
      int at = l.indexOf("[class,load] ");
      if (at >= 0) {
        loaded.add(l.substring(at + "[class,load] ".length()).split(" ", 2)[0]);
      }
    }
    assertThat(loaded).contains(EpiduralContent.class.getName(), "dev.epidural.model.Procedure");
    assertThat(loaded).noneMatch(c -> c.startsWith("dev.epidural.") && c.contains("$$Lambda"));
    assertThat(loaded).doesNotContain("java.lang.runtime.ObjectMethods", "java.time.zone.ZoneRulesProvider",
        "sun.reflect.generics.parser.SignatureParser");
  }
}
