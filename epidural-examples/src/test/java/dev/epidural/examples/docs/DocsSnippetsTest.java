package dev.epidural.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.epidural.content.internal.meta.Kind;
import dev.epidural.examples.docs.DocSnippets.Block;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code ```java} block of README.md and docs/*.md compiles against the public API and runs
 * without throwing, in a working directory that holds {@code bundles/clinic} (an overlay bundle).
 * A failure names the Markdown file and line. The convention is in {@link DocSnippets}.
 */
class DocsSnippetsTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  /** The overlay bundle a snippet finds at {@code bundles/clinic}. */
  private static final Path CLINIC = Path.of("src/main/resources/dev/epidural/examples/clinic-overlay");
  private static final Pattern FRAME = Pattern.compile("\\((\\w+)\\.java:(\\d+)\\)");

  @TestFactory
  Stream<DynamicTest> everyJavaBlockInTheDocsCompilesAndRuns() throws IOException {
    List<Block> blocks = new ArrayList<>(DocSnippets.read(ROOT.resolve("README.md"), "README.md"));
    try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
      for (Path doc : docs.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
        blocks.addAll(DocSnippets.read(doc, "docs/" + doc.getFileName()));
      }
    }
    assertThat(blocks).as("README.md has Java blocks").anyMatch(b -> b.displayName().equals("README.md"));
    Map<Block, String> failures = check(blocks, Path.of("target/docs-snippets"));
    return blocks.stream().map(b -> DynamicTest.dynamicTest(b.where(), () -> {
      String failure = failures.get(b);
      if (failure != null) {
        fail(failure);
      }
    }));
  }

  @Test
  void aBlockThatThrowsOrDoesNotCompileIsNamedByFileAndLine(@TempDir Path dir) throws IOException {
    Path md = dir.resolve("bad.md");
    Files.writeString(md, String.join("\n",
        "# Bad", "", "```java", "import java.util.Optional;", "", "Optional.empty().orElseThrow();", "```",
        "", "```sh", "```java", "```", "",
        "```java", "UndefinedThing.call();", "```",
        "", "```java", "int ok = 1;", "```", ""));
    List<Block> blocks = DocSnippets.read(md, "docs/bad.md");
    assertThat(blocks).extracting(Block::where)
        .containsExactly("docs/bad.md:4", "docs/bad.md:14", "docs/bad.md:18");

    Map<Block, String> failures = check(blocks, dir.resolve("out"));

    assertThat(failures.get(blocks.get(0)))
        .startsWith("docs/bad.md:4: the ```java block throws java.util.NoSuchElementException")
        .contains("at docs/bad.md:6");
    assertThat(failures.get(blocks.get(1)))
        .startsWith("docs/bad.md:14: the ```java block does not compile")
        .contains("docs/bad.md:14: error: cannot find symbol");
    assertThat(failures).doesNotContainKey(blocks.get(2));
  }

  /** Compiles each block on its own, runs those that compile in one child JVM: failures by block. */
  static Map<Block, String> check(List<Block> blocks, Path out) throws IOException {
    Path work = out.resolve("work").toAbsolutePath();
    Files.createDirectories(work.resolve("bundles"));
    copy(CLINIC, work.resolve("bundles/clinic"));

    Map<Block, String> failures = new HashMap<>();
    Map<String, Block> runnable = new LinkedHashMap<>();
    List<String> classPath = new ArrayList<>(List.of(System.getProperty("java.class.path")));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int n = 0;
    for (Block block : blocks) {
      Path classes = out.resolve("classes/" + n++).toAbsolutePath();
      Files.createDirectories(classes);
      DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
      try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
          StandardCharsets.UTF_8)) {
        JavaFileObject source = new SimpleJavaFileObject(
            java.net.URI.create("string:///" + block.className() + ".java"), JavaFileObject.Kind.SOURCE) {
          @Override
          public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return block.source();
          }
        };
        List<String> options = List.of("--release", "17", "-proc:none", "-d", classes.toString(),
            "-classpath", System.getProperty("java.class.path"));
        boolean ok = javac.getTask(null, files, diagnostics, options, null, List.of(source)).call();
        if (!ok) {
          StringBuilder message = new StringBuilder(block.where() + ": the ```java block does not compile "
              + "(a block imports what it names; see CONTRIBUTING.md):");
          for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR) {
              message.append('\n').append(block.where(d.getLineNumber())).append(": error: ")
                  .append(d.getMessage(Locale.ROOT));
            }
          }
          failures.put(block, message.toString());
          continue;
        }
      }
      Block earlier = runnable.putIfAbsent(block.className(), block);
      if (earlier != null) {
        failures.put(block, block.where() + ": class " + block.className() + " is also declared at "
            + earlier.where() + "; give each whole-class block its own class name");
        continue;
      }
      classPath.add(classes.toString());
    }
    if (!runnable.isEmpty()) {
      run(runnable, String.join(File.pathSeparator, classPath), work, failures);
    }
    return failures;
  }

  private static void run(Map<String, Block> runnable, String classPath, Path work, Map<Block, String> failures)
      throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", classPath, SnippetMain.class.getName()));
    command.addAll(runnable.keySet());
    Path log = work.resolveSibling("run.log");
    Process process = new ProcessBuilder(command).directory(work.toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      if (!process.waitFor(5, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IllegalStateException("docs snippets still running after 5 minutes; see " + log);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    List<String> printed = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("@@start ")) {
        printed.clear();
      } else if (line.startsWith(SnippetMain.OK)) {
        runnable.remove(line.substring(SnippetMain.OK.length()));
      } else if (line.startsWith(SnippetMain.FAIL)) {
        Block block = runnable.remove(line.substring(SnippetMain.FAIL.length()));
        List<String> trace = new ArrayList<>();
        for (i++; i < lines.size() && !lines.get(i).equals(SnippetMain.END); i++) {
          trace.add(mapFrames(lines.get(i), block));
        }
        String at = trace.stream().filter(t -> t.contains("at " + block.displayName() + ":"))
            .findFirst().map(t -> " (" + t.strip() + ")").orElse("");
        failures.put(block, block.where() + ": the ```java block throws " + trace.get(0) + at
            + (printed.isEmpty() ? "" : "\nit printed:\n" + String.join("\n", printed))
            + "\n" + String.join("\n", trace));
      } else {
        printed.add(line);
      }
    }
    for (Block block : runnable.values()) {
      failures.put(block, block.where() + ": the ```java block did not finish (the JVM exited with "
          + process.exitValue() + "):\n" + String.join("\n", printed));
    }
  }

  /** A stack frame in a snippet's class, with the Markdown file and line it stands for. */
  private static String mapFrames(String line, Block block) {
    Matcher frame = FRAME.matcher(line);
    if (frame.find() && frame.group(1).equals(block.className())) {
      return line.substring(0, line.indexOf("at ") + 3) + block.where(Long.parseLong(frame.group(2)));
    }
    return line;
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> tree = Files.walk(from)) {
      tree.forEach(p -> {
        try {
          Path target = to.resolve(from.relativize(p).toString());
          if (Files.isDirectory(p)) {
            Files.createDirectories(target);
          } else {
            Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
