package dev.epidural.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.epidural.content.internal.problem.Problems;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memory, bounded for real: a 200,000-item bad file is loaded in a child JVM with a 64 MiB heap,
 * where an unbounded report would run out of memory. Not timed; the child gets a generous timeout
 * only so that a hang cannot stall the build.
 */
class SmallHeapTest {

  @TempDir
  Path tmp;

  @Test
  void twoHundredThousandBadItemsLoadInA64MiBHeapAsTheDocumentedException() throws Exception {
    Path dir = Fixtures.baseCopy(tmp.resolve("bundle"));
    Path manifest = dir.resolve("bundle.json");
    Files.writeString(manifest, Files.readString(manifest).replace("\"files\": [\"vocabulary.json\"",
        "\"files\": [\"faq.json\", \"vocabulary.json\""));
    Files.writeString(dir.resolve("faq.json"), HostileBundleTest.emptyItems(200_000));

    String out = runInSmallHeap(dir);

    assertThat(out).startsWith("BundleValidationException problems=");
    int problems = Integer.parseInt(out.replaceAll(".*problems=(\\d+).*", "$1").trim());
    assertThat(problems).isLessThanOrEqualTo(Problems.MAX_REPORTED);
    assertThat(out).contains("summaries=");
    assertThat(out).doesNotContain("summaries=0 ");
  }

  private String runInSmallHeap(Path bundle) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    // Surefire may put the modules on the module path; the child takes everything on its class path.
    String classPath = Stream.of(System.getProperty("java.class.path", ""), System.getProperty("jdk.module.path", ""))
        .filter(s -> !s.isEmpty()).collect(Collectors.joining(File.pathSeparator));
    List<String> command = new ArrayList<>(List.of(java, "-Xmx64m", "-XX:+UseSerialGC", "-cp", classPath,
        SmallHeapLoad.class.getName(), bundle.toString()));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("child finished").isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    return out;
  }
}
