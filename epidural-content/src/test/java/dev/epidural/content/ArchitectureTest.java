package dev.epidural.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The loader's packages follow its flow: each internal package may use only the packages before it
 * (as each {@code package-info.java} says), so data is handed forward and never back. Every
 * reference to an SDK package in the main sources is checked, imports and fully qualified names
 * alike. The API packages may use any internal package, and exports use only the catalogue's
 * public side and the per-kind table.
 */
class ArchitectureTest {

  private static final String INTERNAL = "dev.epidural.content.internal";

  /** The internal packages in flow order; each may depend on those before it. */
  private static final List<String> FLOW = List.of("paged", "meta", "tree", "problem", "rules", "read", "bind",
      "check", "catalogue", "snapshot", "");

  /** Public value types of the API that internal code may build or read (results and settings, not behaviour). */
  private static final Set<String> API_VALUES = Set.of("Problem", "ProblemCode", "ReadLimits", "BundleInfo", "ValidationReport");

  private static final Path MAIN = Path.of("src/main/java/dev/epidural/content");

  private static final Pattern REFERENCE = Pattern.compile("dev\\.epidural\\.content\\.((?:[a-z]\\w*\\.)*)([A-Z]\\w*)");

  @Test
  void everyInternalPackageUsesOnlyThePackagesBeforeIt() {
    List<String> violations = new ArrayList<>();
    for (Path file : sources()) {
      String from = packageOf(file);
      if (!from.startsWith(INTERNAL)) {
        continue;
      }
      int fromRank = rank(from);
      for (String[] ref : references(file)) {
        String to = ref[0];
        if (to.startsWith(INTERNAL)) {
          if (rank(to) > fromRank) {
            violations.add(MAIN.relativize(file) + " uses " + to + "." + ref[1]);
          }
        } else if (to.startsWith("dev.epidural.content") && !API_VALUES.contains(ref[1])) {
          violations.add(MAIN.relativize(file) + " uses the API type " + to + "." + ref[1]);
        }
      }
    }
    assertThat(violations).isEmpty();
  }

  @Test
  void exportsUseOnlyThePerKindTableOfTheInternals() {
    List<String> violations = new ArrayList<>();
    for (Path file : sources()) {
      if (!packageOf(file).equals("dev.epidural.content.export")) {
        continue;
      }
      for (String[] ref : references(file)) {
        if (ref[0].startsWith(INTERNAL) && !ref[0].equals(INTERNAL + ".meta")) {
          violations.add(MAIN.relativize(file) + " uses " + ref[0] + "." + ref[1]);
        }
      }
    }
    assertThat(violations).isEmpty();
  }

  @Test
  void everyInternalPackageSaysWhatItMayDependOn() {
    for (String pkg : FLOW) {
      Path info = MAIN.resolve("internal").resolve(pkg).resolve("package-info.java");
      assertThat(info).exists();
      assertThat(read(info)).contains("May depend on");
    }
    try (Stream<Path> dirs = Files.list(MAIN.resolve("internal"))) {
      assertThat(dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()))
          .allMatch(FLOW::contains);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theCheckFindsAReferenceAgainstTheFlow() {
    // The rule itself, on a made-up source: a read-stage class that uses a catalogue class.
    String source = "package dev.epidural.content.internal.read;\n"
        + "import dev.epidural.content.internal.catalogue.Catalogue;\n"
        + "class Bad { Object x = dev.epidural.content.internal.check.ReviewStage.class; }\n";
    List<String[]> refs = references(source);
    assertThat(refs).extracting(r -> r[0]).contains(INTERNAL + ".catalogue", INTERNAL + ".check");
    assertThat(refs.stream().filter(r -> rank(r[0]) > rank(INTERNAL + ".read")).count()).isEqualTo(2);
  }

  private static int rank(String pkg) {
    String rest = pkg.equals(INTERNAL) ? "" : pkg.substring(INTERNAL.length() + 1);
    String top = rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
    int i = FLOW.indexOf(top);
    assertThat(i).as("package %s is in the flow", pkg).isNotNegative();
    return i;
  }

  private static List<Path> sources() {
    try (Stream<Path> files = Files.walk(MAIN)) {
      return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String packageOf(Path file) {
    Matcher m = Pattern.compile("(?m)^package ([\\w.]+);").matcher(read(file));
    assertThat(m.find()).as("package of %s", file).isTrue();
    return m.group(1);
  }

  private static List<String[]> references(Path file) {
    return references(read(file));
  }

  /** Each SDK class a source names, as {package, simple name}, outside comments. */
  private static List<String[]> references(String source) {
    String code = source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)//.*$", "")
        .replaceAll("(?m)^package .*$", "");
    Set<String> seen = new LinkedHashSet<>();
    List<String[]> out = new ArrayList<>();
    Matcher m = REFERENCE.matcher(code);
    while (m.find()) {
      String pkg = ("dev.epidural.content." + m.group(1)).replaceAll("\\.$", "");
      if (seen.add(pkg + "#" + m.group(2))) {
        out.add(new String[] {pkg, m.group(2)});
      }
    }
    return out;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
